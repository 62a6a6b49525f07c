package io.github.plexapi.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.myplex.MyPlexAccount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example runs against a fake plex.tv, so it cannot rot. */
class ListServersExampleTest {
  @RegisterExtension
  static WireMockExtension plexTv =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private static String fixture(String path) throws IOException {
    try (InputStream in = ListServersExampleTest.class.getResourceAsStream("/plex-tv/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void printsTheAccountAndEachConnectionOfEachResource() throws IOException {
    plexTv.stubFor(get("/api/v2/user").willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("api/v2/user/user_info_plexpass.json"))));
    plexTv.stubFor(get(urlPathEqualTo("/api/v2/resources")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("api/v2/resources.json"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ListServersExample.run(
        MyPlexAccount.builder().baseUrl(plexTv.baseUrl()).token("example-token"),
        new PrintStream(out, true, StandardCharsets.UTF_8));

    assertEquals(String.join(System.lineSeparator(),
            "user@example.com <user@example.com>, Plex Pass: yes",
            "Box (Plex Media Server, owned)",
            "    local  https://172-18-0-3.client-id2.plex.direct:32400",
            "    remote https://example.org:443",
            "    remote https://2-2-2-2.client-id2.plex.direct:443",
            "    relay  https://178-3-2-1.client-id2.plex.direct:8443",
            ""),
        out.toString(StandardCharsets.UTF_8));
    plexTv.verify(getRequestedFor(urlPathEqualTo("/api/v2/user")).withHeader("X-Plex-Token", equalTo("example-token")));
  }
}
