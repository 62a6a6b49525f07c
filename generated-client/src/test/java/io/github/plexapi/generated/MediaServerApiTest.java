package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.MediaServerApi;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The media-server calls: sent to whichever connection the caller names, XML by default. */
class MediaServerApiTest {
  @RegisterExtension static WireMockExtension server = PlexTvStub.extension();

  private MediaServerApi api;

  @BeforeEach
  void setUp() {
    api = new MediaServerApi(PlexTvStub.client(server));
    api.setCustomBaseUrl(server.baseUrl());
  }

  @Test
  void identityAndPlayerCallsAskForXmlAtTheGivenConnection() throws Exception {
    Request identity = api.getServerIdentityCall(null).request();
    Request players = api.getPlayerResourcesCall(null).request();

    assertEquals(server.baseUrl() + "/", identity.url().toString());
    assertEquals("application/xml", identity.header("Accept"));
    assertEquals(TOKEN, identity.header("X-Plex-Token"));
    assertEquals(server.baseUrl() + "/resources", players.url().toString());
  }

  @Test
  void playerResourcesAreAlsoTheSonosSpeakersOnSonosPlexTv() throws Exception {
    MediaServerApi sonos = new MediaServerApi(PlexTvStub.client(server));
    sonos.setHostIndex(1); // the second of the operation's servers: https://sonos.plex.tv

    Request speakers = sonos.getPlayerResourcesCall(null).request();

    assertEquals("https://sonos.plex.tv/resources", speakers.url().toString());
    assertEquals("application/xml", speakers.header("Accept"));
    assertEquals(TOKEN, speakers.header("X-Plex-Token"));
  }

  @Test
  void claimSendsTheClaimTokenAsQuery() throws Exception {
    server.stubFor(post("/myplex/claim?token=claim-1").willReturn(aResponse().withStatus(200)));

    api.claimServer("claim-1");

    server.verify(
        postRequestedFor(urlEqualTo("/myplex/claim?token=claim-1"))
            .withHeader("X-Plex-Token", equalTo(TOKEN)));
  }
}
