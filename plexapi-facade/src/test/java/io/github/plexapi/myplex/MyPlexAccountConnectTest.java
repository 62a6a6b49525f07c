package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.myplex.Fakes.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Building and connecting an account, and reading its data from JSON and XML answers. */
class MyPlexAccountConnectTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private MyPlexAccount connectedWith(String path, String contentType) {
    String body = path.endsWith(".json") ? Fakes.padded(path) : Fakes.resource(path);
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    return Fakes.account(plexTv).token(TOKEN).build().connect();
  }

  @Test
  void tokenSignInLoadsThePlexPassAccount() {
    MyPlexAccount account =
        connectedWith("plex-tv/api/v2/user/user_info_plexpass.json", "application/json");

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("X-Plex-Client-Identifier", equalTo(Fakes.CLIENT_ID)));
    assertTrue(account.isConnected());
    assertEquals(12345L, account.getId());
    assertEquals("212acf24b07315e5", account.getUuid());
    assertEquals("user@example.com", account.getUsername());
    assertEquals("user@example.com", account.getTitle());
    assertEquals("user@example.com", account.getEmail());
    assertEquals("https://plex.tv/users/212acf24b07315e5/avatar?c=1630875354", account.getThumb());
    assertNull(account.getLocale());
    assertEquals("GB", account.getCountry());
    assertEquals(TOKEN, account.getAuthenticationToken());
    assertEquals("unsubscribed", account.getMailingListStatus());
    assertFalse(account.isMailingListActive());
    assertTrue(account.isHome());
    assertFalse(account.isGuest());
    assertFalse(account.isRestricted());
    assertTrue(account.isProtected());
    assertTrue(account.isHomeAdmin());
    assertTrue(account.isTwoFactorEnabled());
    assertEquals(3, account.getHomeSize());
    assertEquals(15, account.getMaxHomeSize());
    assertEquals(Instant.ofEpochSecond(1339124759L), account.getJoinedAt());
    assertEquals(Instant.ofEpochSecond(1641937035L), account.getRememberExpiresAt());
    assertEquals(List.of(10), account.getScrobbleTypes());
    assertTrue(account.isSubscriptionActive());
    assertEquals("Active", account.getSubscriptionStatus());
    assertEquals("lifetime", account.getSubscriptionPlan());
    assertEquals(Instant.parse("2021-10-01T01:02:03Z"), account.getSubscribedAt());
    assertTrue(account.getSubscriptionFeatures().contains("webhooks"));
    assertEquals(8, account.getEntitlements().size());
    assertEquals(List.of("plexpass"), account.getRoles());
    assertNull(account.getQueueEmail());
    assertNull(account.getCertificateVersion());
    assertEquals("surprise", account.getModel().getAdditionalProperty(Fakes.UNKNOWN_FIELD));
  }

  @Test
  void aFreeAccountHasNoSubscriptionData() {
    MyPlexAccount account =
        connectedWith("plex-tv/api/v2/user/user_info_free.json", "application/json");

    assertFalse(account.isSubscriptionActive());
    assertEquals("Inactive", account.getSubscriptionStatus());
    assertNull(account.getSubscriptionPlan());
    assertNull(account.getSubscribedAt());
    assertEquals(List.of(), account.getRoles());
    assertEquals(List.of(), account.getEntitlements());
    assertEquals(List.of(), account.getScrobbleTypes());
    assertFalse(account.isHome());
  }

  @Test
  void theXmlAnswerReadsTheSameWay() {
    MyPlexAccount account = connectedWith("xml/user.xml", "application/xml");

    assertEquals(12345L, account.getId());
    assertTrue(account.isSubscriptionActive());
    assertEquals(Instant.parse("2023-03-24T00:00:00Z"), account.getSubscribedAt());
    assertEquals(List.of("webhooks", "camera_upload", "home"), account.getSubscriptionFeatures());
    assertEquals(List.of("ios", "all"), account.getEntitlements());
    assertEquals(List.of("plexpass"), account.getRoles());
    assertTrue(account.isHome());
    assertFalse(account.isGuest());
    assertEquals(List.of(), account.getScrobbleTypes());
  }

  @Test
  void anAnswerWithoutSubscriptionOrProfileDoesNotCrash() {
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":9,\"uuid\":\"u9\",\"title\":\"t\"}")));

    MyPlexAccount account = Fakes.account(plexTv).token(TOKEN).build().connect();

    assertEquals(9L, account.getId());
    assertFalse(account.isSubscriptionActive());
    assertNull(account.getSubscriptionStatus());
    assertNull(account.getSubscriptionPlan());
    assertEquals(List.of(), account.getSubscriptionFeatures());
    assertNull(account.getJoinedAt());
    assertNull(account.getHomeSize());
    assertFalse(account.isHome());
    assertNull(account.getModel().getProfile());
  }

  @Test
  void passwordSignInPostsTheFormAndUsesTheTokenItReturns() {
    plexTv.stubFor(
        post("/api/v2/users/signin")
            .willReturn(
                Fakes.json(Fakes.padded("plex-tv/api/v2/user/user_info_free.json"))
                    .withStatus(201)));
    plexTv.stubFor(get(urlPathEqualTo("/api/v2/resources")).willReturn(Fakes.json("[]")));

    MyPlexAccount account =
        Fakes.account(plexTv)
            .username("user@example.com")
            .password("pw")
            .code("123456")
            .build()
            .connect();
    account.resources();

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/users/signin"))
            .withFormParam("login", equalTo("user@example.com"))
            .withFormParam("password", equalTo("pw"))
            .withFormParam("rememberMe", equalTo("true"))
            .withFormParam("verificationCode", equalTo("123456")));
    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/resources"))
            .withHeader("X-Plex-Token", equalTo("auth_token")));
    assertEquals("auth_token", account.getAuthenticationToken());
    assertEquals(12345L, account.getId());
  }

  @Test
  void aTwoFactorAccountWithoutACodeIsATypedError() {
    plexTv.stubFor(
        post("/api/v2/users/signin")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errors\":[{\"code\":1029,\"message\":\"Please enter the verification code\",\"status\":401}]}")));

    MyPlexAccount account = Fakes.account(plexTv).username("u").password("p").build();
    TwoFactorRequiredException e = assertThrows(TwoFactorRequiredException.class, account::connect);

    assertEquals(1029, e.getErrorCode());
    assertFalse(account.isConnected());
  }

  @Test
  void anAccountWithoutCredentialsFailsEveryCallWithoutSendingAnything() {
    MyPlexAccount account = Fakes.account(plexTv).build();

    assertThrows(UnauthorizedException.class, account::connect);
    assertThrows(UnauthorizedException.class, account::resources);
    assertThrows(UnauthorizedException.class, account::devices);
    assertThrows(UnauthorizedException.class, account::webhooks);
    assertThrows(UnauthorizedException.class, account::getUsername);
    assertThrows(UnauthorizedException.class, account::getAuthenticationToken);
    assertEquals(0, plexTv.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void readingDataBeforeConnectingSaysSo() {
    MyPlexAccount account = Fakes.account(plexTv).token(TOKEN).build();

    IllegalStateException e = assertThrows(IllegalStateException.class, account::getUsername);
    assertTrue(e.getMessage().contains("connect()"));
  }

  @Test
  void toStringNeverShowsTheToken() {
    MyPlexAccount account =
        connectedWith("plex-tv/api/v2/user/user_info_plexpass.json", "application/json");

    assertFalse(Fakes.account(plexTv).token(TOKEN).build().toString().contains(TOKEN));
    assertFalse(account.toString().contains(TOKEN));
    assertFalse(account.toString().contains("auth_token"));
    assertTrue(account.toString().contains("212acf24b07315e5"));
  }

  @Test
  void contradictoryOrIncompleteCredentialsAreRefusedAtBuild() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Fakes.account(plexTv).token("t").username("u").password("p").build());
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).username("u").build());
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).password("p").build());
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).token(" ").build());
    assertThrows(
        IllegalArgumentException.class, () -> Fakes.account(plexTv).clientIdentifier("").build());
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).timeout(null));
    assertThrows(
        IllegalArgumentException.class, () -> Fakes.account(plexTv).timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).okHttpClient(null));
    assertThrows(IllegalArgumentException.class, () -> Fakes.account(plexTv).baseUrl("ftp:/x"));
  }

  @Test
  void headersAreTheIdentityTheAccountSends() {
    MyPlexAccount account =
        Fakes.account(plexTv).token(TOKEN).deviceName("den").version("2.0").build();

    Map<String, String> headers = account.headers();

    assertEquals(Fakes.CLIENT_ID, headers.get("X-Plex-Client-Identifier"));
    assertEquals("TestApp", headers.get("X-Plex-Product"));
    assertEquals("2.0", headers.get("X-Plex-Version"));
    assertEquals("den", headers.get("X-Plex-Device-Name"));
    assertFalse(headers.containsValue(TOKEN));
  }

  @Test
  void withoutAClientIdentifierOneIsMadeAndCanBeRead() {
    String made = MyPlexAccount.builder().build().headers().get("X-Plex-Client-Identifier");

    assertNotNull(made);
    assertEquals(36, made.length());
  }

  @Test
  void fromEnvReadsTokenClientIdentifierAndBaseUrl() {
    Map<String, String> env =
        Map.of(
            "PLEX_TOKEN",
            "env-token",
            "PLEX_CLIENT_IDENTIFIER",
            "env-client",
            "PLEX_BASE_URL",
            plexTv.baseUrl());
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":3,\"uuid\":\"u\",\"title\":\"t\"}")));

    MyPlexAccount account = MyPlexAccount.builder().fromEnv(env::get).build().connect();

    assertEquals(3L, account.getId());
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo("env-token"))
            .withHeader("X-Plex-Client-Identifier", equalTo("env-client")));
    assertThrows(IllegalArgumentException.class, () -> MyPlexAccount.builder().fromEnv(null));
  }

  @Test
  void theCallersOkHttpClientCarriesTheRequests() {
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":4,\"uuid\":\"u\",\"title\":\"t\"}")));
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient callers =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().url().encodedPath());
                  return chain.proceed(chain.request());
                })
            .build();

    try (MyPlexAccount account = Fakes.account(plexTv).token(TOKEN).okHttpClient(callers).build()) {
      assertSame(account, account.connect());
    }

    assertEquals(List.of("/api/v2/user"), seen);
    assertFalse(callers.dispatcher().executorService().isShutdown());
  }
}
