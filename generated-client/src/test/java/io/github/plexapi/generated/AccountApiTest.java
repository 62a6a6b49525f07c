package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.generated.PlexTvStub.CLIENT_ID;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonParser;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.model.GeoLocation;
import io.github.plexapi.generated.model.Privacy;
import io.github.plexapi.generated.model.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Account operations of the spec, sent through the generated client. */
class AccountApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private AccountApi api;

  @BeforeEach
  void setUp() {
    api = new AccountApi(PlexTvStub.client(plexTv));
  }

  private void stubJson(String path, String body) {
    plexTv.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void getUserSendsTheTokenHeaderAndReadsAPlexPassAccount() throws Exception {
    stubJson("/api/v2/user", Fixtures.padded("api/v2/user/user_info_plexpass.json"));

    User user = api.getUser();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("X-Plex-Client-Identifier", equalTo(CLIENT_ID))
            .withHeader("Accept", equalTo("application/json")));
    assertEquals("212acf24b07315e5", user.getUuid());
    assertEquals("10", user.getScrobbleTypes());
    assertEquals(1339124759L, user.getJoinedAt());
    assertEquals(Boolean.TRUE, user.getHome());
    assertEquals(3, user.getHomeSize());
    assertEquals("Active", user.getSubscription().getStatus());
    assertEquals("2021-10-01T01:02:03Z", user.getSubscription().getSubscribedAt());
    assertTrue(user.getSubscription().getFeatures().contains("webhooks"));
    assertEquals(List.of("plexpass"), user.getRoles());
    assertTrue(user.getEntitlements().contains("all"));
    assertEquals("lifetime", user.getSubscriptions().get(0).getMode());
    assertNull(user.getSubscriptions().get(0).getId());
    assertEquals("en", user.getProfile().getDefaultAudioLanguage());
    assertEquals(1, user.getProfile().getWatchedIndicator());
    assertNull(user.getProfile().getAdditionalProperty("watchedIndicator"));
    assertNotNull(user.getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void getUserReadsAFreeAccountWithNullsAndEmptyLists() throws Exception {
    stubJson("/api/v2/user", Fixtures.padded("api/v2/user/user_info_free.json"));

    User user = api.getUser();

    assertNull(user.getLocale());
    assertNull(user.getSubscription().getSubscribedAt());
    assertNull(user.getSubscription().getPlan());
    assertEquals("", user.getScrobbleTypes());
    assertTrue(user.getEntitlements().isEmpty());
    assertNull(user.getRoles());
    assertNull(user.getAdsConsent());
  }

  @Test
  void getUserReadsAnAnswerWithoutSubscriptionOrProfile() throws Exception {
    stubJson("/api/v2/user", "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\",\"subscription\":null}");

    User user = api.getUser();

    assertEquals(1L, user.getId());
    assertNull(user.getSubscription());
    assertNull(user.getProfile());
  }

  @Test
  void pingReadsPong() throws Exception {
    stubJson("/api/v2/ping", "{\"pong\":true," + "\"" + Fixtures.UNKNOWN_FIELD + "\":1}");

    assertEquals(Boolean.TRUE, api.ping().getPong());

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/ping")).withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void getPrivacyReadsTheSettingsAndMetrics() throws Exception {
    stubJson("/api/v2/user/privacy", Fixtures.padded("api/v2/user/privacy.json"));

    Privacy privacy = api.getPrivacy();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user/privacy"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    assertEquals(Boolean.TRUE, privacy.getOptOutPlayback());
    assertEquals("https://analytics.plex.tv", privacy.getBaseUrl());
    assertEquals(118, privacy.getMetrics().size());
    assertEquals("cameraupload:batch", privacy.getMetrics().get(0).getEvent());
  }

  @Test
  void updatePrivacyPutsTheForm() throws Exception {
    plexTv.stubFor(put("/api/v2/user/privacy").willReturn(aResponse().withStatus(204)));

    api.updatePrivacy(0, 1);

    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/v2/user/privacy"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withFormParam("optOutPlayback", equalTo("0"))
            .withFormParam("optOutLibraryStats", equalTo("1")));
  }

  @Test
  void getGeoIpSendsTheAddressAsQueryAndReadsTheLocation() throws Exception {
    var location = JsonParser.parseString(Fixtures.padded("api/v2/pins_new.json"));
    stubJson("/api/v2/geoip", location.getAsJsonObject().get("location").toString());

    GeoLocation geo = api.getGeoIp("2.2.2.2");

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/geoip?ip_address=2.2.2.2"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    assertEquals("GB", geo.getCode());
    assertEquals("Europe/London", geo.getTimeZone());
    assertFalse(geo.getEuropeanUnionMember());
    assertEquals("51.000, -1", geo.getCoordinates());
    assertNotNull(geo.getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void getPublicIpReadsPlainText() throws Exception {
    plexTv.stubFor(
        get("/:/ip")
            .willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("2.2.2.2")));

    assertEquals("2.2.2.2", api.getPublicIp());

    plexTv.verify(
        getRequestedFor(urlEqualTo("/:/ip"))
            .withHeader("X-Plex-Client-Identifier", equalTo(CLIENT_ID)));
  }
}
