package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.myplex.ResourceJson.Conn.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PlexServer and PlexClient handles, and devices as connect targets. */
class PlexServerTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String SERVER_TOKEN = "server-token-4f4f";
  private final LoopbackServers servers = new LoopbackServers();
  private final MockWebServer media = new MockWebServer();

  @AfterEach
  void close() throws Exception {
    servers.close();
    media.shutdown();
  }

  private void startMedia(String machineId) throws Exception {
    media.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.equals("/")) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/xml")
                  .setBody(LoopbackServers.identityXml(machineId));
            }
            if (path.equals("/resources")) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/xml")
                  .setBody(
                      "<MediaContainer><Player title=\"Phone\" machineIdentifier=\""
                          + machineId
                          + "\" product=\"Plex for Android\" version=\"10.1\" protocolCapabilities=\"timeline,playback\"/>"
                          + "</MediaContainer>");
            }
            if (path.startsWith("/myplex/claim")) {
              return new MockResponse().setResponseCode(200);
            }
            if (path.equals("/library/sections")) {
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody("{\"size\":2}");
            }
            return new MockResponse().setResponseCode(404);
          }
        });
    media.start(InetAddress.getLoopbackAddress(), 0);
  }

  private MyPlexAccount account() {
    return Fakes.account(plexTv).token(Fakes.TOKEN).timeout(Duration.ofSeconds(2)).build();
  }

  @Test
  void queryClaimAndMyPlexAccountUseTheServerToken() throws Exception {
    startMedia("m1");
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box",
                        "m1",
                        true,
                        SERVER_TOKEN,
                        List.of(http(media.getPort(), true, false))))));
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(Fakes.json("{\"id\":77,\"uuid\":\"owner\",\"title\":\"Owner\"}")));
    PlexServer server = account().resource("Box").connect();
    media.takeRequest(1, TimeUnit.SECONDS);

    String sections = server.query("/library/sections", "GET", null, String.class);
    server.claim("claim-abc");
    MyPlexAccount owner = server.myPlexAccount();

    assertEquals("{\"size\":2}", sections);
    RecordedRequest query = media.takeRequest(1, TimeUnit.SECONDS);
    assertEquals(SERVER_TOKEN, query.getHeader("X-Plex-Token"));
    RecordedRequest claim = media.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("POST", claim.getMethod());
    assertEquals("/myplex/claim?token=claim-abc", claim.getPath());
    assertEquals(SERVER_TOKEN, claim.getHeader("X-Plex-Token"));
    assertEquals(77L, owner.getId());
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo(SERVER_TOKEN)));
    assertFalse(server.toString().contains(SERVER_TOKEN));
    assertThrows(
        IllegalArgumentException.class, () -> server.query("library", "GET", null, String.class));
    assertThrows(IllegalArgumentException.class, () -> server.claim(" "));
  }

  @Test
  void aServerCanBeReachedDirectlyFromAUrlAndAToken() throws Exception {
    startMedia("direct");
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":5,\"uuid\":\"u\",\"title\":\"t\"}")));

    PlexServer server =
        PlexServer.connect(
            "http://127.0.0.1:" + media.getPort() + "/",
            SERVER_TOKEN,
            MyPlexAccount.builder()
                .baseUrl(plexTv.baseUrl())
                .username("ignored")
                .password("ignored"));

    assertEquals("http://127.0.0.1:" + media.getPort(), server.getBaseUrl());
    assertEquals("direct", server.getMachineIdentifier());
    assertEquals(SERVER_TOKEN, media.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
    assertEquals(5L, server.myPlexAccount().getId());
    assertThrows(IllegalArgumentException.class, () -> PlexServer.connect("nope", SERVER_TOKEN));
  }

  @Test
  void aDirectServerThatDoesNotAnswerIsAConnectionError() {
    int refused = LoopbackServers.refusedPort();

    PlexConnectionException e =
        assertThrows(
            PlexConnectionException.class,
            () ->
                PlexServer.connect(
                    "http://127.0.0.1:" + refused,
                    SERVER_TOKEN,
                    MyPlexAccount.builder().timeout(Duration.ofMillis(500))));

    assertTrue(e.getFailures().get(0).contains("ConnectException"), e.getFailures().toString());
  }

  @Test
  void connectClientReachesAPlayer() throws Exception {
    startMedia("player-1");
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.resource(
                        "Phone",
                        "player-1",
                        "client,player",
                        true,
                        SERVER_TOKEN,
                        List.of(http(media.getPort(), true, false))))));

    PlexClient player = account().resource("Phone").connectClient();

    assertEquals("player-1", player.getMachineIdentifier());
    assertEquals("Phone", player.getTitle());
    assertEquals("Plex for Android", player.getProduct());
    assertEquals("10.1", player.getVersion());
    assertEquals("timeline,playback", player.getProtocolCapabilities());
    assertEquals("http://127.0.0.1:" + media.getPort(), player.getConnection().getUri());
    assertEquals(1, player.getAttempts().size());
    assertTrue(player.getAttempts().get(0).isWinner());
    RecordedRequest probe = media.takeRequest(1, TimeUnit.SECONDS);
    assertEquals("/resources", probe.getPath());
    assertEquals(SERVER_TOKEN, probe.getHeader("X-Plex-Token"));
  }

  @Test
  void aDeviceConnectsThroughItsConnectionUris() throws Exception {
    startMedia("3");
    String uri = "http://127.0.0.1:" + media.getPort();
    plexTv.stubFor(
        get("/devices.xml")
            .willReturn(
                Fakes.xml(
                    "<MediaContainer size=\"1\"><Device name=\"Box\" clientIdentifier=\"3\" provides=\"server\" id=\"1\""
                        + " token=\""
                        + SERVER_TOKEN
                        + "\"><Connection uri=\"http://127.0.0.1:"
                        + LoopbackServers.refusedPort()
                        + "\"/><Connection uri=\""
                        + uri
                        + "\"/></Device></MediaContainer>")));

    PlexServer server = account().device("Box", null).connect();

    assertEquals(uri, server.getBaseUrl());
    assertEquals(SERVER_TOKEN, media.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Plex-Token"));
  }
}
