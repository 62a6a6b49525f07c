package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.JwtAuthenticationApi;
import io.github.plexapi.generated.model.DeviceJwtRequest;
import io.github.plexapi.generated.model.Jwk;
import io.github.plexapi.generated.model.JwkRegistration;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JWT operations: their own host (clients.plex.tv) and their JSON bodies. */
class JwtAuthenticationApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private JwtAuthenticationApi api;

  @BeforeEach
  void setUp() {
    api = new JwtAuthenticationApi(PlexTvStub.client(plexTv));
  }

  @Test
  void theJwtCallsCarryClientsPlexTvAsTheirHost() throws Exception {
    Request nonce = new JwtAuthenticationApi(new ApiClient()).getAuthNonceCall(null).request();

    assertEquals("https://clients.plex.tv/api/v2/auth/nonce", nonce.url().toString());
  }

  @Test
  void registerNonceExchangeAndKeys() throws Exception {
    api.setCustomBaseUrl(plexTv.baseUrl());
    plexTv.stubFor(post("/api/v2/auth/jwk").willReturn(aResponse().withStatus(201)));
    plexTv.stubFor(
        get("/api/v2/auth/nonce")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"nonce\":\"n-1\",\"" + Fixtures.UNKNOWN_FIELD + "\":1}")));
    plexTv.stubFor(
        post("/api/v2/auth/token")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"auth_token\":\"jwt-1\"}")));
    plexTv.stubFor(
        get("/api/v2/auth/keys")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"abc\",\"kid\":\"k1\",\"alg\":\"EdDSA\"}]}")));

    api.registerDeviceKey(
        new JwkRegistration().jwk(new Jwk().kty("OKP").crv("Ed25519").x("abc").kid("k1")));
    assertEquals("n-1", api.getAuthNonce().getNonce());
    assertEquals(
        "jwt-1", api.exchangeDeviceJwt(new DeviceJwtRequest().jwt("signed")).getAuthToken());
    assertEquals(
        "k1",
        new JwtAuthenticationApi(PlexTvStub.client(plexTv))
            .getAuthKeys()
            .getKeys()
            .get(0)
            .getKid());

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/auth/jwk"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withRequestBody(
                equalToJson(
                    "{\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"abc\",\"kid\":\"k1\"}}")));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/auth/token"))
            .withRequestBody(equalToJson("{\"jwt\":\"signed\"}")));
  }
}
