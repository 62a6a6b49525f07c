package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Browser and PIN login against plex.tv played as a state machine, with millisecond intervals. */
class WebLoginTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String PIN_PATH = "/api/v2/pins/111222333";
  private static final Duration INTERVAL = Duration.ofMillis(25);

  private MyPlexAccount account;
  private WebLogin login;

  @BeforeEach
  void setUp() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/pins"))
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/pins_new.json")).withStatus(201)));
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/user/user_info_free.json"))));
    account = Fakes.account(plexTv).pinPollInterval(INTERVAL).build();
    login = account.getWebLogin("https://example.com/done?a=1&b=2");
  }

  private int polls() {
    return plexTv.findAll(getRequestedFor(urlEqualTo(PIN_PATH))).size();
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /** The PIN stays pending for {@code pendingPolls} polls, then carries a token. */
  private void approveAfter(int pendingPolls) {
    String state = Scenario.STARTED;
    for (int i = 1; i <= pendingPolls; i++) {
      String nextState = "pending-" + i;
      plexTv.stubFor(
          get(PIN_PATH)
              .inScenario("pin")
              .whenScenarioStateIs(state)
              .willReturn(Fakes.json(Fakes.resource("plex-tv/api/v2/pins_new.json")))
              .willSetStateTo(nextState));
      state = nextState;
    }
    plexTv.stubFor(
        get(PIN_PATH)
            .inScenario("pin")
            .whenScenarioStateIs(state)
            .willReturn(Fakes.json(Fakes.resource("plex-tv/api/v2/pins_linked.json"))));
  }

  @Test
  void getWebLoginCreatesAStrongPinAndTheAuthPageUrl() {
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/pins?strong=true"))
            .withHeader("X-Plex-Token", absent())
            .withHeader("X-Plex-Client-Identifier", equalTo(Fakes.CLIENT_ID)));
    assertEquals(111222333L, login.getId());
    assertEquals("CODE", login.getCode());
    assertEquals(Instant.parse("2022-02-01T00:15:00Z"), login.getExpiresAt());
    String uri = login.getUri();
    assertTrue(
        uri.startsWith(
            "https://app.plex.tv/auth#?clientID=test-client-id&code=CODE"
                + "&context%5Bdevice%5D%5Bproduct%5D=TestApp&"),
        uri);
    assertTrue(uri.endsWith("&forwardUrl=https%3A%2F%2Fexample.com%2Fdone%3Fa%3D1%26b%3D2"), uri);
    assertTrue(!account.getWebLogin(null).getUri().contains("forwardUrl"));
  }

  @Test
  void webLoginCheckPollsUntilApprovedThenConnectsWithTheNewToken() {
    approveAfter(2);

    MyPlexAccount connected = account.webLoginCheck(login, Duration.ofSeconds(5));

    assertSame(account, connected);
    assertEquals(3, polls());
    assertEquals("auth_token", account.getAuthenticationToken());
    assertEquals(12345L, account.getId());
    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user"))
            .withHeader("X-Plex-Token", equalTo("auth_token")));
  }

  @Test
  void pollsAreSpacedByTheInterval() {
    approveAfter(4);

    long start = System.nanoTime();
    account.webLoginCheck(login, Duration.ofSeconds(5));

    long took = millisSince(start);
    assertTrue(
        took >= 4 * INTERVAL.toMillis() && took < 4 * INTERVAL.toMillis() + 500,
        "took " + took + " ms");
  }

  @Test
  void anExpiredPinIsATypedErrorAtOnce() {
    plexTv.stubFor(
        get(PIN_PATH)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"errors\":[{\"code\":1020,\"message\":\"Code not found or expired\",\"status\":404}]}")));

    long start = System.nanoTime();
    NotFoundException e =
        assertThrows(
            NotFoundException.class, () -> account.webLoginCheck(login, Duration.ofSeconds(5)));

    assertEquals(1020, e.getErrorCode());
    assertTrue(
        polls() <= 2, "polls: " + polls()); // a second only if the first met a stale connection
    assertTrue(millisSince(start) < 1_000);
  }

  @Test
  void aNeverApprovedLoginTimesOutOnTime() {
    approveAfter(1_000);

    long start = System.nanoTime();
    assertThrows(
        LoginTimeoutException.class, () -> account.webLoginCheck(login, Duration.ofMillis(250)));

    long took = millisSince(start);
    assertTrue(took >= 240 && took < 350, "took " + took + " ms");
    // it polled again and again at its interval, neither once nor in a busy loop (a loaded
    // machine slows the first polls, so the lower bound is loose)
    assertTrue(polls() >= 2 && polls() <= 11, "polls: " + polls());
  }

  @Test
  void aHangingPinEndpointStillTimesOutOnTime() {
    plexTv.stubFor(
        get(PIN_PATH)
            .willReturn(
                Fakes.json(Fakes.resource("plex-tv/api/v2/pins_linked.json"))
                    .withFixedDelay(5_000)));

    long start = System.nanoTime();
    assertThrows(
        LoginTimeoutException.class, () -> account.webLoginCheck(login, Duration.ofMillis(200)));

    long took = millisSince(start);
    assertTrue(took >= 190 && took < 300, "took " + took + " ms");
    assertEquals(1, polls());
  }

  @Test
  void serverErrorsAreRetriedUntilTheDeadline() {
    plexTv.stubFor(get(PIN_PATH).willReturn(aResponse().withStatus(500)));

    long start = System.nanoTime();
    assertThrows(
        LoginTimeoutException.class, () -> account.webLoginCheck(login, Duration.ofMillis(200)));

    assertTrue(millisSince(start) < 300);
    assertTrue(polls() >= 4, "polls: " + polls());
  }

  @Test
  void aServerErrorDoesNotEndAnApprovedLogin() {
    plexTv.stubFor(
        get(PIN_PATH)
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    plexTv.stubFor(
        get(PIN_PATH)
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(Fakes.json(Fakes.resource("plex-tv/api/v2/pins_linked.json"))));

    assertEquals(12345L, account.webLoginCheck(login, Duration.ofSeconds(5)).getId());
    assertEquals(2, polls());
  }

  @Test
  void cancellingTheAsyncCheckStopsThePolling() throws Exception {
    approveAfter(1_000);

    CompletableFuture<MyPlexAccount> pending =
        account.webLoginCheckAsync(login, Duration.ofSeconds(10));
    Thread.sleep(100);
    pending.cancel(true);
    int atCancel = polls();
    Thread.sleep(150);

    assertThrows(CancellationException.class, pending::join);
    assertTrue(polls() <= atCancel + 1, "polls went on: " + atCancel + " then " + polls());
  }

  @Test
  void theFourCharacterPinFlowAndLink() {
    approveAfter(0);

    WebLogin pinLogin = account.getPinLogin();

    plexTv.verify(postRequestedFor(urlEqualTo("/api/v2/pins?strong=false")));
    assertEquals("https://plex.tv/link/?pin=CODE", pinLogin.getUri());
    assertEquals(12345L, account.webLoginCheck(pinLogin, Duration.ofSeconds(5)).getId());

    plexTv.stubFor(put("/api/v2/pins/link").willReturn(aResponse().withStatus(204)));
    account.link("ab12");
    plexTv.verify(
        putRequestedFor(urlEqualTo("/api/v2/pins/link"))
            .withHeader("X-Plex-Token", equalTo("auth_token"))
            .withRequestBody(equalTo("code=AB12")));
  }

  @Test
  void badArgumentsAreRefusedClearly() {
    assertThrows(UnauthorizedException.class, () -> account.link("AB12"));
    assertThrows(IllegalArgumentException.class, () -> account.link("ABCDE"));
    assertThrows(
        IllegalArgumentException.class, () -> account.webLoginCheck(null, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> account.webLoginCheck(login, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> Fakes.account(plexTv).pinPollInterval(Duration.ZERO));
  }
}
