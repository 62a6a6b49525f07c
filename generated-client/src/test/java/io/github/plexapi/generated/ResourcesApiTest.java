package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.ResourcesApi;
import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.ResourceConnection;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Resources operations of the spec, sent through the generated client. */
class ResourcesApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private ResourcesApi api;

  @BeforeEach
  void setUp() {
    api = new ResourcesApi(PlexTvStub.client(plexTv));
  }

  @Test
  void getResourcesSendsTheIncludeFlagsAndReadsConnections() throws Exception {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/resources.json"))));

    List<Resource> resources = api.getResources(1, 1, 1);

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/resources?includeHttps=1&includeRelay=1&includeIPv6=1"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Accept", equalTo("application/json")));
    assertEquals(1, resources.size());
    Resource box = resources.get(0);
    assertEquals("Box", box.getName());
    assertEquals("client_id2", box.getClientIdentifier());
    assertEquals("server", box.getProvides());
    assertNull(box.getOwnerId());
    assertNull(box.getSourceTitle());
    assertEquals(Boolean.TRUE, box.getOwned());
    assertNotNull(box.getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
    assertEquals(4, box.getConnections().size());
    ResourceConnection local = box.getConnections().get(0);
    assertEquals("https://172-18-0-3.client-id2.plex.direct:32400", local.getUri());
    assertEquals(32400, local.getPort());
    assertTrue(local.getLocal());
    assertFalse(local.getIpv6());
    assertTrue(box.getConnections().get(3).getRelay());
  }

  @Test
  void getResourcesLeavesOutFlagsThatAreNotSet() throws Exception {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));

    assertTrue(api.getResources(1, null, null).isEmpty());

    plexTv.verify(getRequestedFor(urlEqualTo("/api/v2/resources?includeHttps=1")));
  }

  @Test
  void getLegacyResourcesAsksForXml() throws Exception {
    Request request = api.getLegacyResourcesCall(1, null, null, null).request();

    assertEquals("GET", request.method());
    assertEquals("/api/resources", request.url().encodedPath());
    assertEquals("includeHttps=1", request.url().encodedQuery());
    assertEquals("application/xml", request.header("Accept"));
    assertEquals(TOKEN, request.header("X-Plex-Token"));
  }

  @Test
  void getClaimTokenReadsTheToken() throws Exception {
    plexTv.stubFor(
        get("/api/claim/token.json")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/claim/token.json"))));

    assertEquals("claim-TOKEN", api.getClaimToken().getToken());

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/claim/token.json"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }
}
