package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.ResourcesApi;
import io.github.plexapi.generated.model.User;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes on the wire: identity headers, the token as a header, Accept, and the host mapping. */
class IdentityAndHostsTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();
  @RegisterExtension static WireMockExtension otherHost = Stubs.plexTv();

  private static final String USER_JSON = "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\"}";

  private static MappingBuilder userAnswer() {
    return get("/api/v2/user")
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(USER_JSON));
  }

  @Test
  void everyRequestCarriesTheIdentityHeadersAndTheTokenHeader() {
    plexTv.stubFor(userAnswer());
    try (PlexTransport transport = Stubs.transportTo(plexTv).build()) {
      transport.token("secret-token-1");
      AccountApi api = transport.api(AccountApi::new);

      User user = transport.call(api::getUser);

      assertEquals(1L, user.getId());
    }
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo("secret-token-1"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("X-Plex-Client-Identifier", equalTo("client-id-1"))
            .withHeader("X-Plex-Product", equalTo("TestApp"))
            .withHeader("X-Plex-Version", equalTo("9.9"))
            .withHeader("X-Plex-Platform", equalTo("Linux"))
            .withHeader("X-Plex-Platform-Version", equalTo("6.1"))
            .withHeader("X-Plex-Device", equalTo("JVM"))
            .withHeader("X-Plex-Device-Name", equalTo("test-box"))
            .withHeader("X-Plex-Provides", equalTo("controller"))
            .withHeader("X-Plex-Language", equalTo("de")));
  }

  @Test
  void withoutATokenNoTokenHeaderIsSent() {
    plexTv.stubFor(userAnswer());
    try (PlexTransport transport = Stubs.transportTo(plexTv).build()) {
      assertFalse(transport.hasToken());
      AccountApi api = transport.api(AccountApi::new);
      transport.call(api::getUser);
    }
    plexTv.verify(getRequestedFor(urlEqualTo("/api/v2/user")).withHeader("X-Plex-Token", absent()));
  }

  @Test
  void xmlOnlyOperationsAskForXml() {
    plexTv.stubFor(
        get("/api/resources")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/xml")
                    .withBody("<MediaContainer size=\"0\"/>")));
    try (PlexTransport transport = Stubs.transportTo(plexTv).build()) {
      ResourcesApi api = transport.api(ResourcesApi::new);
      assertEquals(0, transport.call(() -> api.getLegacyResources(null, null, null)).getSize());
    }
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/resources"))
            .withHeader("Accept", equalTo("application/xml")));
  }

  @Test
  void oneBaseUrlStandsInForEveryPlexHost() throws IOException {
    plexTv.stubFor(get("/api/v2/ping").willReturn(aResponse().withBody("ok")));
    plexTv.stubFor(get("/library/sections/watchlist/all").willReturn(aResponse().withBody("ok")));
    try (PlexTransport transport = Stubs.transportTo(plexTv).build()) {
      assertEquals(200, status(transport.httpClient(), "https://clients.plex.tv/api/v2/ping"));
      assertEquals(
          200,
          status(
              transport.httpClient(),
              "https://discover.provider.plex.tv/library/sections/watchlist/all"));
    }
    plexTv.verify(getRequestedFor(urlEqualTo("/api/v2/ping")));
    plexTv.verify(getRequestedFor(urlEqualTo("/library/sections/watchlist/all")));
  }

  @Test
  void eachHostCanBeMovedSeparatelyAndABaseUrlMayHaveAPath() throws IOException {
    plexTv.stubFor(get("/prefix/api/v2/user").willReturn(aResponse().withBody("ok")));
    otherHost.stubFor(get("/api/v2/ping").willReturn(aResponse().withBody("ok")));
    try (PlexTransport transport =
        Stubs.transportTo(plexTv)
            .baseUrl(plexTv.baseUrl() + "/prefix/")
            .clientsUrl(otherHost.baseUrl())
            .build()) {
      assertEquals(200, status(transport.httpClient(), "https://plex.tv/api/v2/user"));
      assertEquals(200, status(transport.httpClient(), "https://clients.plex.tv/api/v2/ping"));
    }
    plexTv.verify(getRequestedFor(urlEqualTo("/prefix/api/v2/user")));
    otherHost.verify(getRequestedFor(urlEqualTo("/api/v2/ping")));
  }

  @Test
  void otherHostsAreNotMapped() throws IOException {
    otherHost.stubFor(get("/identity").willReturn(aResponse().withBody("ok")));
    try (PlexTransport transport = Stubs.transportTo(plexTv).build()) {
      assertEquals(200, status(transport.httpClient(), otherHost.baseUrl() + "/identity"));
    }
    otherHost.verify(getRequestedFor(urlEqualTo("/identity")));
  }

  @Test
  void theCallersClientIsReusedAndLeftOpen() {
    plexTv.stubFor(userAnswer());
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient callers =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().url().encodedPath());
                  return chain.proceed(chain.request());
                })
            .build();
    PlexTransport transport = Stubs.transportTo(plexTv).okHttpClient(callers).build();
    AccountApi api = transport.api(AccountApi::new);

    transport.call(api::getUser);
    transport.close();

    assertEquals(List.of("/api/v2/user"), seen);
    assertSame(callers.connectionPool(), transport.httpClient().connectionPool());
    assertSame(callers.dispatcher(), transport.httpClient().dispatcher());
    assertFalse(callers.dispatcher().executorService().isShutdown());
  }

  @Test
  void closingReleasesAClientTheTransportCreated() {
    PlexTransport transport = Stubs.transportTo(plexTv).build();
    OkHttpClient own = transport.httpClient();

    transport.close();

    assertTrue(own.dispatcher().executorService().isShutdown());
  }

  @Test
  void eachTransportWithDefaultsGetsItsOwnClientIdentifier() {
    assertNotEquals(Identity.defaults().clientIdentifier(), Identity.defaults().clientIdentifier());
    assertEquals("plexapi-java", Identity.defaults().product());
  }

  @Test
  void badBaseUrlsAreRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PlexTransport.builder().baseUrl("not a url"));
    assertEquals("baseUrl must be an http or https URL", e.getMessage());
  }

  private static int status(OkHttpClient client, String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.code();
    }
  }
}
