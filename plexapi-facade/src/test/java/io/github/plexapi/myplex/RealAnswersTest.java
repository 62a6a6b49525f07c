package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The defects real plex.tv answers showed, each pinned by a test written before its fix. */
class RealAnswersTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String EXCLUDING =
      "contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved";
  private final LoopbackServers servers = new LoopbackServers();

  @AfterEach
  void close() throws Exception {
    servers.close();
  }

  private MyPlexAccount account() {
    return Fakes.account(plexTv).token(Fakes.TOKEN).build();
  }

  private static String friendWithFilters(String movies, String television, String music) {
    return "[{\"id\":7,\"uuid\":\"kid\",\"title\":\"Kid\",\"username\":\"\",\"email\":\"\","
        + "\"restricted\":true,\"home\":true,\"status\":\"accepted\",\"sharingSettings\":{"
        + "\"allowSync\":false,\"filterMovies\":"
        + movies
        + ",\"filterTelevision\":"
        + television
        + ",\"filterMusic\":"
        + music
        + ",\"filterPhotos\":null,\"filterAll\":null}}]";
  }

  @Test
  void updatingOtherSettingsSendsEveryFilterBackAsPlexTvSentIt() {
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .willReturn(
                Fakes.json(
                    friendWithFilters("\"" + EXCLUDING + "\"", "null", "\"label!=x%2Cy\""))));
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/sharings/7")).willReturn(aResponse().withStatus(204)));
    try (MyPlexAccount account = account()) {
      MyPlexFriend kid = account.friends().get(0);
      SharingSettings settings = kid.getSharingSettings();

      account.updateFriend(kid, settings.newBuilder().allowSync(true).build());

      assertEquals(List.of("Approved"), settings.getFilterMovies().excludedContentRatings());
      assertNull(settings.getFilterTelevision(), "a null filter read as a filter");
      plexTv.verify(
          putRequestedFor(urlPathEqualTo("/api/v2/sharings/7"))
              .withQueryParam("allowSync", equalTo("1"))
              .withQueryParam("filterMovies", equalTo(EXCLUDING))
              .withQueryParam("filterTelevision", absent())
              .withQueryParam("filterMusic", equalTo("label!=x%2Cy")));
    }
  }

  @Test
  void emptyUsernamesAndEmailsReadAsAbsent() {
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                Fakes.json(
                    "{\"id\":9,\"uuid\":\"kid\",\"title\":\"Kid\",\"username\":\"\",\"email\":\"\"}")));
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .willReturn(Fakes.json(friendWithFilters("null", "null", "null"))));
    try (MyPlexAccount account = account().connect()) {
      assertNull(account.getUsername());
      assertNull(account.getEmail());
      MyPlexFriend kid = account.friends().get(0);
      assertNull(kid.getUsername());
      assertNull(kid.getEmail());
    }
  }

  @Test
  void aPlayerAnswerListingSeveralPlayersGivesTheOneAskedFor() throws Exception {
    MockWebServer household = servers.answering(Fakes.resource("real/players_sonos.xml"), 0, false);
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.resource(
                        "Living Room",
                        "RINCON_B",
                        "player",
                        true,
                        "player-token",
                        List.of(ResourceJson.Conn.http(household.getPort(), true, false))))));
    try (MyPlexAccount account = account()) {
      PlexClient speaker =
          account
              .resource("Living Room")
              .connectClient(ConnectOptions.builder().timeout(Duration.ofSeconds(2)).build());

      assertEquals("Living Room", speaker.getTitle());
      assertEquals("RINCON_B", speaker.getMachineIdentifier());
      assertEquals("speaker", speaker.getDeviceClass());
      assertEquals("plex", speaker.getProtocol());
      assertEquals("1", speaker.getProtocolVersion());
      assertEquals("78.1-52020", speaker.getPlatformVersion());
      assertEquals("127.0.0.1", speaker.getLanIp());
    }
  }

  @Test
  void privacyIsSentAsOneAndZero() {
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/user/privacy")).willReturn(aResponse().withStatus(204)));
    try (MyPlexAccount account = account()) {
      account.setPrivacy(true, false);
    }

    LoggedRequest sent =
        plexTv.findAll(putRequestedFor(urlPathEqualTo("/api/v2/user/privacy"))).get(0);
    assertEquals(
        java.util.Set.of("optOutPlayback=1", "optOutLibraryStats=0"),
        java.util.Set.of(sent.getBodyAsString().split("&")));
  }

  @Test
  void linkIsSentAsPlexSso() {
    plexTv.stubFor(
        put(urlPathEqualTo("/api/v2/pins/link")).willReturn(aResponse().withStatus(204)));
    try (MyPlexAccount account = account()) {
      account.link("ab12");
    }

    plexTv.verify(
        putRequestedFor(urlPathEqualTo("/api/v2/pins/link"))
            .withHeader("X-Plex-Product", equalTo("Plex SSO")));
  }

  @Test
  void thePinLoginPageHasTheCodeFilledIn() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/pins"))
            .willReturn(
                Fakes.json("{\"id\":5,\"code\":\"WXYZ\",\"expiresIn\":900}").withStatus(201)));
    try (MyPlexAccount account = account()) {
      assertEquals("https://plex.tv/link/?pin=WXYZ", account.getPinLogin().getUri());
    }
  }
}
