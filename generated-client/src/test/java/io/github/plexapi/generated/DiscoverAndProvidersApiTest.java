package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.DevicesApi;
import io.github.plexapi.generated.api.DiscoverApi;
import io.github.plexapi.generated.api.SharingApi;
import io.github.plexapi.generated.model.DiscoverItemMetadata;
import io.github.plexapi.generated.model.DiscoverSearchPage;
import io.github.plexapi.generated.model.DiscoverSearchResults;
import io.github.plexapi.generated.model.Feature;
import io.github.plexapi.generated.model.LegacyShareUpdate;
import io.github.plexapi.generated.model.LegacyShareUpdateSharedServer;
import io.github.plexapi.generated.model.MediaProvider;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Discover, metadata, video-on-demand, sync, features and providers operations, and the legacy
 * share update: each host named by its operation's {@code servers}, each answer read from a fixture
 * written after the reference (see {@code test-fixtures/written/README.md}).
 */
class DiscoverAndProvidersApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private DiscoverApi discover;
  private AccountApi account;

  @BeforeEach
  void setUp() {
    discover = new DiscoverApi(PlexTvStub.client(plexTv));
    account = new AccountApi(PlexTvStub.client(plexTv));
  }

  @Test
  void searchDiscoverGoesToDiscoverAndReadsTheGroupedResults() throws Exception {
    Request request =
        discover.searchDiscoverCall("dune", 30, "movies,tv", "discover", 1, 1, null).request();
    assertEquals("discover.provider.plex.tv", request.url().host());
    assertEquals("/library/search", request.url().encodedPath());
    assertEquals("dune", request.url().queryParameter("query"));
    assertEquals("movies,tv", request.url().queryParameter("searchTypes"));
    assertEquals("application/json", request.header("Accept"));
    plexTv.stubFor(
        get(urlPathEqualTo("/library/search"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.writtenPadded("discover_search.json"))));
    discover.setCustomBaseUrl(plexTv.baseUrl());

    DiscoverSearchPage page = discover.searchDiscover("dune", 30, null, "discover", 1, 1);

    DiscoverSearchResults external = page.getMediaContainer().getSearchResults().get(1);
    assertEquals("external", external.getId());
    DiscoverItemMetadata dune = external.getSearchResult().get(0).getMetadata();
    assertEquals("plex://movie/5d776825880197001ec967c6", dune.getGuid());
    assertEquals(2021, dune.getYear());
    assertEquals(9360000L, dune.getDuration());
    assertNotNull(dune.getAdditionalProperty("imdbRatingCount"));
    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/library/search"))
            .withQueryParam("includeMetadata", equalTo("1"))
            .withQueryParam("filterPeople", equalTo("1"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void userStateAndScrobblesGoToTheMetadataProvider() throws Exception {
    Request state = discover.getUserStateCall("5d776825880197001ec967c6", null).request();
    assertEquals("metadata.provider.plex.tv", state.url().host());
    assertEquals("/library/metadata/5d776825880197001ec967c6/userState", state.url().encodedPath());
    assertEquals("application/xml", state.header("Accept"));

    Request played = discover.markPlayedCall("abc", "com.plexapp.plugins.library", null).request();
    assertEquals("PUT", played.method());
    assertEquals("metadata.provider.plex.tv", played.url().host());
    assertEquals("/actions/scrobble", played.url().encodedPath());
    assertEquals("abc", played.url().queryParameter("key"));
    assertEquals("com.plexapp.plugins.library", played.url().queryParameter("identifier"));

    plexTv.stubFor(
        put(urlPathEqualTo("/actions/unscrobble")).willReturn(aResponse().withStatus(200)));
    discover.setCustomBaseUrl(plexTv.baseUrl());
    discover.markUnplayed("abc", "com.plexapp.plugins.library");
    discover.setCustomBaseUrl(plexTv.baseUrl());
    plexTv.stubFor(
        put(urlPathEqualTo("/actions/scrobble")).willReturn(aResponse().withStatus(204)));
    discover.markPlayed("abc", "com.plexapp.plugins.library");
    plexTv.verify(
        putRequestedFor(
                urlEqualTo("/actions/unscrobble?key=abc&identifier=com.plexapp.plugins.library"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    plexTv.verify(
        putRequestedFor(
            urlEqualTo("/actions/scrobble?key=abc&identifier=com.plexapp.plugins.library")));
  }

  @Test
  void videoOnDemandHubsGoToTheVodProviderAsXml() throws Exception {
    Request request = discover.getVideoOnDemandHubsCall(null).request();

    assertEquals("vod.provider.plex.tv", request.url().host());
    assertEquals("/hubs", request.url().encodedPath());
    assertEquals("application/xml", request.header("Accept"));
    assertEquals(TOKEN, request.header("X-Plex-Token"));
  }

  @Test
  void syncItemsOfADeviceAreAskedForAsXml() throws Exception {
    Request request =
        new DevicesApi(PlexTvStub.client(plexTv)).getSyncItemsCall("phone-1", null).request();

    assertEquals("/devices/phone-1/sync_items", request.url().encodedPath());
    assertEquals("application/xml", request.header("Accept"));
    assertEquals(TOKEN, request.header("X-Plex-Token"));
  }

  @Test
  void featuresReadTheRealAnswer() throws Exception {
    plexTv.stubFor(
        get("/api/v2/features")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/features.json"))));

    List<Feature> features = account.getFeatures();

    assertEquals(193, features.size());
    assertEquals("guided-upgrade", features.get(0).getId());
  }

  @Test
  void mediaProvidersReadTheListWithTheirTokens() throws Exception {
    plexTv.stubFor(
        get("/media/providers")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.writtenPadded("media_providers.json"))));

    List<MediaProvider> providers = account.getMediaProviders();

    assertEquals("tv.plex.provider.vod", providers.get(1).getIdentifier());
    assertEquals("https://vod.provider.plex.tv", providers.get(1).getBaseURL());
    assertEquals("provider-token-2", providers.get(1).getToken());
    assertNull(providers.get(0).getIcon());
  }

  @Test
  void updateSharedServerPutsTheSectionIds() throws Exception {
    plexTv.stubFor(
        put("/api/servers/machine_id/shared_servers/77").willReturn(aResponse().withStatus(200)));

    new SharingApi(PlexTvStub.client(plexTv))
        .updateSharedServer(
            "machine_id",
            77L,
            new LegacyShareUpdate()
                .serverId("machine_id")
                .sharedServer(
                    new LegacyShareUpdateSharedServer().librarySectionIds(List.of(1001L, 1002L))));

    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/servers/machine_id/shared_servers/77"))
            .withRequestBody(
                equalToJson(
                    "{\"server_id\":\"machine_id\",\"shared_server\":{\"library_section_ids\":[1001,1002]}}")));
  }
}
