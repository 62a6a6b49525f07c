package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.plexapi.myplex.ResourceJson.Conn.http;
import static io.github.plexapi.myplex.ResourceJson.Conn.https;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark of connect(): for each scenario, the race's time divided by the time a connect to the
 * candidate that must win takes on its own (or, where every candidate fails, by the deadline),
 * measured side by side in one run, median of several rounds; plus how long a JVM takes to exit
 * after its {@code main} returns from connect(). Everything runs on 127.0.0.1.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q -pl plexapi-facade exec:exec}
 */
public final class ConnectBenchmark {
  private static final String MACHINE = "bench-machine";
  private static final int ROUNDS = 5;

  /** What a row must reach: a bound on the race's time given the reference's, and its text. */
  private record Target(String text, double slope, double windowMs, double slackMs) {
    /** The usual target: at most 1.10 times the reference. */
    static final Target RATIO = new Target("<= 1.10", 1.1, 0, 0);

    /** At most 1.1 x (reference + window) + 15 ms. */
    static Target window(Duration window) {
      long ms = window.toMillis();
      return new Target("<= 1.1 x (ref + " + ms + ") + 15 ms", 1.1, ms, 15);
    }

    /** At most 1.1 x reference + 15 ms. */
    static final Target NEAR = new Target("<= 1.1 x ref + 15 ms", 1.1, 0, 15);

    boolean met(double raceMs, double refMs) {
      return raceMs <= slope * (refMs + windowMs) + slackMs;
    }
  }

  private final WireMockServer plexTv =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private final LoopbackServers servers = new LoopbackServers();
  private final okhttp3.OkHttpClient client = LoopbackServers.trustingClient();

