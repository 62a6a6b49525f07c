package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.myplex.ResourceJson.Conn.http;
import static io.github.plexapi.myplex.ResourceJson.Conn.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.myplex.internal.connect.RaceThreads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** connect() against real sockets on loopback: who wins, how fast, and what is left behind. */
class ConnectTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String MACHINE = "machine-1";
  private static final String RESOURCE_TOKEN = "resource-token-9d8c";

  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void closeServers() throws Exception {
    servers.close();
  }

  private MyPlexResource resource(boolean owned, ResourceJson.Conn... connections) {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box", MACHINE, owned, RESOURCE_TOKEN, List.of(connections)))));
    MyPlexAccount account =
        Fakes.account(plexTv)
            .token(Fakes.TOKEN)
            .okHttpClient(LoopbackServers.trustingClient())
            .timeout(Duration.ofSeconds(3))
            .build();
    return account.resource("Box");
  }

  private static ConnectOptions deadline(long millis) {
    return ConnectOptions.builder().timeout(Duration.ofMillis(millis)).build();
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  @Test
  void connectPrefersLocalHttpsOverFasterRemote() {
    MockWebServer local = servers.identity(MACHINE, 250, true);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(true, https(remote.getPort(), false, false), https(local.getPort(), true, false));

    PlexServer server = box.connect();

    assertEquals("https://localhost:" + local.getPort(), server.getBaseUrl());
    assertEquals(MACHINE, server.getMachineIdentifier());
    assertEquals("Server " + MACHINE, server.getFriendlyName());
    assertEquals("1.40.0.1", server.getVersion());
    assertTrue(server.getConnectTime().toMillis() >= 250);
  }

  @Test
  void theServerSaysWhichConnectionWonAndWhatHappenedToEveryAddressAsValues() {
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    int refused = LoopbackServers.refusedPort();
    MyPlexResource box =
        resource(true, https(refused, true, false), https(remote.getPort(), false, false));

    PlexServer server = box.connect(deadline(2_000));

    assertEquals("https://localhost:" + remote.getPort(), server.getConnection().getUri());
    assertFalse(server.getConnection().isLocal());
    List<ConnectAttempt> attempts = server.getAttempts();
    assertEquals(server.getConnectReport().size(), attempts.size());
    ConnectAttempt local = attempts.get(0);
    assertEquals("https://localhost:" + refused, local.getAddress());
    assertEquals(ConnectOptions.Location.LOCAL, local.getLocation());
    assertEquals(ConnectAttempt.Outcome.FAILED, local.getOutcome());
    assertTrue(local.getReason().contains("ConnectException"), local.getReason());
    assertFalse(local.isWinner());
    ConnectAttempt won =
        attempts.stream().filter(ConnectAttempt::isWinner).findFirst().orElseThrow();
    assertEquals(ConnectAttempt.Outcome.ANSWERED, won.getOutcome());
    assertEquals(ConnectOptions.Location.REMOTE, won.getLocation());
    assertNull(won.getReason());
    assertEquals(
        server.getConnectReport(), attempts.stream().map(ConnectAttempt::toString).toList());
  }

  @Test
  void httpsBeatsFasterPlainHttpOfTheSameServer() {
    MockWebServer secure = servers.identity(MACHINE, 200, true);
    MockWebServer plain = servers.identity(MACHINE, 0, false);
    MyPlexResource box =
        resource(true, http(plain.getPort(), true, false), https(secure.getPort(), true, false));

    assertEquals("https://localhost:" + secure.getPort(), box.connect().getBaseUrl());
  }

  @Test
  void refusedLocalFallsBackToRemoteAtOnce() {
    MockWebServer remote = servers.identity(MACHINE, 50, true);
    MyPlexResource box =
        resource(
            true,
            https(LoopbackServers.refusedPort(), true, false),
            https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(deadline(2_000));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 1_000, "took " + millisSince(start) + " ms");
  }

  @Test
  void blackHoledLocalDoesNotHoldBackAnsweringRemote() throws Exception {
    MockWebServer remote = servers.identity(MACHINE, 50, true);
    MyPlexResource box =
        resource(
            true, http(servers.blackHole(), true, false), https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(deadline(2_500));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(millisSince(start) < 1_000, "took " + millisSince(start) + " ms");
    assertTrue(
        server.getConnectReport().get(0).contains("still connecting"),
        server.getConnectReport().toString());
  }

  @Test
  void aConnectedButSilentBetterCandidateIsWaitedForUntilTheDeadline() {
    MockWebServer local = servers.silent(false);
    MockWebServer remote = servers.identity(MACHINE, 0, true);
    MyPlexResource box =
        resource(true, http(local.getPort(), true, false), https(remote.getPort(), false, false));

    long start = System.nanoTime();
    PlexServer server = box.connect(deadline(400));

    assertEquals("https://localhost:" + remote.getPort(), server.getBaseUrl());
    assertTrue(
        millisSince(start) >= 380 && millisSince(start) < 1_400,
        "took " + millisSince(start) + " ms");
  }

  @Test
  void aWrongServerBehindAStaleAddressIsNeverReturned() {
    MockWebServer stale = servers.identity("someone-else", 0, true);
    MockWebServer right = servers.identity(MACHINE, 100, true);
    MyPlexResource box =
        resource(true, https(stale.getPort(), true, false), https(right.getPort(), false, false));

    PlexServer server = box.connect();

    assertEquals("https://localhost:" + right.getPort(), server.getBaseUrl());
    assertTrue(
        server.getConnectReport().get(0).contains("someone-else"),
        server.getConnectReport().toString());
  }

  @Test
  void whenEveryCandidateFailsEachIsListedWithItsReason() {
    int refused = LoopbackServers.refusedPort();
    MockWebServer broken = servers.status(500);
    MockWebServer wrong = servers.identity("someone-else", 0, false);
    MyPlexResource box =
        resource(
            true,
            http(wrong.getPort(), true, false),
            http(refused, true, false),
            http(broken.getPort(), false, true));

    PlexConnectionException e =
        assertThrows(PlexConnectionException.class, () -> box.connect(deadline(2_000)));

    List<String> failures = e.getFailures();
    assertEquals(3, failures.size(), failures.toString());
    assertTrue(
        failures.get(0).startsWith("http://127.0.0.1:" + wrong.getPort() + " (local)"),
        failures.get(0));
    assertTrue(failures.get(0).contains("someone-else"));
    assertTrue(
        failures.get(1).startsWith("http://127.0.0.1:" + refused + " (local)"), failures.get(1));
    assertTrue(failures.get(1).contains("ConnectException"), failures.get(1));
    assertTrue(
        failures.get(2).startsWith("http://127.0.0.1:" + broken.getPort() + " (relay, no token)"),
        failures.get(2));
    assertTrue(failures.get(2).contains("answered 500"), failures.get(2));
    assertEquals(0, e.getStatusCode());
    String everything = e.getMessage() + failures;
    assertFalse(
        everything.contains(RESOURCE_TOKEN) || everything.contains(Fakes.TOKEN), everything);
  }

  @Test
  void theDeadlineHoldsForAStalledBody() throws Exception {
    LoopbackServers.Hanging stalled = servers.stalledBody(MACHINE);
    MyPlexResource box = resource(true, http(stalled.port(), true, false));

    long start = System.nanoTime();
    PlexConnectionException e =
        assertThrows(PlexConnectionException.class, () -> box.connect(deadline(300)));

    long took = millisSince(start);
    assertTrue(took >= 280 && took < 400, "took " + took + " ms");
    assertEquals(1, e.getFailures().size());
  }

  @Test
  void theDeadlineHoldsWhenEveryCandidateHangs() throws Exception {
    MyPlexResource box =
        resource(
            true,
            http(servers.blackHole(), true, false),
            https(servers.silent(true).getPort(), false, false));

    long start = System.nanoTime();
    assertThrows(PlexConnectionException.class, () -> box.connect(deadline(300)));

    long took = millisSince(start);
    assertTrue(took >= 280 && took < 400, "took " + took + " ms");
  }

  @Test
  void serversReceiveTheResourceTokenNeverTheAccountToken() throws Exception {
    MockWebServer local = servers.identity(MACHINE, 0, false);
    MyPlexResource box = resource(true, http(local.getPort(), true, false));

    box.connect();

    RecordedRequest probe = local.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/", probe.getPath());
    assertEquals(RESOURCE_TOKEN, probe.getHeader("X-Plex-Token"));
    assertEquals("application/xml", probe.getHeader("Accept"));
    assertEquals(Fakes.CLIENT_ID, probe.getHeader("X-Plex-Client-Identifier"));
  }

  @Test
  void plainHttpToRemoteOrRelayGetsNoTokenUnlessAllowed() throws Exception {
    MockWebServer remote = servers.identity(MACHINE, 0, false);
    MyPlexResource box = resource(true, http(remote.getPort(), false, false));

    box.connect();
    box.connect(ConnectOptions.builder().allowTokenOverInsecureHttp(true).build());

    assertNull(remote.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
    assertEquals(RESOURCE_TOKEN, remote.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
  }

  @Test
  void laterQueriesToAPlainHttpRemoteServerStillCarryNoToken() throws Exception {
    MockWebServer remote = servers.identity(MACHINE, 0, false);
    MyPlexResource box = resource(true, http(remote.getPort(), false, false));

    PlexServer server = box.connect();
    server.query("/identity", "GET", null, String.class);

    assertNull(remote.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
    assertNull(remote.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
  }

  @Test
  void aResourceTheAccountDoesNotOwnIsNeverTriedLocally() throws Exception {
    MockWebServer local = servers.identity(MACHINE, 0, true);
    MockWebServer remote = servers.identity(MACHINE, 100, true);
    MyPlexResource box =
        resource(false, https(local.getPort(), true, false), https(remote.getPort(), false, false));

    assertEquals("https://localhost:" + remote.getPort(), box.connect().getBaseUrl());
    assertEquals(0, local.getRequestCount());
  }

  @Test
  void optionsRestrictLocationsAndSchemes() {
    MockWebServer local = servers.identity(MACHINE, 0, true);
    MockWebServer remote = servers.identity(MACHINE, 0, false);
    MyPlexResource box =
        resource(true, https(local.getPort(), true, false), http(remote.getPort(), false, false));

    PlexServer viaRemote =
        box.connect(ConnectOptions.builder().locations(ConnectOptions.Location.REMOTE).build());
    PlexServer viaHttp = box.connect(ConnectOptions.builder().ssl(false).build());

    assertEquals("http://127.0.0.1:" + remote.getPort(), viaRemote.getBaseUrl());
    assertEquals("http://127.0.0.1:" + remote.getPort(), viaHttp.getBaseUrl());
    assertEquals(0, local.getRequestCount());
  }

  @Test
  void losingAttemptsAreCancelledTheMomentTheAnswerIsKnown() throws Exception {
    MockWebServer local = servers.identity(MACHINE, 0, true);
    LoopbackServers.Hanging remote = servers.hanging();
    MyPlexResource box =
        resource(true, https(local.getPort(), true, false), http(remote.port(), false, false));

    box.connect(deadline(5_000));

    assertTrue(
        remote.awaitRequest(1_000) || remote.awaitHangUp(0), "the remote attempt was started");
    assertTrue(remote.awaitHangUp(500), "the losing socket was closed");
    assertNoRacingCallRunning();
  }

  @Test
  void cancellingTheAsyncConnectStopsEveryAttempt() throws Exception {
    LoopbackServers.Hanging hanging = servers.hanging();
    MyPlexResource box = resource(true, http(hanging.port(), true, false));

    CompletableFuture<PlexServer> future = box.connectAsync(deadline(5_000));
    assertTrue(hanging.awaitRequest(1_000));
    future.cancel(true);

    assertThrows(CancellationException.class, future::join);
    assertTrue(hanging.awaitHangUp(500), "the attempt's socket was closed");
    assertNoRacingCallRunning();
  }

  @Test
  void connectAsyncCompletesWithTheServer() throws Exception {
    MockWebServer local = servers.identity(MACHINE, 20, true);
    MyPlexResource box = resource(true, https(local.getPort(), true, false));

    PlexServer server = box.connectAsync().get(2, TimeUnit.SECONDS);

    assertEquals(MACHINE, server.getMachineIdentifier());
  }

  @Test
  void aResourceWithoutServerRoleIsRefused() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(ResourceJson.resource("Phone", "p1", "player", true, "t", List.of()))));
    MyPlexResource phone = Fakes.account(plexTv).token(Fakes.TOKEN).build().resource("Phone");

    IllegalStateException e = assertThrows(IllegalStateException.class, phone::connect);

    assertEquals("Phone does not provide server (it provides player)", e.getMessage());
  }

  @Test
  void aResourceWithoutAddressesFailsClearly() {
    MyPlexResource box = resource(true);

    PlexConnectionException e = assertThrows(PlexConnectionException.class, box::connect);

    assertEquals("no address to connect to", e.getMessage());
  }

  private static void assertNoRacingCallRunning() throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
    while (RaceThreads.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertEquals(0, RaceThreads.dispatcher().runningCallsCount());
  }
}
