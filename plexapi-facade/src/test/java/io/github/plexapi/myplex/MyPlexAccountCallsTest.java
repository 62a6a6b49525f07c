package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
import io.github.plexapi.generated.model.ClaimToken;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account's calls other than webhooks: each request on the wire, and its result. */
class MyPlexAccountCallsTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();
  @RegisterExtension static WireMockExtension elsewhere = Fakes.plexTv();

  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    account = Fakes.account(plexTv).token(TOKEN).build();
  }

  @Test
  void resourcesAskForEveryConnectionKindAndWrapTheModel() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/resources.json"))));

    List<MyPlexResource> resources = account.resources();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/resources?includeHttps=1&includeRelay=1&includeIPv6=1"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    MyPlexResource box = resources.get(0);
    assertEquals("Box", box.getName());
    assertEquals("client_id2", box.getClientIdentifier());
    assertEquals("Plex Media Server", box.getProduct());
    assertEquals("1.25.5.5492-12f6b8c83", box.getProductVersion());
    assertEquals("Linux", box.getPlatform());
    assertEquals("Docker Container", box.getDevice());
    assertEquals("server", box.getProvides());
    assertTrue(box.provides("server"));
    assertFalse(box.provides("player"));
    assertTrue(box.isOwned());
    assertTrue(box.isPresence());
    assertFalse(box.isHome());
    assertFalse(box.isHttpsRequired());
    assertNull(box.getOwnerId());
    assertNull(box.getSourceTitle());
    assertEquals("2.2.2.2", box.getPublicAddress());
    assertEquals("auth_token", box.getAccessToken());
    assertEquals(Instant.parse("2021-01-01T12:12:24Z"), box.getCreatedAt());
    assertEquals(Instant.parse("2022-01-01T13:43:34Z"), box.getLastSeenAt());
    assertEquals("surprise", box.getModel().getAdditionalProperty(Fakes.UNKNOWN_FIELD));
    assertFalse(box.toString().contains("auth_token"));
    List<ResourceConnection> connections = box.getConnections();
    assertEquals(4, connections.size());
    ResourceConnection local = connections.get(0);
    assertEquals("https://172-18-0-3.client-id2.plex.direct:32400", local.getUri());
    assertEquals("http://172.18.0.3:32400", local.getHttpUri());
    assertEquals("172.18.0.3", local.getAddress());
    assertEquals(32400, local.getPort());
    assertEquals("https", local.getProtocol());
    assertTrue(local.isLocal());
    assertFalse(local.isRelay());
    assertFalse(local.isIpv6());
    assertTrue(connections.get(3).isRelay());
  }

  @Test
  void resourcesReadFromXmlWithIpv6InBrackets() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(Fakes.xml(Fakes.resource("xml/resources_v2.xml"))));

    List<MyPlexResource> resources = account.resources();

    MyPlexResource phone = resources.get(1);
    assertFalse(phone.isOwned());
    assertEquals(42L, phone.getOwnerId());
    assertEquals("friend", phone.getSourceTitle());
    assertTrue(phone.provides("player"));
    ResourceConnection v6 = phone.getConnections().get(0);
    assertTrue(v6.isIpv6());
    assertEquals("http://[::1]:32500", v6.getHttpUri());
  }

  @Test
  void aResourceWithoutConnectionsHasAnEmptyList() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    "[{\"name\":\"Bare\",\"clientIdentifier\":\"b\",\"connections\":null}]")));

    assertEquals(List.of(), account.resource("bare").getConnections());
  }

  @Test
  void resourceWithTwoOfTheSameNamePrefersTheOwnedOne() {
    String shared = ResourceJson.server("Box", "shared-box", false, "t1", List.of());
    String owned = ResourceJson.server("box", "owned-box", true, "t2", List.of());
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    "["
                        + shared.substring(1, shared.length() - 1)
                        + ","
                        + owned.substring(1, owned.length() - 1)
                        + "]")));

    assertEquals("owned-box", account.resource("Box").getClientIdentifier());
    assertEquals("shared-box", account.resource("shared-box").getClientIdentifier());
  }

  @Test
  void resourceMatchesNameIgnoringCaseOrClientIdentifier() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/resources.json"))));

    assertEquals("client_id2", account.resource("bOX").getClientIdentifier());
    assertEquals("Box", account.resource("client_id2").getName());
    NotFoundException e = assertThrows(NotFoundException.class, () -> account.resource("Attic"));
    assertTrue(e.getMessage().contains("Attic"));
    assertThrows(IllegalArgumentException.class, () -> account.resource(" "));
  }

  @Test
  void devicesReadTheXmlFixture() {
    plexTv.stubFor(
        get("/devices.xml").willReturn(Fakes.xml(Fakes.resource("plex-tv/devices.xml"))));

    List<MyPlexDevice> devices = account.devices();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/devices.xml"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Accept", equalTo("application/xml")));
    MyPlexDevice box =
        devices.stream().filter(d -> "Box".equals(d.getName())).findFirst().orElseThrow();
    assertEquals(123456L, box.getId());
    assertEquals("3", box.getClientIdentifier());
    assertEquals("Plex Media Server", box.getProduct());
    assertEquals("1.25.2.5319-c43dc0277", box.getProductVersion());
    assertEquals("Linux", box.getPlatform());
    assertEquals("5.4.0-88-generic", box.getPlatformVersion());
    assertEquals("Docker Container", box.getDevice());
    assertEquals("x86_64", box.getModelName());
    assertEquals("Docker", box.getVendor());
    assertEquals("server", box.getProvides());
    assertEquals("1.0.0.2", box.getPublicAddress());
    assertEquals("auth_token", box.getToken());
    assertEquals(Instant.ofEpochSecond(1628211599L), box.getCreatedAt());
    assertEquals(Instant.ofEpochSecond(1628211599L), box.getLastSeenAt());
    assertEquals(
        List.of("http://172.1.0.1:32400", "https://example.com:443", "http://1.0.0.2:443"),
        box.getConnections());
    assertEquals(List.of(), devices.get(0).getConnections());
    assertFalse(box.toString().contains("auth_token"));
  }

  @Test
  void deviceMatchesNameAndClientIdentifierAndDeletes() {
    plexTv.stubFor(
        get("/devices.xml").willReturn(Fakes.xml(Fakes.resource("plex-tv/devices.xml"))));
    plexTv.stubFor(delete("/devices/123456.xml").willReturn(aResponse().withStatus(200)));

    assertEquals("3", account.device("box", null).getClientIdentifier());
    assertEquals("Tautulli", account.device(null, "2").getProduct());
    assertEquals("5", account.device("Safari", "5").getClientIdentifier());
    assertThrows(NotFoundException.class, () -> account.device("Box", "4"));
    assertThrows(IllegalArgumentException.class, () -> account.device(null, null));

    account.device("Box", null).delete();

    plexTv.verify(
        deleteRequestedFor(urlEqualTo("/devices/123456.xml"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void claimTokenPingAndSignout() {
    plexTv.stubFor(
        get("/api/claim/token.json")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/claim/token.json"))));
    plexTv.stubFor(get("/api/v2/ping").willReturn(Fakes.json("{\"pong\":true}")));
    plexTv.stubFor(delete("/api/v2/users/signout").willReturn(aResponse().withStatus(204)));

    assertEquals("claim-TOKEN", account.claimToken());
    assertTrue(account.ping());
    account.signout();

    plexTv.verify(
        deleteRequestedFor(urlEqualTo("/api/v2/users/signout"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
    assertFalse(account.isConnected());
    assertThrows(UnauthorizedException.class, account::getAuthenticationToken);
    assertThrows(UnauthorizedException.class, account::resources);
  }

  @Test
  void privacyIsReadAndSet() {
    plexTv.stubFor(
        get("/api/v2/user/privacy")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/user/privacy.json"))));
    plexTv.stubFor(put("/api/v2/user/privacy").willReturn(aResponse().withStatus(204)));

    PrivacySettings privacy = account.privacy();
    account.setPrivacy(false, null);

    assertTrue(privacy.isOptOutPlayback());
    assertTrue(privacy.isOptOutLibraryStats());
    assertEquals(118, privacy.getModel().getMetrics().size());
    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/v2/user/privacy"))
            .withFormParam("optOutPlayback", equalTo("0"))
            .withRequestBody(equalTo("optOutPlayback=0")));
  }

  @Test
  void geoipAndPublicIp() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/geoip"))
            .willReturn(
                Fakes.xml(
                    "<location code=\"GB\" continent_code=\"EU\" country=\"United Kingdom\" city=\"London\""
                        + " european_union_member=\"0\" time_zone=\"Europe/London\" postal_code=\"N19\""
                        + " in_privacy_restricted_country=\"1\" subdivisions=\"England\" coordinates=\"51.000, -1\"/>")));
    plexTv.stubFor(
        get("/:/ip")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/plain").withBody("2.2.2.2\n")));

    GeoLocation where = account.geoip("2.2.2.2");

    plexTv.verify(getRequestedFor(urlEqualTo("/api/v2/geoip?ip_address=2.2.2.2")));
    assertEquals("GB", where.getCode());
    assertEquals("EU", where.getContinentCode());
    assertEquals("United Kingdom", where.getCountry());
    assertEquals("London", where.getCity());
    assertEquals("Europe/London", where.getTimeZone());
    assertEquals("N19", where.getPostalCode());
    assertEquals("England", where.getSubdivisions());
    assertEquals("51.000, -1", where.getCoordinates());
    assertFalse(where.isEuropeanUnionMember());
    assertTrue(where.isInPrivacyRestrictedCountry());
    assertEquals("2.2.2.2", account.publicIp());
    assertThrows(IllegalArgumentException.class, () -> account.geoip(""));
  }

  @Test
  void queryReadsModelsOrTextWithTheAccountsHeaders() {
    plexTv.stubFor(get("/api/claim/token.json").willReturn(Fakes.json("{\"token\":\"claim-x\"}")));
    plexTv.stubFor(post("/api/v2/features/thing").willReturn(aResponse().withStatus(201)));

    ClaimToken claim =
        account.query("/api/claim/token.json", "GET", Map.of("X-Extra", "1"), ClaimToken.class);
    String raw = account.query("https://plex.tv/api/claim/token.json", "get", null, String.class);
    Object nothing = account.query("/api/v2/features/thing", "POST", null, Void.class);

    assertEquals("claim-x", claim.getToken());
    assertEquals("{\"token\":\"claim-x\"}", raw);
    assertNull(nothing);
    plexTv.verify(
        2,
        getRequestedFor(urlEqualTo("/api/claim/token.json"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("X-Plex-Client-Identifier", equalTo(Fakes.CLIENT_ID)));
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/claim/token.json")).withHeader("X-Extra", equalTo("1")));
    plexTv.verify(postRequestedFor(urlEqualTo("/api/v2/features/thing")));
  }

  @Test
  void queryNeverSendsTheTokenInAUrlOrToAnotherHost() {
    elsewhere.stubFor(get("/status").willReturn(Fakes.json("{}")));

    assertThrows(
        IllegalArgumentException.class,
        () -> account.query("/api/v2/user?X-Plex-Token=" + TOKEN, "GET", null, String.class));
    account.query(elsewhere.baseUrl() + "/status", "GET", null, String.class);

    elsewhere.verify(getRequestedFor(urlEqualTo("/status")).withHeader("X-Plex-Token", absent()));
    assertEquals(0, plexTv.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void queryErrorsAreTyped() {
    plexTv.stubFor(get("/api/v2/gone").willReturn(aResponse().withStatus(410)));

    GoneException e =
        assertThrows(
            GoneException.class, () -> account.query("/api/v2/gone", "GET", null, String.class));

    assertEquals("GET /api/v2/gone answered 410", e.getMessage());
  }
}
