package io.github.plexapi.myplex.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.RetryPolicy;
import io.github.plexapi.myplex.ServerErrorException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How often a request reaches the wire, on real loopback sockets: non-idempotent calls at most
 * once, idempotent ones as often as the policy says, and the exception's attempt count is the count
 * the server saw.
 */
class WireCountTest {
  private static final String USER =
      "{\"id\":1,\"uuid\":\"u\",\"title\":\"" + "t".repeat(4000) + "\"}";
  private static final RetryPolicy FAST =
      RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(10))
          .maxBackoff(Duration.ofMillis(20))
          .build();

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    io.github.plexapi.myplex.LoopbackServers.quietMockWebServerLog();
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private PlexTransport transport(Duration timeout) {
    PlexTransport transport =
        PlexTransport.builder()
            .baseUrl(server.url("/").toString())
            .identity(Stubs.IDENTITY)
            .retryPolicy(FAST)
            .timeout(timeout)
            .build();
    transport.token("wire-count-token");
    return transport;
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse dropAfterRequest() {
    return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
  }

  private static User getUser(PlexTransport transport) {
    AccountApi api = transport.api(AccountApi::new);
    return transport.call(api::getUser);
  }

  @Test
  void aPostIsNotSentAgainWhenAKeptAliveConnectionDropsAfterTheRequest() {
    server.enqueue(ok("{}"));
    server.enqueue(dropAfterRequest());
    server.enqueue(ok("{}"));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      transport.query("/warm-up", "GET", null, String.class);

      PlexConnectionException e =
          assertThrows(
              PlexConnectionException.class,
              () -> transport.query("/api/v2/friends/invite", "POST", null, String.class));

      assertEquals(2, server.getRequestCount(), "the POST reached the wire again");
      assertEquals(1, e.getAttempts());
    }
  }

  @Test
  void aGetReachesTheWireExactlyAsOftenAsThePolicySaysAndTheExceptionSaysSo() {
    server.enqueue(ok("{}"));
    for (int i = 0; i < 8; i++) {
      server.enqueue(dropAfterRequest());
    }
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      transport.query("/warm-up", "GET", null, String.class);

      PlexConnectionException e =
          assertThrows(PlexConnectionException.class, () -> getUser(transport));

      assertEquals(1 + 3, server.getRequestCount());
      assertEquals(3, e.getAttempts());
      assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }
  }

  @Test
  void ourPolicyRecoversFromAStalePooledConnection() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(dropAfterRequest());
    server.enqueue(ok(USER));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      transport.query("/warm-up", "GET", null, String.class);

      assertEquals(1, getUser(transport).getId());
      assertEquals(3, server.getRequestCount());
    }
  }

  @Test
  void aGetWhoseBodyBreaksOffIsRetried() {
    server.enqueue(ok(USER).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(ok(USER));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      assertEquals(1, getUser(transport).getId());
      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void aPostWhoseBodyBreaksOffIsNotRetried() {
    server.enqueue(ok(USER).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(ok(USER));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      PlexConnectionException e =
          assertThrows(
              PlexConnectionException.class,
              () -> transport.query("/api/v2/pins", "POST", null, User.class));
      assertEquals(1, server.getRequestCount());
      assertEquals(1, e.getAttempts());
    }
  }

  @Test
  void aPostThatNeverLeftFallsBackToTheHostsNextAddress() throws Exception {
    // "dual.test" resolves to ::1 (nothing listens there: refused) and then to 127.0.0.1.
    OkHttpClient dualStack =
        new OkHttpClient.Builder()
            .dns(host -> List.of(InetAddress.getByName("::1"), InetAddress.getByName("127.0.0.1")))
            .build();
    server.enqueue(ok("{}"));
    try (PlexTransport transport =
        PlexTransport.builder()
            .baseUrl("http://dual.test:" + server.getPort())
            .identity(Stubs.IDENTITY)
            .okHttpClient(dualStack)
            .retryPolicy(FAST)
            .build()) {
      assertEquals("{}", transport.query("/api/v2/pins", "POST", null, String.class));
      assertEquals(1, server.getRequestCount());
    } finally {
      dualStack.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void whenTheDeadlineCutsOffARetryTheLastAnswerIsTheException() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (PlexTransport transport = transport(Duration.ofMillis(300))) {
      RateLimitedException e = assertThrows(RateLimitedException.class, () -> getUser(transport));

      assertEquals(Duration.ZERO, e.getRetryAfter());
      assertEquals(2, e.getAttempts());
      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void aServerErrorKeepsItsTypeWhenTheDeadlineCutsOffTheRetry() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (PlexTransport transport = transport(Duration.ofMillis(300))) {
      ServerErrorException e = assertThrows(ServerErrorException.class, () -> getUser(transport));

      assertEquals(503, e.getStatusCode());
      assertEquals(2, e.getAttempts());
      assertTrue(e.getMessage().contains("after 2 attempts"), e.getMessage());
    }
  }

  @Test
  void anAnswerWithoutRetriesCountsOneAttempt() {
    server.enqueue(new MockResponse().setResponseCode(404));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      PlexApiException e = assertThrows(PlexApiException.class, () -> getUser(transport));
      assertEquals(404, e.getStatusCode());
      assertEquals(1, e.getAttempts());
    }
  }

  @Test
  void aPostAnswered503WithRetryAfterZeroIsNotRepeatedByOkHttp() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    server.enqueue(ok("{}"));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      ServerErrorException e =
          assertThrows(
              ServerErrorException.class,
              () -> transport.query("/api/v2/friends/invite", "POST", null, String.class));

      assertEquals(1, server.getRequestCount());
      assertEquals(1, e.getAttempts());
    }
  }

  @Test
  void aPostAnswered408IsNotRepeatedByOkHttp() {
    server.enqueue(new MockResponse().setResponseCode(408));
    server.enqueue(ok("{}"));
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      PlexApiException e =
          assertThrows(
              PlexApiException.class,
              () -> transport.query("/api/v2/friends/invite", "POST", null, String.class));

      assertEquals(408, e.getStatusCode());
      assertEquals(1, server.getRequestCount());
    }
  }

  @Test
  void aGetAnswered503WithRetryAfterZeroCountsEachSendingAsAnAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"));
    }
    try (PlexTransport transport = transport(Duration.ofSeconds(5))) {
      ServerErrorException e = assertThrows(ServerErrorException.class, () -> getUser(transport));

      assertEquals(3, server.getRequestCount());
      assertEquals(3, e.getAttempts());
    }
  }
}
