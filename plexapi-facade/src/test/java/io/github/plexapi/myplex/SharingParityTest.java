package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.model.Friend;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * python-plexapi's sharing and device calls beside today's: a pending invite by name, home users
 * created with a share, a friend's sections of one server set exactly, sync items, and the URLs a
 * connect would try.
 */
class SharingParityTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    account = Fakes.account(plexTv).token(Fakes.TOKEN).build();
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box",
                        "machine_id",
                        true,
                        "server-token",
                        List.of(
                            ResourceJson.Conn.https(32401, false, false),
                            ResourceJson.Conn.https(32400, true, false),
                            ResourceJson.Conn.https(443, false, true))))));
    plexTv.stubFor(
        get("/api/v2/servers/machine_id")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/servers/machine_id.json"))));
  }

  private static MyPlexFriend friend(long id) {
    return new MyPlexFriend(new Friend().id(id).title("f" + id));
  }

  @Test
  void pendingInviteFindsSentOrReceivedByAnyNameIgnoringCase() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .withQueryParam("status", equalTo("pending_sent"))
            .willReturn(
                Fakes.json(
                    "[{\"id\":3,\"title\":\"Nina\",\"email\":\"nina@example.com\",\"status\":\"pending\"}]")));
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .withQueryParam("status", equalTo("pending_received"))
            .willReturn(
                Fakes.json(
                    "[{\"id\":4,\"title\":\"Otto\",\"username\":\"otto99\",\"status\":\"pending\"}]")));

    assertEquals(3L, account.pendingInvite("NINA@example.com", true, true).getId());
    assertEquals(4L, account.pendingInvite("Otto99", true, true).getId());
    assertThrows(NotFoundException.class, () -> account.pendingInvite("otto", true, false));
    assertThrows(NotFoundException.class, () -> account.pendingInvite("nina", false, true));
  }

  @Test
  void aHomeUserCanBeCreatedWithAShare() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/home/users"))
            .willReturn(
                Fakes.xml("<User id=\"9\" uuid=\"new\" title=\"Newbie\" restricted=\"1\"/>")));
    plexTv.stubFor(
        post("/api/v2/shared_servers").willReturn(Fakes.json("{\"id\":5}").withStatus(201)));
    MyPlexResource box = account.resource("Box");

    assertEquals(
        9L,
        account
            .createHomeUser(
                "Newbie", box, List.of("Movies"), SharingSettings.builder().allowSync(true).build())
            .getId());
    account.createExistingUser("friend@example.com", box, null, null);
    assertThrows(
        NotFoundException.class, () -> account.createHomeUser("X", box, List.of("Anime"), null));

    plexTv.verify(postRequestedFor(urlEqualTo("/api/home/users?title=Newbie")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1001],"
                        + "\"invitedId\":9,\"settings\":{\"allowSync\":true}}")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1001,1002],\"invitedId\":9}")));
    plexTv.verify(0, postRequestedFor(urlEqualTo("/api/home/users?title=X")));
  }

  @Test
  void updateFriendSetsExactlyTheListedSectionsOfThatServer() {
    plexTv.stubFor(
        get("/api/servers/machine_id/shared_servers")
            .willReturn(Fakes.xml(Fakes.resource("xml/shared_servers.xml"))));
    plexTv.stubFor(
        put("/api/servers/machine_id/shared_servers/11").willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        delete("/api/servers/machine_id/shared_servers/11")
            .willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/sharings/1234")).willReturn(aResponse().withStatus(204)));
    plexTv.stubFor(
        post("/api/v2/shared_servers").willReturn(Fakes.json("{\"id\":5}").withStatus(201)));
    MyPlexResource box = account.resource("Box");

    account.updateFriend(friend(1234), box, List.of("Movies", "TV Shows"), null);
    account.updateFriend(friend(1234), box, List.of(), null);
    account.updateFriend(friend(77), box, List.of(1002L), null);
    account.updateFriend(
        friend(1234), box, null, SharingSettings.builder().allowSync(false).build());

    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/servers/machine_id/shared_servers/11"))
            .withRequestBody(
                equalToJson(
                    "{\"server_id\":\"machine_id\",\"shared_server\":{\"library_section_ids\":[1001,1002]}}"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN)));
    plexTv.verify(1, deleteRequestedFor(urlEqualTo("/api/servers/machine_id/shared_servers/11")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1002],\"invitedId\":77}")));
    plexTv.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/v2/sharings/1234"))
            .withQueryParam("allowSync", equalTo("0")));
    plexTv.verify(1, putRequestedFor(urlEqualTo("/api/servers/machine_id/shared_servers/11")));
  }

  @Test
  void syncItemsAreReadWhetherWrappedOrNot() {
    plexTv.stubFor(
        get("/devices/phone-client-id/sync_items")
            .willReturn(Fakes.xml(Fakes.resource("written/sync_items.xml"))));
    plexTv.stubFor(
        get("/devices/" + Fakes.CLIENT_ID + "/sync_items")
            .willReturn(
                Fakes.xml(
                    "<SyncList><SyncItem id=\"1\" title=\"Bare\" metadataType=\"movie\"><Status state=\"pending\"/></SyncItem></SyncList>")));
    plexTv.stubFor(
        get(urlPathEqualTo("/devices.xml"))
            .willReturn(
                Fakes.xml(
                    "<MediaContainer><Device name=\"Phone\" id=\"5\" clientIdentifier=\"phone-client-id\" provides=\"sync-target\"/></MediaContainer>")));

    List<SyncItem> items = account.syncItems("phone-client-id");
    List<SyncItem> own = account.syncItems(null);
    List<SyncItem> viaDevice = account.device("Phone", null).syncItems();

    assertEquals(2, items.size());
    SyncItem dune = items.get(0);
    assertEquals(4242L, dune.getId());
    assertEquals("Dune", dune.getTitle());
    assertEquals("movie", dune.getMetadataType());
    assertEquals("machine_id", dune.getServerMachineIdentifier());
    assertEquals("complete", dune.getState());
    assertEquals(2147483648L, dune.getModel().getStatus().getTotalSize());
    assertEquals("1280x720", dune.getModel().getMediaSettings().getVideoResolution());
    assertEquals("count", items.get(1).getModel().getPolicy().getScope());
    assertEquals("library://abc/item/%2Flibrary%2Fmetadata%2F42", dune.getLocationUri());
    assertEquals(List.of("Bare"), own.stream().map(SyncItem::getTitle).toList());
    assertEquals(2, viaDevice.size());
    plexTv.verify(2, getRequestedFor(urlEqualTo("/devices/phone-client-id/sync_items")));
  }

  @Test
  void preferredConnectionsAreWhatConnectWouldTryBestFirst() {
    MyPlexResource box = account.resource("Box");

    List<String> urls = box.preferredConnections(ConnectOptions.defaults());
    List<String> httpsOnly = box.preferredConnections(ConnectOptions.builder().ssl(true).build());

    assertEquals(
        List.of(
            "https://localhost:32400", // local first, https before http
            "http://127.0.0.1:32400",
            "https://localhost:32401", // then remote
            "http://127.0.0.1:32401",
            "https://localhost:443", // relay last
            "http://127.0.0.1:443"),
        urls);
    assertEquals(
        List.of("https://localhost:32400", "https://localhost:32401", "https://localhost:443"),
        httpsOnly);
    assertEquals(0, plexTv.findAll(getRequestedFor(urlPathEqualTo("/"))).size());
  }
}
