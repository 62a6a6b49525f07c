package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.RetryPolicy;
import io.github.plexapi.myplex.ServerErrorException;
import io.github.plexapi.myplex.UnauthorizedException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recipes: making the fake plex.tv fail on one path, and checking what the library sent. */
class FakeFaultsTest {
  private FakePlexTv plexTv;

  @BeforeEach
  void start() {
    plexTv = FakePlexTv.start();
  }

  @AfterEach
  void stop() {
    plexTv.close();
  }

  private MyPlexAccount account(Duration timeout) {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .okHttpClient(plexTv.okHttpClient())
        .token(plexTv.token())
        .clientIdentifier("faults-test")
        .retryPolicy(RetryPolicy.none())
        .timeout(timeout)
        .build();
  }

  private long calls(String path) {
    return plexTv.requests().stream().filter(r -> r.path().equals(path)).count();
  }

  @Test
  void aPlexErrorWithRetryAfterForTheNextTwoRequestsThenTheNormalAnswer() {
    plexTv.inject(
        "GET",
        "/api/v2/user",
        FakeFault.plexError(429, 1003, "Too many requests")
            .retryAfter(Duration.ofSeconds(7))
            .times(2));
    MyPlexAccount account = account(Duration.ofSeconds(3));

    RateLimitedException first = assertThrows(RateLimitedException.class, account::connect);
    assertThrows(RateLimitedException.class, account::connect);
    account.connect();

    assertEquals(Duration.ofSeconds(7), first.getRetryAfter());
    assertEquals(1003, first.getErrorCode());
    assertEquals(FakePlexTv.USERNAME, account.getUsername());
    assertEquals(3, calls("/api/v2/user"));
  }

  @Test
  void aStatusForEveryRequestOnAPrefixUntilCleared() {
    plexTv.inject(null, "/api/v2/*", FakeFault.status(503));
    MyPlexAccount account = account(Duration.ofSeconds(3));

    assertThrows(ServerErrorException.class, account::connect);
    assertThrows(ServerErrorException.class, account::resources);
    plexTv.clearFaults();

    assertEquals(List.of(), account.resources());
  }

  @Test
  void aDroppedConnectionIsAConnectionFailure() {
    plexTv.inject("GET", "/api/v2/user", FakeFault.dropConnection().times(1));
    MyPlexAccount account = account(Duration.ofSeconds(3));

    assertThrows(PlexConnectionException.class, account::connect);
    account.connect();
  }

  @Test
  void aHangRunsIntoTheClientsTimeoutAndClosingTheFakeIsNotHeldUp() {
    plexTv.inject("GET", "/api/v2/user", FakeFault.hang());
    MyPlexAccount account = account(Duration.ofMillis(200));

    long start = System.nanoTime();
    assertThrows(PlexApiException.class, account::connect);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(tookMillis < 2_000, "the call took " + tookMillis + " ms");
  }

  @Test
  void aDelayThenTheNormalAnswer() {
    plexTv.inject("GET", "/api/v2/user", FakeFault.delayed(Duration.ofMillis(1_000)).times(1));

    assertThrows(
        PlexApiException.class,
        () -> account(Duration.ofMillis(300)).connect(),
        "the delay was not played");
    assertEquals(FakePlexTv.USERNAME, account(Duration.ofSeconds(3)).connect().getUsername());
  }

  @Test
  void aFaultOnOnePathLeavesTheOthersAlone() {
    plexTv.inject("GET", "/api/v2/resources", FakeFault.plexError(401, 1001, "nope"));
    MyPlexAccount account = account(Duration.ofSeconds(3));

    account.connect();
    assertThrows(UnauthorizedException.class, account::resources);
  }

  @Test
  void theRequestsAreValuesWithHeadersQueryAndBody() {
    MyPlexAccount account = account(Duration.ofSeconds(3));

    account.connect();
    account.addWebhook("https://example.com/hook");

    FakeRequest user = plexTv.requests().get(0);
    assertEquals("GET", user.method());
    assertEquals("/api/v2/user", user.path());
    assertEquals("faults-test", user.header("x-plex-client-identifier"));
    assertEquals(plexTv.token(), user.header("X-Plex-Token"));
    assertFalse(user.toString().contains(plexTv.token()), user.toString());
    FakeRequest post =
        plexTv.requests().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
    assertEquals("/api/v2/user/webhooks", post.path());
    assertTrue(post.body().contains("urls%5B%5D=https%3A%2F%2Fexample.com%2Fhook"), post.body());
    assertNull(post.queryParameter("absent"));
  }

  @Test
  void faultsCheckTheirValues() {
    assertThrows(IllegalArgumentException.class, () -> FakeFault.status(42));
    assertThrows(IllegalArgumentException.class, () -> FakeFault.status(500).times(0));
    assertThrows(IllegalArgumentException.class, () -> FakeFault.delayed(Duration.ofMillis(-1)));
    assertEquals(
        "STATUS 429 code 1003 Retry-After 2 s, 1 time(s)",
        FakeFault.plexError(429, 1003, "x").retryAfter(Duration.ofSeconds(2)).times(1).toString());
  }
}
