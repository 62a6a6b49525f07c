package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.JwkSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The automatic refresh of a Plex JWT near expiry: every call, one refresh, one deadline. */
class JwtRefreshTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private final DeviceKey device = DeviceKey.generate();
  private final DeviceKey plexKey = DeviceKey.generate();
  private final long now = Instant.now().getEpochSecond();
  private String expiring;
  private String fresh;

  @BeforeEach
  void setUp() {
    expiring = plexJwt(now + 60, "old");
    fresh = plexJwt(now + Duration.ofDays(7).toSeconds(), "fresh");
    plexTv.stubFor(
        get("/api/v2/auth/keys")
            .willReturn(
                Fakes.json(JSON.serialize(new JwkSet().keys(List.of(plexKey.publicJwk()))))));
    plexTv.stubFor(get("/api/v2/auth/nonce").willReturn(Fakes.json("{\"nonce\":\"n\"}")));
    plexTv.stubFor(get(urlPathEqualTo("/api/v2/resources")).willReturn(Fakes.json("[]")));
  }

  private String plexJwt(long exp, String username) {
    return Fakes.plexJwt(plexKey, device, Map.of("exp", exp, "username", username));
  }

  private void tokenEndpointAnswersFreshAfter(int delayMillis) {
    plexTv.stubFor(
        post("/api/v2/auth/token")
            .willReturn(
                Fakes.json("{\"auth_token\":\"" + fresh + "\"}").withFixedDelay(delayMillis)));
  }

  private MyPlexAccount jwtAccount(Duration timeout) {
    return Fakes.account(plexTv)
        .token(expiring)
        .deviceKey(device)
        .jwtRefreshMargin(Duration.ofHours(1))
        .timeout(timeout)
        .build();
  }

  @Test
  void queryRefreshesADueJwtBeforeItGoesOut() {
    tokenEndpointAnswersFreshAfter(0);
    plexTv.stubFor(get("/api/v2/features").willReturn(Fakes.json("{\"features\":[]}")));

    try (MyPlexAccount account = jwtAccount(Duration.ofSeconds(5))) {
      account.query("/api/v2/features", "GET", null, String.class);
    }

    plexTv.verify(1, postRequestedFor(urlEqualTo("/api/v2/auth/token")));
    plexTv.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v2/features")).withHeader("X-Plex-Token", equalTo(fresh)));
  }

  @Test
  void manyThreadsWaitForOneRefreshAndAllSendTheNewToken() throws Exception {
    tokenEndpointAnswersFreshAfter(300);
    int threads = 16;
    try (MyPlexAccount account = jwtAccount(Duration.ofSeconds(5))) {
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<List<MyPlexResource>>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(
            CompletableFuture.supplyAsync(
                () -> {
                  await(start);
                  return account.resources();
                },
                r -> new Thread(r).start()));
      }
      start.countDown();
      for (CompletableFuture<List<MyPlexResource>> call : calls) {
        assertEquals(List.of(), call.get());
      }
      assertEquals(fresh, account.getAuthenticationToken());
    }

    plexTv.verify(1, postRequestedFor(urlEqualTo("/api/v2/auth/token")));
    plexTv.verify(
        threads,
        getRequestedFor(urlPathEqualTo("/api/v2/resources"))
            .withHeader("X-Plex-Token", equalTo(fresh)));
  }

  @Test
  void aRefreshThatHangsFailsTheCallWithinTheCallsOwnTimeout() {
    tokenEndpointAnswersFreshAfter(3_000);

    long started = System.nanoTime();
    try (MyPlexAccount account = jwtAccount(Duration.ofMillis(400))) {
      assertThrows(PlexConnectionException.class, account::resources);
    }
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(elapsedMillis < 1_500, "took " + elapsedMillis + " ms with a 400 ms timeout");
    plexTv.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/resources")));
  }

  @Test
  void aTokenThatIsNotDueIsNotRefreshed() {
    tokenEndpointAnswersFreshAfter(0);
    try (MyPlexAccount account =
        Fakes.account(plexTv)
            .token(fresh)
            .deviceKey(device)
            .jwtRefreshMargin(Duration.ofHours(1))
            .build()) {
      account.resources();
    }

    plexTv.verify(0, postRequestedFor(urlEqualTo("/api/v2/auth/token")));
    plexTv.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/v2/resources"))
            .withHeader("X-Plex-Token", equalTo(fresh)));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
