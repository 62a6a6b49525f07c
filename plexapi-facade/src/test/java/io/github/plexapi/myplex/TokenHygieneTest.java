package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A token is never echoed by anyone's exception, and never sent over plain http to plex.tv: tokens
 * are trimmed and checked before they reach a header, causes that quote a server's text are masked,
 * and only https plex.tv names (and stand-ins exactly as configured) receive the token.
 */
class TokenHygieneTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String TOKEN = "tok-echo-0a1b2c3d";
  private static final String RESOURCE_TOKEN = "res-echo-9f8e7d6c";
  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void close() throws Exception {
    servers.close();
  }

  /** Every text of {@code failure} that anyone can print, stack trace included. */
  static String everything(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    StringBuilder all = new StringBuilder(trace.toString());
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append('\n').append(t.getMessage()).append('\n').append(t);
      for (Throwable suppressed : t.getSuppressed()) {
        all.append('\n').append(everything(suppressed));
      }
    }
    if (failure instanceof PlexConnectionException connect) {
      connect.getFailures().forEach(line -> all.append('\n').append(line));
    }
    return all.toString();
  }

  private static void assertNoToken(Throwable failure, String token) {
    String text = everything(failure);
    assertFalse(text.contains(token), () -> "the token leaked:\n" + text);
  }

  /** An OkHttp client that resolves no name at all: nothing can leave this machine. */
  private static OkHttpClient offline() {
    return new OkHttpClient.Builder()
        .dns(
            host -> {
              throw new UnknownHostException("no lookups in tests");
            })
        .build();
  }

  @Test
  void theBuilderTrimsATokenReadFromAFile() {
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":1,\"uuid\":\"u\",\"title\":\"t\"}")));

    try (MyPlexAccount account = Fakes.account(plexTv).token("  " + TOKEN + "\r\n").build()) {
      account.connect();
    }

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user")).withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void controlAndNonAsciiCharactersAreRefusedWithoutQuotingTheToken() {
    for (String bad :
        List.of(
            TOKEN + "\nX-Injected: 1", "tok\u0000" + TOKEN, TOKEN + "\u00e9", TOKEN + "\u007f")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> MyPlexAccount.builder().token(bad));
      assertTrue(e.getMessage().startsWith("token"), e.getMessage());
      assertNoToken(e, TOKEN);
    }
    IllegalArgumentException server =
        assertThrows(
            IllegalArgumentException.class,
            () -> PlexServer.connect("http://127.0.0.1:1", TOKEN + "\r\nX-Injected: 1"));
    assertNoToken(server, TOKEN);
  }

  @Test
  void aStatusLineThatEchoesTheTokenIsMaskedInEveryCause() throws Exception {
    LoopbackServers.Echoing echo = servers.echoing("HTTP/1.1 2OO {token}\r\n\r\n");
    try (MyPlexAccount account = account("http://127.0.0.1:" + echo.port())) {
      PlexConnectionException e = assertThrows(PlexConnectionException.class, account::connect);

      assertTrue(echo.requests().get(0).contains(TOKEN), "the server was sent the token");
      assertTrue(everything(e).contains("***"), everything(e));
      assertNoToken(e, TOKEN);
    }
  }

  @Test
  void aChunkHeaderThatEchoesTheTokenIsMaskedInEveryCause() throws Exception {
    LoopbackServers.Echoing echo =
        servers.echoing(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n1 {token}\r\n");
    try (MyPlexAccount account = account("http://127.0.0.1:" + echo.port())) {
      PlexConnectionException e = assertThrows(PlexConnectionException.class, account::connect);

      assertNoToken(e, TOKEN);
    }
  }

  @Test
  void aCandidateThatEchoesTheResourceTokenIsMaskedInTheConnectReport() throws Exception {
    LoopbackServers.Echoing echo = servers.echoing("HTTP/1.1 2OO {token}\r\n\r\n");
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box",
                        "m1",
                        true,
                        RESOURCE_TOKEN,
                        List.of(ResourceJson.Conn.http(echo.port(), true, false))))));
    try (MyPlexAccount account = account(plexTv.baseUrl())) {
      MyPlexResource box = account.resource("Box");

      PlexConnectionException e =
          assertThrows(
              PlexConnectionException.class,
              () -> box.connect(ConnectOptions.builder().timeout(Duration.ofSeconds(2)).build()));

      assertTrue(echo.requests().get(0).contains(RESOURCE_TOKEN), "the server was sent the token");
      assertEquals(1, e.getFailures().size(), e.getFailures().toString());
      assertNoToken(e, RESOURCE_TOKEN);
    }
  }

  @Test
  void plainHttpToPlexTvIsRefusedBeforeAnythingIsSent() {
    try (MyPlexAccount account =
        MyPlexAccount.builder().token(TOKEN).okHttpClient(offline()).build()) {
      for (String url :
          List.of(
              "http://plex.tv/api/v2/user",
              "http://clients.plex.tv/api/v2/pins",
              "http://PLEX.TV/api/v2/user",
              "http://app.plex.tv:80/x")) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> account.query(url, "GET", null, String.class),
                url);
        assertTrue(e.getMessage().contains("https"), e.getMessage());
      }
    }
  }

  @Test
  void aStandInIsTrustedWithItsSchemeOnly() throws Exception {
    LoopbackServers.Echoing echo =
        servers.echoing(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok");
    String plainUrl = "http://127.0.0.1:" + echo.port() + "/x";
    try (MyPlexAccount tlsStandIn = account("https://127.0.0.1:" + echo.port())) {
      assertEquals("ok", tlsStandIn.query(plainUrl, "GET", null, String.class));
    }
    try (MyPlexAccount plainStandIn = account("http://127.0.0.1:" + echo.port())) {
      assertEquals("ok", plainStandIn.query(plainUrl, "GET", null, String.class));
    }

    List<String> heads = echo.requests();
    assertEquals(2, heads.size());
    assertFalse(heads.get(0).toLowerCase().contains("x-plex-token"), heads.get(0));
    assertTrue(heads.get(1).contains("X-Plex-Token: " + TOKEN), heads.get(1));
  }

  private static MyPlexAccount account(String baseUrl) {
    return MyPlexAccount.builder()
        .baseUrl(baseUrl)
        .token(TOKEN)
        .clientIdentifier(Fakes.CLIENT_ID)
        .timeout(Duration.ofSeconds(2))
        .retryPolicy(
            RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(5))
                .maxBackoff(Duration.ofMillis(10))
                .build())
        .build();
  }
}
