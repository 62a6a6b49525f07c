package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.DevicesApi;
import io.github.plexapi.generated.api.ResourcesApi;
import io.github.plexapi.generated.model.Device;
import io.github.plexapi.generated.model.DeviceContainer;
import io.github.plexapi.generated.model.LegacyResource;
import io.github.plexapi.generated.model.LegacyResourceContainer;
import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.ResourceConnection;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** plex.tv's XML answers decoded by the transport into the generated models. */
class XmlDecodingTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();

  private PlexTransport transport;

  @BeforeEach
  void setUp() {
    transport = Stubs.transportTo(plexTv).build();
    transport.token("token-xml-test");
  }

  @AfterEach
  void tearDown() {
    transport.close();
  }

  private void answer(String path, String contentType, String body) {
    plexTv.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
  }

  private User user() {
    AccountApi api = transport.api(AccountApi::new);
    return transport.call(api::getUser);
  }

  @Test
  void userXmlReadsAttributesChildrenAndIdLists() {
    answer("/api/v2/user", "application/xml", Stubs.resource("xml/user.xml"));

    User user = user();

    assertEquals(12345L, user.getId());
    assertEquals("auth_token", user.getAuthToken());
    assertEquals(Boolean.TRUE, user.getConfirmed());
    assertEquals(Boolean.FALSE, user.getEmailOnlyAuth());
    assertEquals(Boolean.TRUE, user.getHasPassword());
    assertEquals(Boolean.FALSE, user.getProtected());
    assertNull(user.getAnonymous());
    assertEquals(3, user.getHomeSize());
    assertEquals(1339124759L, user.getJoinedAt());
    assertEquals("Active", user.getSubscription().getStatus());
    assertEquals(Boolean.TRUE, user.getSubscription().getActive());
    assertEquals(
        List.of("webhooks", "camera_upload", "home"), user.getSubscription().getFeatures());
    assertEquals(
        Instant.parse("2023-03-24T00:00:00Z"),
        PlexTimestamps.toInstant(user.getSubscription().getSubscribedAt()));
    assertEquals(List.of("ios", "all"), user.getEntitlements());
    assertEquals(List.of("plexpass"), user.getRoles());
    assertEquals("en", user.getProfile().getDefaultAudioLanguage());
    assertEquals(Boolean.TRUE, user.getProfile().getAutoSelectAudio());
  }

  @Test
  void unknownXmlAttributesAndElementsAreKept() {
    answer("/api/v2/user", "application/xml", Stubs.resource("xml/user.xml"));

    User user = user();

    assertEquals("kept", user.getAdditionalProperty("unknownAttribute"));
    assertEquals(Map.of("kind", "new", "", "text"), user.getAdditionalProperty("futureElement"));
  }

  @Test
  void userXmlWithoutSubscriptionOrProfileReadsAsNulls() {
    answer("/api/v2/user", "text/xml; charset=utf-8", Stubs.resource("xml/user_minimal.xml"));

    User user = user();

    assertEquals("Minimal", user.getTitle());
    assertNull(user.getSubscription());
    assertNull(user.getProfile());
    assertEquals(List.of(), user.getEntitlements());
  }

  @Test
  void xmlIsReadWhateverTheAcceptHeaderAskedFor() {
    answer("/api/v2/user", "application/vnd.plex+xml", Stubs.resource("xml/user_minimal.xml"));

    assertEquals(7L, user().getId());
  }

  @Test
  void resourcesXmlReadsConnectionsAndBooleanSpellings() {
    answer("/api/v2/resources", "application/xml", Stubs.resource("xml/resources_v2.xml"));
    ResourcesApi api = transport.api(ResourcesApi::new);

    List<Resource> resources = transport.call(() -> api.getResources(1, 1, 1));

    assertEquals(2, resources.size());
    Resource box = resources.get(0);
    assertEquals("client_id2", box.getClientIdentifier());
    assertNull(box.getOwnerId());
    assertEquals(Boolean.TRUE, box.getOwned());
    assertEquals("kept", box.getAdditionalProperty("unknownAttribute"));
    assertEquals(2, box.getConnections().size());
    ResourceConnection local = box.getConnections().get(0);
    assertEquals(32400, local.getPort());
    assertEquals(Boolean.TRUE, local.getLocal());
    assertEquals(Boolean.FALSE, local.getIpv6());
    Resource phone = resources.get(1);
    assertEquals(42L, phone.getOwnerId());
    assertEquals(Boolean.FALSE, phone.getOwned());
    assertEquals(Boolean.TRUE, phone.getConnections().get(0).getIpv6());
    assertEquals("http://[::1]:32500", phone.getConnections().get(0).getUri());
  }

  @Test
  void resourcesXmlWithOneResourceAndOneConnectionIsStillAList() {
    answer("/api/v2/resources", "application/xml", Stubs.resource("xml/resources_v2_single.xml"));
    ResourcesApi api = transport.api(ResourcesApi::new);

    List<Resource> resources = transport.call(() -> api.getResources(null, null, null));

    assertEquals(1, resources.size());
    assertEquals(1, resources.get(0).getConnections().size());
    assertEquals("10.0.0.2", resources.get(0).getConnections().get(0).getAddress());
  }

  @Test
  void legacyResourcesXmlReadsDevicesWithCapitalisedNames() {
    answer("/api/resources", "application/xml", Stubs.resource("xml/resources_legacy.xml"));
    ResourcesApi api = transport.api(ResourcesApi::new);

    LegacyResourceContainer container = transport.call(() -> api.getLegacyResources(1, null, null));

    assertEquals(1, container.getSize());
    LegacyResource box = container.getDevices().get(0);
    assertEquals("Box", box.getName());
    assertEquals(1609503144L, box.getCreatedAt());
    assertEquals(Instant.ofEpochSecond(1609503144L), PlexTimestamps.toInstant(box.getCreatedAt()));
    assertNull(box.getOwnerId());
    assertEquals("kept", box.getAdditionalProperty("unknownAttribute"));
    assertEquals(1, box.getConnections().size());
    assertEquals(Boolean.TRUE, box.getConnections().get(0).getLocal());
  }

  @Test
  void devicesXmlFixtureReadsEveryDeviceAndItsConnections() {
    answer("/devices.xml", "application/xml", Stubs.resource("plex-tv/devices.xml"));
    DevicesApi api = transport.api(DevicesApi::new);

    DeviceContainer container = transport.call(api::getDevices);

    assertEquals("1.0.0.1", container.getPublicAddress());
    List<Device> devices = container.getDevices();
    assertTrue(devices.size() > 2);
    Device box = devices.stream().filter(d -> "Box".equals(d.getName())).findFirst().orElseThrow();
    assertEquals(123456L, box.getId());
    assertEquals("server", box.getProvides());
    assertEquals(1628211599L, box.getCreatedAt());
    assertEquals(3, box.getConnections().size());
    assertEquals("http://172.1.0.1:32400", box.getConnections().get(0).getUri());
    Device safari = devices.get(0);
    assertEquals("", safari.getVendor());
    assertTrue(safari.getConnections() == null || safari.getConnections().isEmpty());
  }

  @Test
  void charactersIllegalInXml10AreStrippedAndTheParseRetried() {
    String body = "<user id=\"7\" title=\"Bad\u0001Name&#x1;\" uuid=\"u\u0008\"/>";
    answer("/api/v2/user", "application/xml", body);

    User user = user();

    assertEquals("BadName", user.getTitle());
    assertEquals("u", user.getUuid());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\"?><!DOCTYPE user [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
            + "<user id=\"1\" title=\"&xxe;\"/>",
        "<?xml version=\"1.0\"?><!DOCTYPE user [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "]><user id=\"1\" title=\"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"/>",
        "<?xml version=\"1.0\"?><!DOCTYPE user SYSTEM \"http://127.0.0.1:1/evil.dtd\"><user id=\"1\" title=\"t\"/>"
      })
  void dtdsAndEntitiesAreRefused(String hostile) {
    answer("/api/v2/user", "application/xml", hostile);

    PlexApiException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> assertThrows(PlexApiException.class, this::user));

    assertEquals(200, e.getStatusCode());
    assertFalse(e.getMessage().contains("aaaa"));
  }
}
