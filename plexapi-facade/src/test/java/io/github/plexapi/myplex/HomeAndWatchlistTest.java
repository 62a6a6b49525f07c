package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Home users, PINs, settings and the watchlist: each call on the wire and what it reads. */
class HomeAndWatchlistTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String HOME =
      "{\"id\":1,\"name\":\"Home\",\"guestEnabled\":false,\"users\":["
          + "{\"id\":12345,\"uuid\":\"me\",\"title\":\"Me\",\"username\":\"me\",\"email\":\"me@example.com\",\"admin\":true},"
          + "{\"id\":2,\"uuid\":\"kid\",\"title\":\"Kid\",\"username\":null,\"email\":null,\"restricted\":true,"
          + "\"protected\":true,\"restrictionProfile\":\"little_kid\"}]}";

  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    plexTv.stubFor(
        get("/api/v2/user")
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/user/user_info_plexpass.json"))));
    plexTv.stubFor(get("/api/v2/home/users").willReturn(Fakes.json(HOME)));
    account = Fakes.account(plexTv).token(TOKEN).build().connect();
  }

  private MyPlexHomeUser kid() {
    return account.homeUsers().get(1);
  }

  @Test
  void homeUsersIncludingAManagedOne() {
    List<MyPlexHomeUser> users = account.homeUsers();

    assertTrue(users.get(0).isAdmin());
    MyPlexHomeUser kid = users.get(1);
    assertEquals("kid", kid.getUuid());
    assertNull(kid.getUsername());
    assertNull(kid.getEmail());
    assertTrue(kid.isRestricted() && kid.isProtected());
    assertEquals("little_kid", kid.getRestrictionProfile());
  }

  @Test
  void createInviteAndRemove() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/home/users"))
            .willReturn(
                Fakes.xml(
                    "<User id=\"9\" uuid=\"new\" title=\"Newbie\" username=\"\" email=\"\" restricted=\"1\" admin=\"0\"/>")));
    plexTv.stubFor(delete("/api/home/users/2").willReturn(aResponse().withStatus(200)));

    MyPlexHomeUser created = account.createHomeUser("Newbie");
    account.createExistingUser("friend@example.com");
    account.removeHomeUser(kid());

    assertEquals(9L, created.getId());
    assertTrue(created.isRestricted());
    assertNull(created.getUsername());
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/home/users?title=Newbie"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/home/users?invitedEmail=friend%40example.com")));
    plexTv.verify(deleteRequestedFor(urlEqualTo("/api/home/users/2")));
  }

  @Test
  void switchingReturnsAnAccountThatUsesTheUsersOwnToken() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/home/users/kid/switch"))
            .willReturn(
                Fakes.json(
                        "{\"id\":2,\"uuid\":\"kid\",\"title\":\"Kid\",\"authToken\":\"kid-token\"}")
                    .withStatus(201)));
    plexTv.stubFor(
        get("/api/v2/user")
            .withHeader("X-Plex-Token", equalTo("kid-token"))
            .willReturn(
                Fakes.json("{\"id\":2,\"uuid\":\"kid\",\"title\":\"Kid\",\"restricted\":true}")));

    MyPlexAccount kid = account.switchHomeUser(kid(), "1234");

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/home/users/kid/switch?pin=1234"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    assertEquals("kid-token", kid.getAuthenticationToken());
    assertEquals(2L, kid.getId());
    assertTrue(kid.isRestricted());
    assertEquals(TOKEN, account.getAuthenticationToken());
    assertEquals(12345L, account.getId());
  }

  @Test
  void aWrongHomePinIsATypedError() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/home/users/kid/switch"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errors\":[{\"code\":1041,\"message\":\"Invalid PIN\",\"status\":403}]}")));

    InvalidPinException e =
        assertThrows(InvalidPinException.class, () -> account.switchHomeUser(kid(), "0000"));

    assertEquals(1041, e.getErrorCode());
    assertEquals(403, e.getStatusCode());
    assertFalse(e.getMessage().contains("0000"));
  }

  @Test
  void pins() {
    plexTv.stubFor(
        put(urlPathEqualTo("/api/home/users/12345")).willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/home/users/restricted/2"))
            .willReturn(aResponse().withStatus(200)));

    account.setPin("4321", "1234");
    account.removePin("4321");
    account.setManagedUserPin(kid(), "1111");
    account.removeManagedUserPin(kid());

    plexTv.verify(putRequestedFor(urlEqualTo("/api/home/users/12345?pin=4321&currentPin=1234")));
    plexTv.verify(putRequestedFor(urlEqualTo("/api/home/users/12345?pin=&currentPin=4321")));
    plexTv.verify(postRequestedFor(urlEqualTo("/api/v2/home/users/restricted/2?pin=1111")));
    plexTv.verify(postRequestedFor(urlEqualTo("/api/v2/home/users/restricted/2?removePin=1")));
    assertThrows(IllegalArgumentException.class, () -> account.setPin("12", null));
    assertThrows(IllegalArgumentException.class, () -> account.setManagedUserPin(null, "1111"));
  }

  @Test
  void onlineMediaSourcesAreReadAndAnUnknownValueIsRefusedBeforeAnyRequest() {
    plexTv.stubFor(
        get("/api/v2/user/212acf24b07315e5/settings/opt_outs")
            .willReturn(
                Fakes.xml(
                    "<optOuts><optOut key=\"tv.plex.provider.podcasts\" value=\"opt_in\"/>"
                        + "<optOut key=\"tv.plex.provider.music\" value=\"opt_out\"/></optOuts>")));
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/user/212acf24b07315e5/settings/opt_outs"))
            .willReturn(aResponse().withStatus(200)));

    List<OnlineMediaSource> sources = account.onlineMediaSources();
    account.setOnlineMediaSource("tv.plex.provider.music", "opt_out_managed");
    int before =
        plexTv
            .findAll(
                anyRequestedFor(urlPathEqualTo("/api/v2/user/212acf24b07315e5/settings/opt_outs")))
            .size();
    assertThrows(
        IllegalArgumentException.class,
        () -> account.setOnlineMediaSource("tv.plex.provider.music", "maybe"));

    assertEquals(
        List.of(
            new OnlineMediaSource("tv.plex.provider.podcasts", "opt_in"),
            new OnlineMediaSource("tv.plex.provider.music", "opt_out")),
        sources);
    assertTrue(sources.get(0).isOptedIn());
    plexTv.verify(
        postRequestedFor(
            urlEqualTo(
                "/api/v2/user/212acf24b07315e5/settings/opt_outs?key=tv.plex.provider.music&value=opt_out_managed")));
    assertEquals(
        before,
        plexTv
            .findAll(
                anyRequestedFor(urlPathEqualTo("/api/v2/user/212acf24b07315e5/settings/opt_outs")))
            .size());
  }

  @Test
  void viewStateSync() {
    plexTv.stubFor(
        get("/api/v2/user/view_state_sync").willReturn(Fakes.json("{\"consent\":true}")));
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/user/view_state_sync"))
            .willReturn(aResponse().withStatus(204)));

    assertTrue(account.viewStateSync());
    account.setViewStateSync(false);

    plexTv.verify(putRequestedFor(urlEqualTo("/api/v2/user/view_state_sync?consent=false")));
  }

  private void watchlistPage(int start, int count, int total) {
    String items =
        IntStream.range(start, start + count)
            .mapToObj(
                i ->
                    "{\"ratingKey\":\"r"
                        + i
                        + "\",\"title\":\"Title "
                        + i
                        + "\",\"type\":\"movie\",\"year\":2000}")
            .collect(Collectors.joining(","));
    plexTv.stubFor(
        get(urlPathEqualTo("/library/sections/watchlist/all"))
            .withHeader("X-Plex-Container-Start", equalTo(String.valueOf(start)))
            .willReturn(
                Fakes.json(
                    "{\"MediaContainer\":{\"offset\":"
                        + start
                        + ",\"size\":"
                        + count
                        + ",\"totalSize\":"
                        + total
                        + ",\"Metadata\":["
                        + items
                        + "]}}")));
  }

  @Test
  void theWatchlistPagesThroughEverythingLazily() {
    watchlistPage(0, 50, 120);
    watchlistPage(50, 50, 120);
    watchlistPage(100, 20, 120);

    List<WatchlistItem> all = account.watchlist("all", "titleSort:asc", 1, null).toList();

    assertEquals(120, all.size());
    assertEquals(new WatchlistItem("r119", null, "Title 119", "movie", 2000), all.get(119));
    plexTv.verify(
        3,
        getRequestedFor(urlPathEqualTo("/library/sections/watchlist/all"))
            .withQueryParam("sort", equalTo("titleSort:asc"))
            .withQueryParam("type", equalTo("1"))
            .withHeader("X-Plex-Container-Size", equalTo("50"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    plexTv.resetRequests();
    assertEquals(10, account.watchlist("all", null, null, null).limit(10).count());
    plexTv.verify(1, getRequestedFor(urlPathEqualTo("/library/sections/watchlist/all")));
    plexTv.resetRequests();
    assertEquals(60, account.watchlist("all", null, null, 60).count());
    plexTv.verify(2, getRequestedFor(urlPathEqualTo("/library/sections/watchlist/all")));
    assertThrows(
        IllegalArgumentException.class, () -> account.watchlist("everything", null, null, null));
  }

  @Test
  void addAndRemoveFromTheWatchlist() {
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/addToWatchlist")).willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/removeFromWatchlist"))
            .willReturn(aResponse().withStatus(200)));

    account.addToWatchlist("5d776825880197001ec967c8");
    account.removeFromWatchlist("5d776825880197001ec967c8");

    plexTv.verify(
        putRequestedFor(urlEqualTo("/actions/addToWatchlist?ratingKey=5d776825880197001ec967c8")));
    plexTv.verify(
        putRequestedFor(
            urlEqualTo("/actions/removeFromWatchlist?ratingKey=5d776825880197001ec967c8")));
  }
}
