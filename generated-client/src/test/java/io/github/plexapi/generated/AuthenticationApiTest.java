package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static io.github.plexapi.generated.PlexTvStub.CLIENT_ID;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Authentication operations of the spec, sent through the generated client. */
class AuthenticationApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private AuthenticationApi api;

  @BeforeEach
  void setUp() {
    api = new AuthenticationApi(PlexTvStub.client(plexTv));
  }

  @Test
  void signInPostsTheFormWithoutATokenAndReadsTheUser() throws Exception {
    plexTv.stubFor(
        post("/api/v2/users/signin")
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/user/user_info_free.json"))));

    User user = api.signIn("user@example.com", "s3cret&=", true, "123456");

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/users/signin"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("X-Plex-Client-Identifier", equalTo(CLIENT_ID))
            .withHeader("X-Plex-Token", absent())
            .withFormParam("login", equalTo("user@example.com"))
            .withFormParam("password", equalTo("s3cret&="))
            .withFormParam("rememberMe", equalTo("true"))
            .withFormParam("verificationCode", equalTo("123456")));
    assertEquals(12345L, user.getId());
    assertEquals("auth_token", user.getAuthToken());
    assertNull(user.getLocale());
    assertFalse(user.getSubscription().getActive());
    assertTrue(user.getSubscription().getFeatures().contains("adaptive_bitrate"));
    assertNotNull(user.getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void signOutSendsDeleteWithTheToken() throws Exception {
    plexTv.stubFor(delete("/api/v2/users/signout").willReturn(aResponse().withStatus(204)));

    api.signOut();

    plexTv.verify(
        deleteRequestedFor(urlEqualTo("/api/v2/users/signout"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void thePinCallsGoToPlexTvFirstAndToClientsPlexTvAsTheirSecondServer() throws Exception {
    AuthenticationApi onPlexTv = new AuthenticationApi(new ApiClient());
    AuthenticationApi onClients = new AuthenticationApi(new ApiClient());
    onClients.setHostIndex(1);

    assertEquals(
        "https://plex.tv/api/v2/pins",
        onPlexTv.createPinCall(null, null, null).request().url().toString());
    assertEquals(
        "https://clients.plex.tv/api/v2/pins/7",
        onClients.getPinCall(7L, null, null).request().url().toString());
  }

  @Test
  void createPinAsksForAStrongPinAndReadsTheUnlinkedPin() throws Exception {
    api.setCustomBaseUrl(plexTv.baseUrl());
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/pins"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(Fixtures.padded("api/v2/pins_new.json"))));

    Pin pin = api.createPin(true, null);

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/pins?strong=true"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("X-Plex-Client-Identifier", equalTo(CLIENT_ID)));
    assertEquals(111222333L, pin.getId());
    assertEquals("CODE", pin.getCode());
    assertNull(pin.getAuthToken());
    assertNull(pin.getNewRegistration());
    assertEquals(900, pin.getExpiresIn());
    assertEquals("London", pin.getLocation().getCity());
    assertEquals(Boolean.TRUE, pin.getLocation().getInPrivacyRestrictedCountry());
    assertNotNull(pin.getLocation().getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void getPinReadsTheTokenOfALinkedPin() throws Exception {
    api.setCustomBaseUrl(plexTv.baseUrl());
    plexTv.stubFor(
        get("/api/v2/pins/111222333")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/pins_linked.json"))));

    Pin pin = api.getPin(111222333L, null);

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/pins/111222333"))
            .withHeader("Accept", equalTo("application/json")));
    assertEquals("auth_token", pin.getAuthToken());
    assertEquals("2022-02-01T00:15:00Z", pin.getExpiresAt());
    assertEquals(Boolean.FALSE, pin.getNewRegistration());
  }

  @Test
  void linkPinPutsTheCodeAsAForm() throws Exception {
    plexTv.stubFor(put("/api/v2/pins/link").willReturn(aResponse().withStatus(204)));

    api.linkPin("AB12");

    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/v2/pins/link"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo("code=AB12")));
  }
}
