package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * After {@code close()}, every call on the account and on what it created fails at once with {@link
 * IllegalStateException} and opens no connection; derived accounts keep their own lifetime; closing
 * twice is harmless.
 */
class UseAfterCloseTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void close() throws Exception {
    servers.close();
  }

  private MockWebServer stubAccountWithOneServer() {
    MockWebServer media = servers.identity("m1", 0, false);
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(Fakes.json("{\"id\":1,\"uuid\":\"u\",\"title\":\"Owner\",\"home\":true}")));
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box",
                        "m1",
                        true,
                        "server-token-1",
                        List.of(ResourceJson.Conn.http(media.getPort(), true, false))))));
    plexTv.stubFor(
        get(urlPathEqualTo("/devices.xml"))
            .willReturn(Fakes.xml(Fakes.resource("plex-tv/devices.xml"))));
    return media;
  }

  @Test
  void everyCallAfterCloseFailsAtOnceAndSendsNothing() throws Exception {
    MockWebServer media = stubAccountWithOneServer();
    MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build().connect();
    MyPlexResource box = account.resource("Box");
    MyPlexDevice device = account.devices().get(0);
    PlexServer server = box.connect();
    account.close();
    int plexTvBefore = plexTv.getAllServeEvents().size();
    int mediaBefore = media.getRequestCount();
    plexTv.stubFor(any(anyUrl()).willReturn(Fakes.json("{}")));

    Map<String, Executable> calls = new LinkedHashMap<>();
    calls.put("connect", account::connect);
    calls.put("resources", account::resources);
    calls.put("devices", account::devices);
    calls.put("webhooks", account::webhooks);
    calls.put("addWebhook", () -> account.addWebhook("https://example.org/hook"));
    calls.put("friends", account::friends);
    calls.put("homeUsers", account::homeUsers);
    calls.put("users", account::users);
    calls.put("privacy", account::privacy);
    calls.put("ping", account::ping);
    calls.put("signout", account::signout);
    calls.put("claimToken", account::claimToken);
    calls.put("publicIp", account::publicIp);
    calls.put("onlineMediaSources", account::onlineMediaSources);
    calls.put("watchlist", () -> account.watchlist("all", null, null, null));
    calls.put("getWebLogin", () -> account.getWebLogin(null));
    calls.put("query", () -> account.query("/api/v2/user", "GET", null, String.class));
    calls.put("resource.connect", box::connect);
    calls.put("resource.connectAsync", box::connectAsync);
    calls.put("device.connect", device::connect);
    calls.put("server.query", () -> server.query("/", "GET", null, String.class));
    calls.put("server.myPlexAccount", server::myPlexAccount);
    calls.put("server.claim", () -> server.claim("claim-1"));
    for (Map.Entry<String, Executable> call : calls.entrySet()) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, call.getValue(), call.getKey());
      assertTrue(e.getMessage().contains("closed"), call.getKey() + ": " + e.getMessage());
    }

    assertEquals(plexTvBefore, plexTv.getAllServeEvents().size(), "plex.tv was called");
    assertEquals(mediaBefore, media.getRequestCount(), "the media server was called");
    assertDoesNotThrow(account::close);
    assertDoesNotThrow(server::close);
    assertEquals("Owner", account.getTitle(), "what was loaded stays readable");
  }

  @Test
  void aDerivedAccountKeepsItsOwnLifetime() throws Exception {
    stubAccountWithOneServer();
    plexTv.stubFor(get("/api/v2/user/webhooks").willReturn(Fakes.json("[]")));
    MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build().connect();
    PlexServer server =
        account
            .resource("Box")
            .connect(ConnectOptions.builder().timeout(Duration.ofSeconds(2)).build());
    MyPlexAccount owner = server.myPlexAccount();

    account.close();
    assertEquals(List.of(), owner.webhooks(), "the derived account outlives its parent");
    owner.close();

    IllegalStateException e = assertThrows(IllegalStateException.class, owner::webhooks);
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void closingADerivedAccountLeavesItsParentOpen() throws Exception {
    stubAccountWithOneServer();
    plexTv.stubFor(get("/api/v2/user/webhooks").willReturn(Fakes.json("[]")));
    try (MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build().connect()) {
      PlexServer server = account.resource("Box").connect();
      server.myPlexAccount().close();
      server.close();

      assertEquals(List.of(), account.webhooks());
      assertEquals("Server m1", server.getFriendlyName());
    }
  }
}
