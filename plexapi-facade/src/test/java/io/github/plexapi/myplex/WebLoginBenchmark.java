package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Benchmark of webLoginCheck: approval lag over the poll interval, deadline overshoot when the PIN
 * endpoint never approves, hangs or fails, and 2,000 logins pending at once (threads before and
 * during, and their approval lag). Everything runs against WireMock on 127.0.0.1.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q -pl plexapi-facade exec:exec
 * -Pweb-login-bench}
 */
public final class WebLoginBenchmark {
  private static final String PIN = "/api/v2/pins/111222333";
  private final WireMockServer plexTv =
      new WireMockServer(
          wireMockConfig()
              .dynamicPort()
              .bindAddress("127.0.0.1")
              .containerThreads(64)
              .asynchronousResponseEnabled(true));
  private final OkHttpClient shared = new OkHttpClient();

  /** Runs every measurement and prints the table; exits non-zero if a target is missed. */
  public static void main(String[] args) throws Exception {
    WebLoginBenchmark bench = new WebLoginBenchmark();
    bench.plexTv.start();
    boolean ok;
    try {
      ok = bench.run();
    } finally {
      bench.plexTv.stop();
    }
    System.exit(ok ? 0 : 1);
  }

  private boolean run() throws Exception {
    System.out.println("| measurement | value | target |");
    System.out.println("|---|---:|---|");
    boolean ok = approvalLag(Duration.ofMillis(200), 10);
    ok &=
        overshoot(
            "never approved",
            aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(Fakes.resource("plex-tv/api/v2/pins_new.json")));
    ok &= overshoot("PIN endpoint hangs", aResponse().withFixedDelay(10_000));
    ok &= overshoot("PIN endpoint answers 500", aResponse().withStatus(500));
    ok &= manyPending(Integer.getInteger("bench.logins", 2_000), Duration.ofSeconds(1));
    return ok;
  }

  private MyPlexAccount account(Duration interval) {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .clientIdentifier("bench")
        .okHttpClient(shared)
        .pinPollInterval(interval)
        .build();
  }

  private void stubPinCreationAndUser() {
    plexTv.stubFor(
        post(urlPathEqualTo("/api/v2/pins"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fakes.resource("plex-tv/api/v2/pins_new.json"))));
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fakes.resource("plex-tv/api/v2/user/user_info_free.json"))));
  }

  private void stubPending(String pinPath) {
    plexTv.stubFor(
        get(urlPathMatching(pinPath))
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fakes.resource("plex-tv/api/v2/pins_new.json"))));
  }

  /**
   * Approves by adding a stub that outranks the pending one (WireMock scenarios race under load).
   */
  private void approve(String pinPath) {
    plexTv.stubFor(
        get(urlPathMatching(pinPath))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fakes.resource("plex-tv/api/v2/pins_linked.json"))));
  }

  private boolean approvalLag(Duration interval, int rounds) throws Exception {
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      plexTv.resetAll();
      stubPinCreationAndUser();
      stubPending(PIN);
      MyPlexAccount account = account(interval);
      CompletableFuture<MyPlexAccount> pending =
          account.webLoginCheckAsync(account.getWebLogin(null), Duration.ofSeconds(10));
      Thread.sleep(300 + 37L * round);
      long approved = System.nanoTime();
      approve(PIN);
      pending.get(10, TimeUnit.SECONDS);
      ratios[round] = (System.nanoTime() - approved) / (double) interval.toNanos();
    }
    Arrays.sort(ratios);
    boolean pass = ratios[rounds - 1] <= 1.1;
    System.out.printf(
        "| approval lag / poll interval (%d ms), median of %d | %.2f | <= 1.10 |%n",
        interval.toMillis(), rounds, ratios[rounds / 2]);
    System.out.printf(
        "| approval lag / poll interval (%d ms), worst of %d | %.2f | <= 1.10 %s |%n",
        interval.toMillis(), rounds, ratios[rounds - 1], pass ? "ok" : "MISSED");
    return pass;
  }

  private boolean overshoot(
      String name, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer)
      throws Exception {
    plexTv.resetAll();
    stubPinCreationAndUser();
    plexTv.stubFor(get(PIN).willReturn(answer));
    MyPlexAccount account = account(Duration.ofMillis(100));
    Duration timeout = Duration.ofSeconds(1);
    WebLogin login = account.getWebLogin(null);
    long start = System.nanoTime();
    try {
      account.webLoginCheck(login, timeout);
    } catch (LoginTimeoutException expected) {
      // the outcome measured
    }
    long overshootMs =
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) - timeout.toMillis();
    boolean pass = overshootMs < 100;
    System.out.printf(
        "| overshoot past a 1 s deadline, %s | %d ms | < 100 ms %s |%n",
        name, overshootMs, pass ? "ok" : "MISSED");
    return pass;
  }

  private boolean manyPending(int count, Duration interval) throws Exception {
    plexTv.resetAll();
    stubPinCreationAndUser();
    stubPending("/api/v2/pins/.*");
    int before = ManagementFactory.getThreadMXBean().getThreadCount();
    int ownBefore = libraryThreads();
    List<CompletableFuture<MyPlexAccount>> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MyPlexAccount account = account(interval);
      pending.add(account.webLoginCheckAsync(account.getWebLogin(null), Duration.ofSeconds(60)));
    }
    int during = 0;
    int ownDuring = 0;
    for (int i = 0; i < 30; i++) {
      during = Math.max(during, ManagementFactory.getThreadMXBean().getThreadCount());
      ownDuring = Math.max(ownDuring, libraryThreads());
      Thread.sleep(100);
    }
    long approved = System.nanoTime();
    approve("/api/v2/pins/.*");
    CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
    double lastLag = (System.nanoTime() - approved) / (double) interval.toNanos();
    System.out.printf(
        "| %d pending logins: JVM threads before / at most during (WireMock's included) | %d / %d | - |%n",
        count, before, during);
    System.out.printf(
        "| %d pending logins: the library's threads before / at most during | %d / %d | <= 40, not one per login %s |%n",
        count, ownBefore, ownDuring, ownDuring <= 40 ? "ok" : "MISSED");
    System.out.printf(
        "| %d pending logins: time until the last returned / poll interval (%d ms) | %.2f | - |%n",
        count, interval.toMillis(), lastLag);
    return ownDuring <= 40;
  }

  private static int libraryThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("plexapi-") || t.getName().startsWith("OkHttp"))
            .count();
  }
}
