package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.myplex.ResourceJson.Conn.http;
import static io.github.plexapi.myplex.ResourceJson.Conn.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connect preference window: once a worse address answered as the right server, a better one
 * still running gets at most the window, connected or not; zero means the first right answer wins;
 * an address that cannot even connect keeps its shorter grace. Deadlines are generous (4 s) so a
 * result well before them can only come from the window.
 */
class PreferenceWindowTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String MACHINE = "machine-w";
  private static final Duration DEADLINE = Duration.ofSeconds(4);
  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void closeServers() throws Exception {
    servers.close();
  }

  private MyPlexResource resource(MyPlexAccount.Builder builder, ResourceJson.Conn... connections) {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box", MACHINE, true, "resource-token-w", List.of(connections)))));
    return builder
        .token(Fakes.TOKEN)
        .okHttpClient(LoopbackServers.trustingClient())
        .timeout(DEADLINE)
        .build()
        .resource("Box");
  }

  private MyPlexResource resource(ResourceJson.Conn... connections) {
    return resource(Fakes.account(plexTv), connections);
  }

  private static ConnectOptions window(Duration window) {
    return ConnectOptions.builder().timeout(DEADLINE).preferenceWindow(window).build();
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Test
  void aConnectedButSilentBetterAddressLosesToTheWindow() {
    MockWebServer local = servers.silent(false);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(http(local.getPort(), true, false), https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(window(Duration.ofMillis(150)));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 2_000, "waited " + millisSince(start) + " ms, not the window");
    assertTrue(
        server.getConnectReport().get(0).contains("lost to the preference window"),
        server.getConnectReport().toString());
    assertEquals(ConnectAttempt.Outcome.LOST_TO_WINDOW, server.getAttempts().get(0).getOutcome());
  }

  @Test
  void aZeroWindowTakesTheFirstRightAnswer() {
    MockWebServer local = servers.identity(MACHINE, 1_500, true);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(https(local.getPort(), true, false), https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(window(Duration.ZERO));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 1_200, "waited " + millisSince(start) + " ms for the local");
    assertTrue(
        server.getConnectReport().get(0).contains("lost to the preference window"),
        server.getConnectReport().toString());
  }

  @Test
  void aBetterAddressAnsweringWithinTheWindowStillWins() {
    MockWebServer local = servers.identity(MACHINE, 300, true);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(https(local.getPort(), true, false), https(remote.getPort(), false, false));

    PlexServer server = box.connect(ConnectOptions.builder().timeout(DEADLINE).build());

    assertEquals("https://localhost:" + local.getPort(), server.getBaseUrl());
  }

  @Test
  void anAddressThatCannotConnectKeepsItsShorterGraceWhateverTheWindow() throws Exception {
    MockWebServer remote = servers.identity(MACHINE, 50, true);
    MyPlexResource box =
        resource(http(servers.blackHole(), true, false), https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(window(Duration.ofSeconds(3)));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 1_500, "waited " + millisSince(start) + " ms, the window");
    assertTrue(
        server.getConnectReport().get(0).contains("still connecting"),
        server.getConnectReport().toString());
  }

  @Test
  void theAccountsWindowIsTheDefaultOfEveryConnect() {
    MockWebServer local = servers.silent(false);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(
            Fakes.account(plexTv).connectPreferenceWindow(Duration.ofMillis(100)),
            http(local.getPort(), true, false),
            https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(ConnectOptions.builder().timeout(DEADLINE).build());

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 2_000, "waited " + millisSince(start) + " ms");
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ConnectOptions.builder().preferenceWindow(Duration.ofMillis(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> MyPlexAccount.builder().connectPreferenceWindow(null));
    assertEquals(Duration.ofSeconds(1), ConnectOptions.DEFAULT_PREFERENCE_WINDOW);
    assertEquals(
        Duration.ZERO,
        ConnectOptions.builder()
            .preferenceWindow(Duration.ZERO)
            .build()
            .newBuilder()
            .build()
            .preferenceWindow());
  }
}
