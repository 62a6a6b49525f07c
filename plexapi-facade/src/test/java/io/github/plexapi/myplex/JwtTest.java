package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.JwkSet;
import io.github.plexapi.myplex.internal.jwt.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JWT device authentication with real Ed25519 signatures, WireMock playing clients.plex.tv and
 * plex.tv.
 */
class JwtTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private final DeviceKey device = DeviceKey.generate();
  private final DeviceKey plexKey1 = DeviceKey.generate();
  private final DeviceKey plexKey2 = DeviceKey.generate();
  private final DeviceKey plexKey3 = DeviceKey.generate();
  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    JwkSet keys =
        new JwkSet()
            .keys(List.of(plexKey1.publicJwk(), plexKey2.publicJwk(), plexKey3.publicJwk()));
    plexTv.stubFor(get("/api/v2/auth/keys").willReturn(Fakes.json(JSON.serialize(keys))));
    account = Fakes.account(plexTv).token(Fakes.TOKEN).build();
  }

  /** A Plex JWT signed with the second of Plex's three keys (as after a rotation). */
  private String plexJwt(Map<String, Object> overrides) {
    return Fakes.plexJwt(plexKey2, device, overrides);
  }

  @Test
  void aValidTokenSignedByARotatedKeyVerifies() {
    PlexJwt jwt = account.verifyJwt(plexJwt(Map.of()), device);

    assertEquals(device.keyId(), jwt.getThumbprint());
    assertEquals("jwt-user", jwt.getClaim("username"));
    assertTrue(jwt.getExpiresAt().isAfter(Instant.now().plus(Duration.ofDays(6))));
    assertFalse(jwt.toString().contains("."), jwt.toString().replace("PlexJwt{", ""));
  }

  @Test
  void theClientIdentifierIsAnAcceptedAudienceToo() {
    assertEquals(
        "jwt-user",
        account.verifyJwt(plexJwt(Map.of("aud", Fakes.CLIENT_ID)), device).getClaim("username"));
  }

  @Test
  void everyFailedCheckIsNamed() {
    long now = Instant.now().getEpochSecond();
    String good = plexJwt(Map.of());
    String[] parts = good.split("\\.");
    String tampered =
        parts[0]
            + "."
            + Jwts.base64Url(
                "{\"aud\":\"plex.tv\",\"iss\":\"plex.tv\",\"exp\":9999999999}"
                    .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    String foreign =
        DeviceKey.generate()
            .sign(
                Map.of(
                    "aud",
                    "plex.tv",
                    "iss",
                    "plex.tv",
                    "exp",
                    now + 600,
                    "thumbprint",
                    device.keyId()));

    assertFailure("expired", plexJwt(Map.of("exp", now - 120)));
    assertFailure("audience", plexJwt(Map.of("aud", "someone-else")));
    assertFailure("signature", tampered);
    assertFailure("signature", foreign);
    assertFailure("iss", plexJwt(Map.of("iss", "evil.example")));
    assertFailure("thumbprint", plexJwt(Map.of("thumbprint", "another-device")));
    assertFailure("future", plexJwt(Map.of("iat", now + 3_600)));
    assertFailure("three parts", "not-a-jwt");
  }

  private void assertFailure(String fragment, String jwt) {
    InvalidJwtException e =
        assertThrows(InvalidJwtException.class, () -> account.verifyJwt(jwt, device));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
    assertFalse(e.getMessage().contains(jwt), "the token is not in the message");
  }

  @Test
  void registeringTheDeviceKeySendsItsPublicJwkWithTheToken() {
    plexTv.stubFor(post("/api/v2/auth/jwk").willReturn(aResponse().withStatus(201)));

    account.registerDeviceKey(device);

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/auth/jwk"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN))
            .withRequestBody(
                equalToJson(
                    "{\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\""
                        + device.publicJwk().getX()
                        + "\",\"kid\":\""
                        + device.keyId()
                        + "\",\"use\":\"sig\",\"alg\":\"EdDSA\"}}")));
  }

  @Test
  void aRefreshSignsTheNonceAndMakesTheJwtTheAccountsToken() {
    String issued = plexJwt(Map.of());
    plexTv.stubFor(get("/api/v2/auth/nonce").willReturn(Fakes.json("{\"nonce\":\"nonce-123\"}")));
    plexTv.stubFor(
        post("/api/v2/auth/token").willReturn(Fakes.json("{\"auth_token\":\"" + issued + "\"}")));
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":8,\"uuid\":\"u\",\"title\":\"t\"}")));

    PlexJwt refreshed = account.refreshJwt(device);
    account.connect();

    assertEquals(device.keyId(), refreshed.getThumbprint());
    assertEquals(issued, account.getAuthenticationToken());
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user")).withHeader("X-Plex-Token", equalTo(issued)));
    LoggedRequest exchange =
        plexTv.findAll(postRequestedFor(urlEqualTo("/api/v2/auth/token"))).get(0);
    String deviceJwt =
        com.google.gson.JsonParser.parseString(exchange.getBodyAsString())
            .getAsJsonObject()
            .get("jwt")
            .getAsString();
    JsonObject claims = Jwts.signedClaims(deviceJwt, List.of(device.publicJwk()));
    assertEquals("plex.tv", claims.get("aud").getAsString());
    assertEquals("nonce-123", claims.get("nonce").getAsString());
    assertEquals(Fakes.CLIENT_ID, claims.get("iss").getAsString());
    assertTrue(claims.get("scope").getAsString().contains("username"));
    assertTrue(claims.get("exp").getAsLong() - claims.get("iat").getAsLong() <= 300);
  }

  @Test
  void an498Or422FromTheTokenEndpointIsTyped() {
    plexTv.stubFor(get("/api/v2/auth/nonce").willReturn(Fakes.json("{\"nonce\":\"n\"}")));
    plexTv.stubFor(post("/api/v2/auth/token").willReturn(aResponse().withStatus(498)));
    UnauthorizedException expired =
        assertThrows(UnauthorizedException.class, () -> account.refreshJwt(device));
    assertEquals(498, expired.getStatusCode());

    plexTv.stubFor(
        post("/api/v2/auth/token")
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errors\":[{\"code\":1099,\"message\":\"Invalid signature\",\"status\":422}]}")));
    BadRequestException bad =
        assertThrows(BadRequestException.class, () -> account.refreshJwt(device));
    assertEquals(422, bad.getStatusCode());
    assertEquals(Fakes.TOKEN, account.getAuthenticationToken());
  }

  @Test
  void anAccountRefreshesItsJwtByItselfNearExpiry() {
    long now = Instant.now().getEpochSecond();
    String expiring = plexJwt(Map.of("exp", now + 60));
    String fresh =
        plexJwt(Map.of("exp", now + Duration.ofDays(7).toSeconds(), "username", "fresh"));
    plexTv.stubFor(get("/api/v2/auth/nonce").willReturn(Fakes.json("{\"nonce\":\"n\"}")));
    plexTv.stubFor(
        post("/api/v2/auth/token").willReturn(Fakes.json("{\"auth_token\":\"" + fresh + "\"}")));
    plexTv.stubFor(get(urlPathEqualTo("/api/v2/resources")).willReturn(Fakes.json("[]")));
    MyPlexAccount jwtAccount =
        Fakes.account(plexTv)
            .token(expiring)
            .deviceKey(device)
            .jwtRefreshMargin(Duration.ofHours(1))
            .build();

    jwtAccount.resources();
    jwtAccount.resources();

    plexTv.verify(1, postRequestedFor(urlEqualTo("/api/v2/auth/token")));
    plexTv.verify(
        2,
        getRequestedFor(urlPathEqualTo("/api/v2/resources"))
            .withHeader("X-Plex-Token", equalTo(fresh)));
    assertEquals(fresh, jwtAccount.getAuthenticationToken());
  }

  @Test
  void theJwtPinFlowPollsWithSignedDeviceJwtsAndConnectsWithThePlexJwt() {
    String issued = plexJwt(Map.of());
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/pins"))
            .willReturn(
                Fakes.json(Fakes.resource("plex-tv/api/v2/pins_new.json")).withStatus(201)));
    plexTv.stubFor(
        get(urlPathMatching("/api/v2/pins/111222333"))
            .willReturn(
                Fakes.json(
                    Fakes.resource("plex-tv/api/v2/pins_linked.json")
                        .replace("\"auth_token\"", "\"" + issued + "\""))));
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json("{\"id\":9,\"uuid\":\"u\",\"title\":\"t\"}")));
    MyPlexAccount fresh = Fakes.account(plexTv).pinPollInterval(Duration.ofMillis(20)).build();

    WebLogin login = fresh.getJwtWebLogin(device, null);
    fresh.webLoginCheck(login, Duration.ofSeconds(5));

    assertEquals(issued, fresh.getAuthenticationToken());
    assertEquals(9L, fresh.getId());
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/pins?strong=true"))
            .withRequestBody(
                equalToJson(
                    "{\"jwk\":{\"kid\":\"" + device.keyId() + "\"},\"strong\":true}", true, true)));
    LoggedRequest poll =
        plexTv.findAll(getRequestedFor(urlPathEqualTo("/api/v2/pins/111222333"))).get(0);
    String deviceJwt = poll.queryParameter("deviceJWT").firstValue();
    JsonObject claims = Jwts.signedClaims(deviceJwt, List.of(device.publicJwk()));
    assertEquals(Fakes.CLIENT_ID, claims.get("iss").getAsString());
    assertEquals("plex.tv", claims.get("aud").getAsString());
  }

  @Test
  void keysRoundTripThroughPemAndBytesWithoutShowingThePrivateKey() {
    DeviceKey copy = DeviceKey.fromPem(device.toPem());
    DeviceKey fromBytes = DeviceKey.fromBytes(device.toBytes());

    assertEquals(device.keyId(), copy.keyId());
    assertEquals(device.keyId(), fromBytes.keyId());
    assertEquals(64, device.keyId().length());
    assertNotEquals(device.keyId(), DeviceKey.generate().keyId());
    String signed =
        copy.sign(
            Map.of("aud", "plex.tv", "iss", "plex.tv", "exp", Instant.now().getEpochSecond() + 60));
    Jwts.verify(
        signed,
        List.of(device.publicJwk()),
        List.of("plex.tv"),
        null,
        Instant.now(),
        Duration.ZERO);
    assertFalse(device.toString().contains("PRIVATE"));
    assertThrows(
        IllegalArgumentException.class,
        () -> DeviceKey.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
    assertThrows(IllegalArgumentException.class, () -> account.registerDeviceKey(null));
  }
}
