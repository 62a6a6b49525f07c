package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.DevicesApi;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Devices operations of the spec (XML only; decoding their answers is the facade's job). */
class DevicesApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private DevicesApi api;

  @BeforeEach
  void setUp() {
    api = new DevicesApi(PlexTvStub.client(plexTv));
  }

  @Test
  void getDevicesAsksForXmlWithTheToken() throws Exception {
    Request request = api.getDevicesCall(null).request();

    assertEquals("GET", request.method());
    assertEquals("/devices.xml", request.url().encodedPath());
    assertEquals("application/xml", request.header("Accept"));
    assertEquals(TOKEN, request.header("X-Plex-Token"));
  }

  @Test
  void deleteDeviceSendsDeleteToTheDevicePath() throws Exception {
    plexTv.stubFor(delete("/devices/123456.xml").willReturn(aResponse().withStatus(200)));

    api.deleteDevice(123456L);

    plexTv.verify(
        deleteRequestedFor(urlEqualTo("/devices/123456.xml"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }
}
