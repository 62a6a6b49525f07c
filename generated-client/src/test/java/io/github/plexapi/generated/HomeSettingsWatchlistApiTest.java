package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.HomeApi;
import io.github.plexapi.generated.api.SettingsApi;
import io.github.plexapi.generated.api.WatchlistApi;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home, settings and watchlist operations, sent through the generated client. */
class HomeSettingsWatchlistApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private HomeApi home;
  private SettingsApi settings;
  private WatchlistApi watchlist;

  @BeforeEach
  void setUp() {
    home = new HomeApi(PlexTvStub.client(plexTv));
    settings = new SettingsApi(PlexTvStub.client(plexTv));
    watchlist = new WatchlistApi(PlexTvStub.client(plexTv));
    watchlist.setCustomBaseUrl(plexTv.baseUrl());
  }

  private void json(String path, String body) {
    plexTv.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void homeUsersSwitchAndPins() throws Exception {
    json(
        "/api/v2/home/users",
        "{\"id\":1,\"name\":\"Home\",\"users\":[{\"id\":2,\"uuid\":\"u2\",\"title\":\"Kid\","
            + "\"username\":null,\"restricted\":true,\"protected\":true,\""
            + Fixtures.UNKNOWN_FIELD
            + "\":1}]}");
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/home/users/u2/switch"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":2,\"uuid\":\"u2\",\"title\":\"Kid\",\"authToken\":\"kid-token\"}")));
    plexTv.stubFor(
        put(urlPathEqualTo("/api/home/users/1")).willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/home/users/restricted/2"))
            .willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(delete("/api/home/users/2").willReturn(aResponse().withStatus(200)));

    assertEquals("Kid", home.getHome().getUsers().get(0).getTitle());
    assertEquals("kid-token", home.switchHomeUser("u2", "1234").getAuthToken());
    home.updateHomePin(1L, "4321", "1234");
    home.updateManagedUserPin(2L, null, 1);
    home.removeHomeUser(2L);

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/home/users/u2/switch?pin=1234"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    plexTv.verify(putRequestedFor(urlEqualTo("/api/home/users/1?pin=4321&currentPin=1234")));
    plexTv.verify(postRequestedFor(urlEqualTo("/api/v2/home/users/restricted/2?removePin=1")));
  }

  @Test
  void theXmlHomeCallsAskForXml() throws Exception {
    Request list = home.getLegacyHomeUsersCall(null).request();
    Request add = home.addHomeUserCall("Kid", null, null).request();
    Request legacySwitch = home.switchHomeUserLegacyCall(2L, null, null).request();
    Request optOuts = settings.getOptOutsCall("u1", null).request();

    assertEquals("application/xml", list.header("Accept"));
    assertEquals("/api/home/users", add.url().encodedPath());
    assertEquals("title=Kid", add.url().encodedQuery());
    assertEquals("/api/home/users/2/switch", legacySwitch.url().encodedPath());
    assertEquals("/api/v2/user/u1/settings/opt_outs", optOuts.url().encodedPath());
  }

  @Test
  void settingsAndViewStateSync() throws Exception {
    json("/api/v2/user/view_state_sync", "{\"consent\":true}");
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/user/view_state_sync"))
            .willReturn(aResponse().withStatus(204)));
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/user/u1/settings/opt_outs"))
            .willReturn(aResponse().withStatus(200)));

    assertEquals(Boolean.TRUE, settings.getViewStateSync().getConsent());
    settings.setViewStateSync(false);
    settings.setOptOut("u1", "tv.plex.provider.podcasts", "opt_out");

    plexTv.verify(putRequestedFor(urlEqualTo("/api/v2/user/view_state_sync?consent=false")));
    plexTv.verify(
        postRequestedFor(
            urlEqualTo(
                "/api/v2/user/u1/settings/opt_outs?key=tv.plex.provider.podcasts&value=opt_out")));
  }

  @Test
  void watchlistPagesByHeadersOnDiscover() throws Exception {
    json(
        "/library/sections/watchlist/all",
        "{\"MediaContainer\":{\"offset\":0,\"size\":1,\"totalSize\":3,"
            + "\"Metadata\":[{\"ratingKey\":\"r1\",\"title\":\"Dune\",\"type\":\"movie\",\"year\":2021}]}}");
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/addToWatchlist")).willReturn(aResponse().withStatus(200)));
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/removeFromWatchlist"))
            .willReturn(aResponse().withStatus(200)));

    assertEquals(
        "Dune",
        watchlist
            .getWatchlist("all", "titleSort:asc", 1, 0, 1)
            .getMediaContainer()
            .getMetadata()
            .get(0)
            .getTitle());
    watchlist.addToWatchlist("r1");
    watchlist.removeFromWatchlist("r1");

    plexTv.verify(
        getRequestedFor(urlEqualTo("/library/sections/watchlist/all?sort=titleSort%3Aasc&type=1"))
            .withHeader("X-Plex-Container-Start", equalTo("0"))
            .withHeader("X-Plex-Container-Size", equalTo("1")));
    plexTv.verify(putRequestedFor(urlEqualTo("/actions/addToWatchlist?ratingKey=r1")));
    assertEquals(
        "https://discover.provider.plex.tv/actions/addToWatchlist?ratingKey=r1",
        new WatchlistApi(new ApiClient())
            .addToWatchlistCall("r1", null)
            .request()
            .url()
            .toString());
  }
}
