package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.myplex.LoopbackServers;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.RetryPolicy;
import io.github.plexapi.myplex.ServerErrorException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry policy: what is retried, how long it waits, and that the deadline always holds. */
class RetryTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();

  private static final String USER = "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\"}";
  private static final RetryPolicy FAST =
      RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(20))
          .maxBackoff(Duration.ofMillis(200))
          .build();

  private PlexTransport transport(RetryPolicy policy, Duration timeout) {
    PlexTransport transport =
        Stubs.transportTo(plexTv).retryPolicy(policy).timeout(timeout).build();
    transport.token("retry-token");
    return transport;
  }

  private Object getUser(PlexTransport transport) {
    AccountApi api = transport.api(AccountApi::new);
    return transport.call(api::getUser);
  }

  private void failThenSucceed(int status, int failures) {
    String state = Scenario.STARTED;
    for (int i = 0; i < failures; i++) {
      plexTv.stubFor(
          get("/api/v2/user")
              .inScenario("flaky")
              .whenScenarioStateIs(state)
              .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "0"))
              .willSetStateTo("failed-" + i));
      state = "failed-" + i;
    }
    plexTv.stubFor(
        get("/api/v2/user")
            .inScenario("flaky")
            .whenScenarioStateIs(state)
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(USER)));
  }

  @Test
  void idempotentRequestsAreRetriedOn502503504And429() {
    for (int status : new int[] {502, 503, 504, 429}) {
      plexTv.resetAll();
      failThenSucceed(status, 2);

      getUser(transport(FAST, Duration.ofSeconds(5)));

      plexTv.verify(3, getRequestedFor(urlEqualTo("/api/v2/user")));
    }
  }

  @Test
  void whenRetriesRunOutTheExceptionSaysHowManyAttempts() {
    plexTv.stubFor(get("/api/v2/user").willReturn(aResponse().withStatus(503)));

    ServerErrorException e =
        assertThrows(
            ServerErrorException.class, () -> getUser(transport(FAST, Duration.ofSeconds(5))));

    assertEquals("GET /api/v2/user answered 503 (after 3 attempts)", e.getMessage());
    plexTv.verify(3, getRequestedFor(urlEqualTo("/api/v2/user")));
  }

  @Test
  void connectionFailuresAreRetriedToo() {
    PlexTransport transport =
        Stubs.transportTo(plexTv)
            .baseUrl("http://127.0.0.1:" + LoopbackServers.refusedPort())
            .retryPolicy(FAST)
            .timeout(Duration.ofSeconds(5))
            .build();

    PlexConnectionException e =
        assertThrows(PlexConnectionException.class, () -> getUser(transport));

    assertTrue(
        e.getMessage().startsWith("GET /api/v2/user failed after 3 attempts: ConnectException"),
        e.getMessage());
  }

  @Test
  void serverErrorsOtherThanTheGatewayOnesAreNotRetried() {
    plexTv.stubFor(get("/api/v2/user").willReturn(aResponse().withStatus(500)));

    assertThrows(ServerErrorException.class, () -> getUser(transport(FAST, Duration.ofSeconds(5))));

    plexTv.verify(1, getRequestedFor(urlEqualTo("/api/v2/user")));
  }

  @Test
  void postIsNeverRetriedAndPutOnlyWhenMarkedSafe() {
    plexTv.stubFor(post("/api/v2/pins?strong=true").willReturn(aResponse().withStatus(503)));
    plexTv.stubFor(put("/api/v2/pins/link").willReturn(aResponse().withStatus(503)));
    PlexTransport plain = transport(FAST, Duration.ofSeconds(5));
    PlexTransport putSafe =
        transport(
            RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).alsoRetry("PUT").build(),
            Duration.ofSeconds(5));
    AuthenticationApi api = plain.api(AuthenticationApi::new);
    AuthenticationApi safeApi = putSafe.api(AuthenticationApi::new);

    assertThrows(ServerErrorException.class, () -> plain.call(() -> api.createPin(true, null)));
    assertThrows(
        ServerErrorException.class,
        () ->
            plain.call(
                () -> {
                  api.linkPin("AB12");
                  return null;
                }));
    assertThrows(
        ServerErrorException.class,
        () ->
            putSafe.call(
                () -> {
                  safeApi.linkPin("AB12");
                  return null;
                }));

    plexTv.verify(1, postRequestedFor(urlEqualTo("/api/v2/pins?strong=true")));
    plexTv.verify(4, putRequestedFor(urlEqualTo("/api/v2/pins/link")));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().alsoRetry("POST"));
  }

  @Test
  void retryAfterIsHonouredUpToTheCap() {
    plexTv.stubFor(
        get("/api/v2/user")
            .inScenario("limited")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
            .willSetStateTo("ok"));
    plexTv.stubFor(
        get("/api/v2/user")
            .inScenario("limited")
            .whenScenarioStateIs("ok")
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(USER)));

    long start = System.nanoTime();
    getUser(transport(FAST, Duration.ofSeconds(5)));

    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 1_000);
    plexTv.resetAll();
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));
    RateLimitedException e =
        assertThrows(
            RateLimitedException.class, () -> getUser(transport(FAST, Duration.ofSeconds(5))));
    assertEquals(Duration.ofSeconds(60), e.getRetryAfter());
    plexTv.verify(1, getRequestedFor(urlEqualTo("/api/v2/user")));
  }

  @Test
  void theDeadlineIsNeverExceededByRetries() {
    plexTv.stubFor(get("/api/v2/user").willReturn(aResponse().withStatus(503)));
    RetryPolicy slow =
        RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofMillis(300)).build();

    long start = System.nanoTime();
    assertThrows(
        ServerErrorException.class, () -> getUser(transport(slow, Duration.ofMillis(500))));

    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 600);
  }

  @Test
  void backoffGrowsBetweenAttempts() {
    plexTv.stubFor(get("/api/v2/user").willReturn(aResponse().withStatus(503)));
    RetryPolicy growing =
        RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ofMillis(60)).build();

    assertThrows(
        ServerErrorException.class, () -> getUser(transport(growing, Duration.ofSeconds(5))));

    List<LoggedRequest> requests = plexTv.findAll(getRequestedFor(urlEqualTo("/api/v2/user")));
    long gap1 =
        requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
    long gap3 =
        requests.get(3).getLoggedDate().getTime() - requests.get(2).getLoggedDate().getTime();
    assertEquals(4, requests.size());
    assertTrue(gap1 >= 25 && gap3 >= 115, "gaps " + gap1 + " and " + gap3);
  }
}
