package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * python-plexapi's Discover, user-state, video-on-demand, features, providers and Sonos calls: the
 * request each sends (host mapped to the fake) and what it reads from the answers written after the
 * reference ({@code test-fixtures/written/}).
 */
class DiscoverAndSonosTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();
  @RegisterExtension static WireMockExtension sonos = Fakes.plexTv();

  private static final String DUNE = "5d776825880197001ec967c6";

  private MyPlexAccount account() {
    return Fakes.account(plexTv).token(Fakes.TOKEN).build();
  }

  private static void xml(WireMockExtension server, String path, String body) {
    server.stubFor(get(urlPathEqualTo(path)).willReturn(Fakes.xml(body)));
  }

  @Test
  void searchDiscoverReadsTheCatalogueGroupAndSendsPythonPlexapisParameters() {
    plexTv.stubFor(
        get(urlPathEqualTo("/library/search"))
            .willReturn(Fakes.json(Fakes.padded("written/discover_search.json"))));
    try (MyPlexAccount account = account()) {
      List<DiscoverItem> found = account.searchDiscover("dune", null, null, null);
      account.searchDiscover("dune", 5, "movie", "discover,plexAVOD");

      assertEquals(
          List.of("Dune", "Dune: Prophecy"), found.stream().map(DiscoverItem::getTitle).toList());
      assertEquals("plex://movie/" + DUNE, found.get(0).getGuid());
      assertEquals(2021, found.get(0).getYear());
      assertEquals("show", found.get(1).getType());
      assertThrows(
          IllegalArgumentException.class,
          () -> account.searchDiscover("dune", null, "artist", null));
      assertThrows(
          IllegalArgumentException.class, () -> account.searchDiscover(" ", null, null, null));
    }
    plexTv.verify(
        getRequestedFor(
                urlEqualTo(
                    "/library/search?query=dune&limit=30&searchTypes=movies%2Ctv"
                        + "&searchProviders=discover&includeMetadata=1&filterPeople=1"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN))
            .withHeader("Accept", equalTo("application/json")));
    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/library/search"))
            .withQueryParam("limit", equalTo("5"))
            .withQueryParam("searchTypes", equalTo("movies"))
            .withQueryParam("searchProviders", equalTo("discover,plexAVOD")));
  }

  @Test
  void userStateIsReadByTheGuidsLastSegmentForSearchAndWatchlistItems() {
    xml(
        plexTv,
        "/library/metadata/" + DUNE + "/userState",
        Fakes.resource("written/user_state.xml"));
    xml(
        plexTv,
        "/library/metadata/5d9c086c46115600200aa2fe/userState",
        Fakes.resource("written/user_state_unplayed.xml"));
    WatchlistItem dune = new WatchlistItem("r1", "plex://movie/" + DUNE, "Dune", "movie", 2021);
    WatchlistItem show =
        new WatchlistItem(
            "r2", "plex://show/5d9c086c46115600200aa2fe", "Dune: Prophecy", "show", 2024);
    try (MyPlexAccount account = account()) {
      DiscoverUserState state = account.userState(dune);

      assertEquals(2, state.getViewCount());
      assertEquals("complete", state.getViewState());
      assertEquals(1690000000L, state.getWatchlistedAt().getEpochSecond());
      assertTrue(account.isPlayed(dune));
      assertTrue(account.onWatchlist(dune));
      assertFalse(account.isPlayed(show));
      assertFalse(account.onWatchlist(show));
      assertEquals("Dune", dune.getTitle());
      assertThrows(
          IllegalArgumentException.class,
          () -> account.userState(new WatchlistItem("r", null, "x", "movie", null)));
    }
    plexTv.verify(
        getRequestedFor(urlEqualTo("/library/metadata/" + DUNE + "/userState"))
            .withHeader("Accept", equalTo("application/xml"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN)));
  }

  @Test
  void markPlayedAndUnplayedScrobbleOnTheMetadataProvider() {
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/scrobble")).willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/unscrobble")).willReturn(aResponse().withStatus(200)));
    WatchlistItem dune = new WatchlistItem("r1", "plex://movie/" + DUNE, "Dune", "movie", 2021);
    try (MyPlexAccount account = account()) {
      account.markPlayed(dune);
      account.markUnplayed(dune);
    }
    plexTv.verify(
        putRequestedFor(
                urlEqualTo(
                    "/actions/scrobble?key=" + DUNE + "&identifier=com.plexapp.plugins.library"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN)));
    plexTv.verify(
        putRequestedFor(
            urlEqualTo(
                "/actions/unscrobble?key=" + DUNE + "&identifier=com.plexapp.plugins.library")));
  }

  @Test
  void videoOnDemandFeaturesAndProviders() {
    xml(plexTv, "/hubs", Fakes.resource("written/vod_hubs.xml"));
    plexTv.stubFor(
        get("/api/v2/features")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/features.json"))));
    plexTv.stubFor(
        get("/media/providers")
            .willReturn(Fakes.json(Fakes.padded("written/media_providers.json"))));
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                Fakes.json("{\"errors\":[{\"code\":1,\"message\":\"bad provider-token-2\"}]}")
                    .withStatus(500)));
    try (MyPlexAccount account = account()) {
      List<DiscoverHub> hubs = account.videoOnDemand();
      List<String> features = account.features();
      List<MediaProvider> providers = account.mediaProviders();

      assertEquals(
          List.of("Most Popular Movies", "New Shows"),
          hubs.stream().map(DiscoverHub::getTitle).toList());
      assertTrue(hubs.get(0).isMore());
      assertEquals(2, hubs.get(0).getSize());
      assertEquals(193, features.size());
      assertTrue(features.contains("adaptive_bitrate"));
      assertEquals("https://vod.provider.plex.tv", providers.get(1).getBaseUrl());
      assertEquals("provider-token-2", providers.get(1).getToken());
      assertFalse(providers.get(1).toString().contains("provider-token-2"));
      PlexApiException e = assertThrows(PlexApiException.class, account::connect);
      assertFalse(e.getMessage().contains("provider-token-2"), e.getMessage());
    }
    plexTv.verify(
        getRequestedFor(urlEqualTo("/hubs")).withHeader("Accept", equalTo("application/xml")));
  }

  @Test
  void sonosSpeakersAreListedAndReachedThroughSonosPlexTvWithTheAccountToken() {
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                Fakes.json(
                    "{\"id\":1,\"uuid\":\"u\",\"title\":\"Owner\",\"subscription\":{\"active\":true,"
                        + "\"features\":[\"webhooks\",\"companions_sonos\"]}}")));
    xml(sonos, "/resources", Fakes.resource("written/sonos_resources.xml"));
    sonos.stubFor(get("/player/playback/play").willReturn(aResponse().withStatus(200)));
    try (MyPlexAccount account =
        Fakes.account(plexTv)
            .token(Fakes.TOKEN)
            .hostUrl("sonos.plex.tv", sonos.baseUrl())
            .build()) {
      List<PlexClient> speakers = account.sonosSpeakers();
      PlexClient kitchen = account.sonosSpeaker("Kitchen");
      PlexClient living = account.sonosSpeakerById("RINCON_B");
      kitchen.query("/player/playback/play", "GET", null, Void.class);

      assertEquals(2, speakers.size());
      assertEquals("RINCON_A", kitchen.getMachineIdentifier());
      assertEquals("Living Room", living.getTitle());
      assertEquals("https://sonos.plex.tv", kitchen.getBaseUrl());
      assertThrows(NotFoundException.class, () -> account.sonosSpeaker("Bathroom"));
      assertThrows(NotFoundException.class, () -> account.sonosSpeakerById("NOPE"));
    }
    sonos.verify(
        getRequestedFor(urlEqualTo("/resources"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN))
            .withHeader("Accept", equalTo("application/xml")));
    sonos.verify(
        getRequestedFor(urlEqualTo("/player/playback/play"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN))
            .withHeader("X-Plex-Target-Client-Identifier", equalTo("RINCON_A")));
    assertEquals(0, plexTv.findAll(getRequestedFor(urlEqualTo("/resources"))).size());
  }

  @Test
  void withoutTheSonosFeatureThereAreNoSpeakersAndNoRequest() {
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                Fakes.json(
                    "{\"id\":1,\"uuid\":\"u\",\"title\":\"Owner\",\"subscription\":{\"active\":false}}")));
    try (MyPlexAccount account = account().connect()) {
      assertEquals(List.of(), account.sonosSpeakers());
      assertThrows(NotFoundException.class, () -> account.sonosSpeaker("Kitchen"));
    }
    assertEquals(0, plexTv.findAll(getRequestedFor(urlEqualTo("/resources"))).size());
  }

  @Test
  void hostUrlTakesOnlyPlexTvNames() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MyPlexAccount.builder().hostUrl("example.org", "http://127.0.0.1:1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> MyPlexAccount.builder().hostUrl("sonos.plex.tv", "not a url"));
    assertNull(new WatchlistItem("r", "g", "t", "movie", null).getThumb());
  }
}
