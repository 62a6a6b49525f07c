package io.github.plexapi.generated;

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
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.FriendsApi;
import io.github.plexapi.generated.api.LegacyInvitesApi;
import io.github.plexapi.generated.api.SharingApi;
import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.ServerSections;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.generated.model.SharedServer;
import io.github.plexapi.generated.model.SharingSettings;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The friends and sharing operations, sent through the generated client. */
class FriendsAndSharingApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private FriendsApi friends;
  private SharingApi sharing;

  @BeforeEach
  void setUp() {
    friends = new FriendsApi(PlexTvStub.client(plexTv));
    sharing = new SharingApi(PlexTvStub.client(plexTv));
  }

  private void answer(String path, String fixture) {
    plexTv.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded(fixture))));
  }

  @Test
  void getFriendsReadsSharedServersSettingsAndManagedUsers() throws Exception {
    answer("/api/v2/friends", "api/v2/friends_accepted_mixed.json");

    List<Friend> list = friends.getFriends("accepted", true, true, true);

    plexTv.verify(
        getRequestedFor(
                urlEqualTo(
                    "/api/v2/friends?status=accepted&includeSharedServers=true"
                        + "&includeSharedSources=true&includeSharingSettings=true"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    Friend guest = list.get(0);
    assertNull(guest.getUsername());
    assertNull(guest.getEmail());
    assertEquals(Boolean.TRUE, guest.getHome());
    assertEquals(2, guest.getSharingSettings().getAllowTuners());
    assertEquals("Movies", guest.getSharedServers().get(0).getLibraries().get(0).getTitle());
    assertEquals(100L, guest.getSharedServers().get(0).getLibraries().get(0).getId());
    assertNotNull(guest.getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void anEmptyFriendsListIsEmpty() throws Exception {
    answer("/api/v2/friends", "api/v2/friends_empty.json");

    assertEquals(List.of(), friends.getFriends(null, null, null, null));
  }

  @Test
  void inviteAndAccept() throws Exception {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/friends/invite"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/friends/invite_create.json"))));
    plexTv.stubFor(
        post("/api/v2/friends/1/accept")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/friends/accept.json"))));

    assertEquals("pending", friends.inviteFriend("friend@example.com").getStatus());
    assertEquals("accepted", friends.acceptFriend(1L).getStatus());

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/friends/invite?identifier=friend%40example.com")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/friends/1/accept"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void updateRemoveShareAndSections() throws Exception {
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/sharings/7")).willReturn(aResponse().withStatus(204)));
    plexTv.stubFor(delete("/api/v2/sharings/7").willReturn(aResponse().withStatus(204)));
    plexTv.stubFor(
        post("/api/v2/shared_servers")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/shared_server_create.json"))));
    answer("/api/v2/servers/machine_id", "api/v2/servers/machine_id.json");

    sharing.updateSharing(7L, 1, 0, null, "contentRating=G%2CPG", null, null);
    sharing.removeSharing(7L);
    SharedServer shared =
        sharing.shareServer(
            new ShareServerRequest()
                .machineIdentifier("machine_id")
                .librarySectionIds(List.of(1001L, 1002L))
                .invitedEmail("friend@example.com")
                .settings(new SharingSettings().allowSync(true)));
    ServerSections server = sharing.getServerSections("machine_id");

    plexTv.verify(
        putRequestedFor(
            urlEqualTo(
                "/api/v2/sharings/7?allowSync=1&allowCameraUpload=0"
                    + "&filterMovies=contentRating%3DG%252CPG")));
    plexTv.verify(deleteRequestedFor(urlEqualTo("/api/v2/sharings/7")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1001,1002],\"invitedEmail\":\"friend@example.com\","
                        + "\"settings\":{\"allowSync\":true}}")));
    assertEquals(2, shared.getLibraries().size());
    assertEquals("username", shared.getInvited().getUsername());
    assertEquals(1002L, server.getLibrarySections().get(1).getId());
    assertEquals(12312423L, server.getCreatedAt());
  }

  @Test
  void theXmlCallsAskForXml() throws Exception {
    Request users = friends.getUsersCall(null).request();
    Request legacyServer = sharing.getLegacyServerSectionsCall("m1", null).request();
    Request shares = sharing.getSharedServersCall("m1", null).request();
    Request stop = sharing.deleteSharedServerCall("m1", 5L, null).request();

    assertEquals("/api/users", users.url().encodedPath());
    assertEquals("application/xml", users.header("Accept"));
    assertEquals("/api/servers/m1", legacyServer.url().encodedPath());
    assertEquals("/api/servers/m1/shared_servers", shares.url().encodedPath());
    assertEquals("DELETE", stop.method());
    assertEquals("/api/servers/m1/shared_servers/5", stop.url().encodedPath());
  }

  @Test
  @SuppressWarnings(
      "deprecation") // the spec marks these retired paths deprecated; this checks them
  void theRetiredInvitePathsAnswer410() {
    LegacyInvitesApi legacy = new LegacyInvitesApi(PlexTvStub.client(plexTv));
    plexTv.stubFor(get("/api/invites/requested").willReturn(aResponse().withStatus(410)));
    plexTv.stubFor(get("/api/invites/requests").willReturn(aResponse().withStatus(410)));
    plexTv.stubFor(delete("/api/friends/3").willReturn(aResponse().withStatus(410)));

    assertEquals(410, assertThrows(ApiException.class, legacy::getLegacySentInvites).getCode());
    assertEquals(410, assertThrows(ApiException.class, legacy::getLegacyReceivedInvites).getCode());
    assertEquals(
        410, assertThrows(ApiException.class, () -> legacy.removeLegacyFriend(3L)).getCode());
  }
}