  /** Runs every scenario and prints the table; exits non-zero if a target is missed. */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--exit-probe")) {
      exitProbe(args[1]);
      return;
    }
    ConnectBenchmark bench = new ConnectBenchmark();
    boolean ok;
    try {
      ok = bench.run();
    } finally {
      bench.plexTv.stop();
      bench.servers.close();
    }
    System.exit(ok ? 0 : 1);
  }

  private boolean run() throws Exception {
    plexTv.start();
    System.out.println(
        "| scenario | winner | expected | connect ms | reference ms | ratio | target |");
    System.out.println("|---|---|---|---:|---:|---:|---|");
    boolean ok = true;

    int remote50 = servers.identity(MACHINE, 50, true).getPort();
    ok &=
        race(
            "local refused + remote 50 ms",
            "remote",
            remote50,
            null,
            https(LoopbackServers.refusedPort(), true, false),
            https(remote50, false, false));
    ok &=
        race(
            "local black hole + remote 50 ms",
            "remote",
            remote50,
            null,
            http(servers.blackHole(), true, false),
            https(remote50, false, false));
    int local300 = servers.identity(MACHINE, 300, true).getPort();
    ok &=
        race(
            "local 300 ms + remote 50 ms",
            "local",
            local300,
            null,
            https(local300, true, false),
            https(remote50, false, false));
    int silentLocal = servers.silent(true).getPort();
    ok &=
        race(
            "local silent + remote 50 ms, default window",
            "remote",
            remote50,
            null,
            Target.window(ConnectOptions.DEFAULT_PREFERENCE_WINDOW),
            null,
            https(silentLocal, true, false),
            https(remote50, false, false));
    ok &=
        race(
            "local silent + remote 50 ms, zero window",
            "remote",
            remote50,
            null,
            Target.NEAR,
            Duration.ZERO,
            https(silentLocal, true, false),
            https(remote50, false, false));
    int secure200 = servers.identity(MACHINE, 200, true).getPort();
    int plain20 = servers.identity(MACHINE, 20, false).getPort();
    ok &=
        race(
            "https 200 ms + http 20 ms, same server",
            "https",
            secure200,
            null,
            http(plain20, true, false),
            https(secure200, true, false));
    ok &=
        race(
            "all hanging, 2 s deadline",
            "none (deadline)",
            -1,
            Duration.ofSeconds(2),
            http(servers.blackHole(), true, false),
            https(servers.silent(true).getPort(), false, false));
    ok &=
        race(
            "stalled body, 1 s deadline",
            "none (deadline)",
            -1,
            Duration.ofSeconds(1),
            http(servers.stalledBody(MACHINE).port(), true, false));
    ok &= exitAfterConnect(servers.identity(MACHINE, 0, false).getPort());
    return ok;
  }

  private boolean race(
      String name, String expected, int winnerPort, Duration deadline, ResourceJson.Conn... conns)
      throws Exception {
    return race(name, expected, winnerPort, deadline, Target.RATIO, null, conns);
  }

  private boolean race(
      String name,
      String expected,
      int winnerPort,
      Duration deadline,
      Target target,
      Duration window,
      ResourceJson.Conn... conns)
      throws Exception {
    MyPlexResource resource = resource(conns);
    ConnectOptions.Builder chosen =
        ConnectOptions.builder().timeout(deadline == null ? Duration.ofSeconds(5) : deadline);
    if (window != null) {
      chosen.preferenceWindow(window);
    }
    ConnectOptions options = chosen.build();
    long[] race = new long[ROUNDS];
    long[] reference = new long[ROUNDS];
    String winner = "none (deadline)";
    if (deadline == null) {
      timeAlone(winnerPort, conns); // warm both paths' pooled connections alike
    }
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      try {
        PlexServer server = resource.connect(options);
        race[round] = System.nanoTime() - start;
        winner = describe(server.getBaseUrl(), conns);
      } catch (PlexConnectionException failed) {
        race[round] = System.nanoTime() - start;
        winner = "none (deadline)";
      }
      reference[round] = deadline != null ? deadline.toNanos() : timeAlone(winnerPort, conns);
    }
    double raceMs = median(race) / 1e6;
    double refMs = median(reference) / 1e6;
    double ratio = raceMs / refMs;
    boolean pass = target.met(raceMs, refMs) && winner.equals(expected);
    System.out.printf(
        "| %s | %s | %s | %.0f | %.0f | %.2f | %s %s |%n",
        name, winner, expected, raceMs, refMs, ratio, target.text(), pass ? "ok" : "MISSED");
    return pass;
  }

  private long timeAlone(int port, ResourceJson.Conn... conns) {
    ResourceJson.Conn only =
        Arrays.stream(conns).filter(c -> c.port() == port).findFirst().orElseThrow();
    MyPlexResource alone = resource(only);
    long start = System.nanoTime();
    alone.connect();
    return System.nanoTime() - start;
  }

  private static String describe(String baseUrl, ResourceJson.Conn... conns) {
    for (ResourceJson.Conn c : conns) {
      if (baseUrl.endsWith(":" + c.port())) {
        return conns.length == 2 && conns[0].local() == conns[1].local()
            ? c.protocol()
            : c.local() ? "local" : "remote";
      }
    }
    return baseUrl;
  }

  private MyPlexResource resource(ResourceJson.Conn... conns) {
    plexTv.resetAll();
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server("Box", MACHINE, true, "bench-token", List.of(conns)))));
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .token("bench-account-token")
        .clientIdentifier("bench")
        .okHttpClient(client)
        .build()
        .resource("Box");
  }

  /**
   * Starts a JVM that connects (a hanging remote still racing when it wins) and returns from main.
   */
  private boolean exitAfterConnect(int localPort) throws Exception {
    LoopbackServers.Hanging remote = servers.hanging();
    plexTv.resetAll();
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/resources"))
            .willReturn(
                Fakes.json(
                    ResourceJson.server(
                        "Box",
                        MACHINE,
                        true,
                        "bench-token",
                        List.of(
                            http(localPort, true, false), http(remote.port(), false, false))))));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.java(),
                "-cp",
                System.getProperty("java.class.path"),
                ConnectBenchmark.class.getName(),
                "--exit-probe",
                plexTv.baseUrl()));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes()).trim();
    child.waitFor(30, TimeUnit.SECONDS);
    long exitedAt = System.currentTimeMillis();
    String last = output.lines().reduce((a, b) -> b).orElse("");
    long returnedAt = last.startsWith("returned-at ") ? Long.parseLong(last.substring(12)) : -1;
    long lag = exitedAt - returnedAt;
    boolean pass = returnedAt > 0 && lag <= 100 && child.exitValue() == 0;
    System.out.printf(
        "| JVM exit after main returns from connect() | - | - | %d | - | - | <= 100 ms %s |%n",
        lag, pass ? "ok" : "MISSED " + output);
    return pass;
  }

  private static void exitProbe(String plexTvUrl) throws IOException {
    MyPlexResource box =
        MyPlexAccount.builder()
            .baseUrl(plexTvUrl)
            .token("bench-account-token")
            .clientIdentifier("bench")
            .build()
            .resource("Box");
    box.connect();
    System.out.println("returned-at " + System.currentTimeMillis());
    System.out.flush();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** The java executable of this JVM. */
  private static final class Path {
    static String java() {
      return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
  }
}
