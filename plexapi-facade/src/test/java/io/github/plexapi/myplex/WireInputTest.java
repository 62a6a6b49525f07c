package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Inputs that would corrupt the wire are refused before anything is sent, each with an {@link
 * IllegalArgumentException} naming the argument: a method that is not an HTTP token, a null or
 * malformed header, a timeout OkHttp would truncate to none.
 */
class WireInputTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String SMUGGLED = "GET /x HTTP/1.1\r\nX: y\r\n\r\nGET";
  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void close() throws Exception {
    servers.close();
  }

  private static void assertRefused(String argument, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(argument), e.getMessage());
  }

  @Test
  void aMethodThatIsNotAnHttpTokenIsRefusedBeforeAnythingIsSent() throws Exception {
    MockWebServer media = servers.identity("m1", 0, false);
    try (MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build();
        PlexServer server =
            PlexServer.connect(
                media.url("/").toString(), "server-token-1", Fakes.account(plexTv))) {
      for (String method : List.of(SMUGGLED, "GET ", "", "G\u00c9T")) {
        assertRefused("method", () -> account.query("/x", method, null, String.class));
        assertRefused("method", () -> server.query("/x", method, null, String.class));
      }
      assertRefused("method", () -> account.query("/x", null, null, String.class));
    }

    assertEquals(0, plexTv.getAllServeEvents().size());
    assertEquals(1, media.getRequestCount(), "only the connect reached the server");
  }

  @Test
  void nullOrMalformedHeadersAreRefusedWithoutQuotingTheirValue() {
    Map<String, String> nullName = new HashMap<>();
    nullName.put(null, "x");
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("X-Extra", null);
    String secret = "secret-value-77";
    List<Map<String, String>> bad =
        List.of(
            nullName,
            nullValue,
            Map.of("X Extra", "x"),
            Map.of("X-Extra:", "x"),
            Map.of("", "x"),
            Map.of("X-Extra", secret + "\r\nX-Injected: 1"),
            Map.of("X-Extra", secret + "\u00e9"));
    try (MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build()) {
      for (Map<String, String> headers : bad) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> account.query("/x", "GET", headers, String.class),
                headers.toString());
        assertTrue(e.getMessage().startsWith("headers"), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
      }
    }
    assertEquals(0, plexTv.getAllServeEvents().size());
  }

  @Test
  void aTimeoutUnderOneMillisecondIsRefused() {
    for (Duration tooShort :
        List.of(
            Duration.ofNanos(999_999), Duration.ofNanos(1), Duration.ZERO, Duration.ofMillis(-1))) {
      assertRefused("timeout", () -> MyPlexAccount.builder().timeout(tooShort));
      assertRefused("timeout", () -> ConnectOptions.builder().timeout(tooShort));
    }
    assertRefused("timeout", () -> MyPlexAccount.builder().timeout(null));
    assertDoesNotThrow(() -> MyPlexAccount.builder().timeout(Duration.ofMillis(1)));
    assertDoesNotThrow(() -> ConnectOptions.builder().timeout(Duration.ofMillis(1)));
  }
}
