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
import static io.github.plexapi.myplex.Fakes.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.LegacyInvitesApi;
import io.github.plexapi.generated.model.Friend;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Friends, invitations and sharing: each call on the wire and what it reads. */
class FriendsTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    account = Fakes.account(plexTv).token(TOKEN).build();
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server("Box", "machine_id", true, "server-token", List.of()))));
    plexTv.stubFor(
        get("/api/v2/servers/machine_id")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/servers/machine_id.json"))));
  }

  private MyPlexFriend friend(long id) {
    return new MyPlexFriend(new Friend().id(id).title("f" + id));
  }

  @Test
  void friendsReadSharedServersSectionsSettingsAndManagedUsers() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/friends_accepted_mixed.json"))));

    List<MyPlexFriend> friends = account.friends();

    plexTv.verify(
        getRequestedFor(
                urlEqualTo(
                    "/api/v2/friends?status=accepted&includeSharedServers=true"
                        + "&includeSharedSources=true&includeSharingSettings=true"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    MyPlexFriend guest = friends.get(0);
    assertNull(guest.getUsername());
    assertNull(guest.getEmail());
    assertTrue(guest.isHome());
    assertTrue(guest.isRestricted());
    assertEquals("Guest", guest.getTitle());
    assertTrue(guest.getSharingSettings().isAllowSync());
    assertEquals(2, guest.getSharingSettings().getAllowTuners());
    ServerShare share = guest.getSharedServers().get(0);
    assertEquals("deadb33f", share.getMachineIdentifier());
    assertTrue(share.isAllLibraries());
    assertEquals(
        List.of(
            new LibrarySection(100L, 1, "Movies", "movie"),
            new LibrarySection(103L, 2, "TV Shows", "show")),
        share.getSections());
    LibrarySection movies = share.getSections().get(0);
    assertEquals(
        List.of(100L, 1, "Movies", "movie"),
        List.of(movies.getId(), movies.getKey(), movies.getTitle(), movies.getType()));
    assertEquals("exampl@example.com", friends.get(1).getEmail());
  }

  @Test
  void anEmptyFriendsListAndThePendingDirections() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .willReturn(Fakes.json(Fakes.resource("plex-tv/api/v2/friends_empty.json"))));

    assertEquals(List.of(), account.friends());
    assertEquals(List.of(), account.pendingInvites(true));
    assertEquals(List.of(), account.pendingInvites(false));

    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/friends"))
            .withQueryParam("status", equalTo("pending_received")));
    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/friends"))
            .withQueryParam("status", equalTo("pending_sent")));
    assertThrows(IllegalArgumentException.class, () -> account.friends(null));
  }

  @Test
  void inviteSharesTheChosenSectionsWithTypedSettings() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/friends/invite"))
            .willReturn(
                Fakes.json(Fakes.padded("plex-tv/api/v2/friends/invite_create.json"))
                    .withStatus(201)));
    plexTv.stubFor(
        post("/api/v2/shared_servers")
            .willReturn(
                Fakes.json(Fakes.padded("plex-tv/api/v2/shared_server_create.json"))
                    .withStatus(201)));
    SharingSettings settings =
        SharingSettings.builder()
            .allowSync(true)
            .allowCameraUpload(false)
            .filterMovies(LibraryFilter.builder().contentRating("G", "PG").label("kids").build())
            .build();

    MyPlexFriend invited =
        account.inviteFriend(
            "friend@example.com", account.resource("Box"), List.of("tv shows", 1001L), settings);

    assertEquals("pending", invited.getStatus());
    assertEquals(FriendStatus.PENDING_SENT, invited.getFriendStatus());
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/friends/invite?identifier=friend%40example.com"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1002,1001],"
                        + "\"invitedEmail\":\"friend@example.com\",\"settings\":{\"allowSync\":true,\"allowCameraUpload\":false,"
                        + "\"filterMovies\":\"contentRating=G%2CPG|label=kids\"}}")));
  }

  @Test
  void inviteByUsernameWithoutSectionsSharesEverySectionWithTheInvitedId() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/friends/invite"))
            .willReturn(
                Fakes.json(Fakes.padded("plex-tv/api/v2/friends/invite_create.json"))
                    .withStatus(201)));
    plexTv.stubFor(
        post("/api/v2/shared_servers").willReturn(Fakes.json("{\"id\":2}").withStatus(201)));

    account.inviteFriend("username", account.resource("Box"), null, null);

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/shared_servers"))
            .withRequestBody(
                equalToJson(
                    "{\"machineIdentifier\":\"machine_id\",\"librarySectionIds\":[1001,1002],\"invitedId\":1}")));
  }

  @Test
  void anUnknownSectionTitleFailsBeforeAnyInvitation() {
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () ->
                account.inviteFriend(
                    "x@example.com", account.resource("Box"), List.of("Anime"), null));

    assertEquals("no section titled Anime on Box", e.getMessage());
    plexTv.verify(0, postRequestedFor(urlPathEqualTo("/api/v2/friends/invite")));
  }

  @Test
  void updateSendsEachSettingAndTheEncodedFilters() {
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/sharings/7")).willReturn(aResponse().withStatus(204)));

    account.updateFriend(
        friend(7),
        SharingSettings.builder()
            .allowSync(false)
            .allowChannels(true)
            .filterTelevision(LibraryFilter.builder().excludeLabel("scary").build())
            .filterMusic(LibraryFilter.NONE)
            .build());

    plexTv.verify(
        putRequestedFor(urlPathEqualTo("/api/v2/sharings/7"))
            .withQueryParam("allowSync", equalTo("0"))
            .withQueryParam("allowChannels", equalTo("1"))
            .withQueryParam("filterTelevision", equalTo("label!=scary"))
            .withQueryParam("filterMusic", equalTo(""))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    assertFalse(
        plexTv
            .findAll(putRequestedFor(urlPathEqualTo("/api/v2/sharings/7")))
            .get(0)
            .getUrl()
            .contains("allowCameraUpload"));
  }

  @Test
  void removeAcceptAndCancel() {
    plexTv.stubFor(delete("/api/v2/sharings/7").willReturn(aResponse().withStatus(204)));
    plexTv.stubFor(
        post("/api/v2/friends/1/accept")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/friends/accept.json"))));

    account.removeFriend(friend(7));
    MyPlexFriend accepted = account.acceptInvite(friend(1));
    account.cancelInvite(friend(7));

    plexTv.verify(2, deleteRequestedFor(urlEqualTo("/api/v2/sharings/7")));
    assertEquals("accepted", accepted.getStatus());
    assertEquals(FriendStatus.ACCEPTED, accepted.getFriendStatus());
    assertEquals(Instant.parse("2021-02-10T10:10:19Z"), accepted.getFriendshipCreatedAt());
    assertThrows(IllegalArgumentException.class, () -> account.removeFriend(null));
  }

  @Test
  void usersReadTheLegacyXmlIncludingManagedUsers() {
    plexTv.stubFor(get("/api/users").willReturn(Fakes.xml(Fakes.resource("xml/users.xml"))));

    List<MyPlexUser> users = account.users();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/users")).withHeader("Accept", equalTo("application/xml")));
    assertEquals(3, users.size());
    MyPlexUser fred = users.get(0);
    assertEquals(1234L, fred.getId());
    assertEquals("fred", fred.getUsername());
    assertEquals(List.of("machine_id"), fred.getServerMachineIdentifiers());
    assertEquals("kept", fred.getModel().getAdditionalProperty("futureAttribute"));
    assertEquals(
        LibraryFilter.builder().contentRating("G", "PG").label("kids").build(),
        LibraryFilter.parse(fred.getModel().getFilterMovies()));
    MyPlexUser guest = users.get(1);
    assertNull(guest.getUsername());
    assertNull(guest.getEmail());
    assertTrue(guest.isHome() && guest.isProtected() && guest.isRestricted());
    assertEquals(List.of(), guest.getServerMachineIdentifiers());
    assertEquals("Solo", account.user("solo@example.com").getTitle());
    assertEquals("Guest", account.user("5").getTitle());
    assertEquals("Friendly Fred", account.user("FRED").getTitle());
    assertThrows(NotFoundException.class, () -> account.user("nobody"));
  }

  @Test
  void serverSharesGiveSectionsAndThePerServerToken() {
    plexTv.stubFor(get("/api/users").willReturn(Fakes.xml(Fakes.resource("xml/users.xml"))));
    plexTv.stubFor(
        get("/api/servers/machine_id/shared_servers")
            .willReturn(Fakes.xml(Fakes.resource("xml/shared_servers.xml"))));

    UserServerShare share = account.serverShares("machine_id").get(0);
    String token = account.userServerToken(account.user("fred"), "machine_id");

    assertEquals("fred-server-token", token);
    assertEquals(1234L, share.getUserId());
    assertEquals(
        List.of("Movies", "TV Shows"),
        share.getSections().stream().map(LibrarySection::title).toList());
    assertFalse(share.toString().contains("fred-server-token"));
    assertThrows(
        NotFoundException.class, () -> account.userServerToken(account.user("solo"), "machine_id"));
  }

  @Test
  void sectionsOfAServer() {
    List<LibrarySection> sections = account.sections(account.resource("Box"));

    assertEquals(
        List.of(
            new LibrarySection(1001L, 1, "Movies", "movie"),
            new LibrarySection(1002L, 2, "TV Shows", "show")),
        sections);
  }

  @Test
  void aStatusValueReadsAsTheFriendStatusItNames() {
    assertEquals(FriendStatus.ACCEPTED, FriendStatus.fromValue("accepted"));
    assertEquals(FriendStatus.PENDING_RECEIVED, FriendStatus.fromValue("pending_received"));
    assertEquals(FriendStatus.PENDING_SENT, FriendStatus.fromValue("pending_sent"));
    assertEquals(FriendStatus.PENDING_SENT, FriendStatus.fromValue("pending"));
    assertNull(FriendStatus.fromValue("blocked"));
    assertNull(FriendStatus.fromValue(null));
  }

  @Test
  @SuppressWarnings(
      "deprecation") // the spec marks these retired paths deprecated; this checks them
  void theRetiredInvitePathsAreGone() {
    plexTv.stubFor(get("/api/invites/requests").willReturn(aResponse().withStatus(410)));
    plexTv.stubFor(get("/api/invites/requested").willReturn(aResponse().withStatus(410)));
    LegacyInvitesApi legacy = account.session().apis().legacyInvites();

    GoneException received =
        assertThrows(
            GoneException.class,
            () -> account.session().authorizedRun(legacy::getLegacyReceivedInvites));
    assertThrows(
        GoneException.class,
        () -> account.query("/api/invites/requested", "GET", null, String.class));

    assertEquals(410, received.getStatusCode());
  }

  @Test
  void libraryFiltersRoundTrip() {
    LibraryFilter filter =
        LibraryFilter.builder().contentRating("G", "PG-13").excludeLabel("scary").build();

    assertEquals("contentRating=G%2CPG-13|label!=scary", filter.encode());
    assertEquals(filter, LibraryFilter.parse(filter.encode()));
    assertEquals(List.of("scary"), LibraryFilter.parse(filter.encode()).excludedLabels());
    assertEquals(
        List.of("G", "PG-13"), LibraryFilter.parse("contentRating=G,PG-13").contentRatings());
    assertEquals(LibraryFilter.NONE, LibraryFilter.parse(""));
    assertThrows(IllegalArgumentException.class, () -> LibraryFilter.builder().label(" "));
    // a comma inside a value is escaped, no longer refused (see LibraryFilterTest)
    assertEquals(
        List.of("a,b"),
        LibraryFilter.parse(LibraryFilter.builder().label("a,b").build().encode()).labels());
  }
}
