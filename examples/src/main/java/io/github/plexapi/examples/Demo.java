package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexServer;
import io.github.plexapi.myplex.ResourceConnection;
import io.github.plexapi.myplex.WebLogin;
import io.github.plexapi.testkit.FakeConnection;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tour: browser login, the account, its servers and their addresses, connecting to the best
 * one, and webhooks. Without {@code PLEX_TOKEN} it runs against a fake plex.tv on 127.0.0.1 (no
 * account, no network); with it (and {@code PLEX_CLIENT_IDENTIFIER}) against the real plex.tv.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the tour; exits non-zero with a one-line message if plex.tv fails. {@code --fake} (or
   * {@code PLEXAPI_FAKE=1}) tours the fake even when {@code PLEX_TOKEN} is set.
   */
  public static void main(String[] args) {
    Map<String, String> env = new HashMap<>(System.getenv());
    if (Arrays.asList(args).contains("--fake") || "1".equals(env.get("PLEXAPI_FAKE"))) {
      env.remove("PLEX_TOKEN");
    }
    try {
      run(System.out, env);
    } catch (PlexApiException e) {
      System.err.println("plex.tv: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs the tour, printing to {@code out}; {@code env} decides between the fake and plex.tv. */
  public static void run(PrintStream out, Map<String, String> env) {
    if (env.get("PLEX_TOKEN") != null) {
      out.println("PLEX_TOKEN is set: touring your real plex.tv account.");
      try (MyPlexAccount account =
          MyPlexAccount.builder().fromEnv().product("plexapi-java demo").build()) {
        tour(out, account.connect(), false);
      }
      return;
    }
    out.println(
        "No PLEX_TOKEN: touring a fake plex.tv on 127.0.0.1 (set PLEX_TOKEN for the real one).");
    try (FakePlexTv plexTv = FakePlexTv.start()) {
      plexTv.addServer(
          "Living Room",
          FakeConnection.local().dead(),
          FakeConnection.local().slow(Duration.ofMillis(150)),
          FakeConnection.remote(),
          FakeConnection.relay().slow(Duration.ofMillis(400)));
      plexTv.addServer(
          "Friend's Server",
          false,
          FakeConnection.local(),
          FakeConnection.remote().slow(Duration.ofMillis(80)));
      plexTv.setWebhooks(List.of("https://example.com/plex-hook"));
      plexTv.approvePinsAfter(Duration.ofMillis(1500));
      try (MyPlexAccount account =
          MyPlexAccount.builder()
              .baseUrl(plexTv.baseUrl())
              .okHttpClient(plexTv.okHttpClient())
              .clientIdentifier("plexapi-java-demo")
              .product("plexapi-java demo")
              .pinPollInterval(Duration.ofMillis(250))
              .build()) {
        browserLogin(out, account);
        tour(out, account, true);
      }
    }
  }

  private static void browserLogin(PrintStream out, MyPlexAccount account) {
    out.println();
    out.println("== Browser login");
    WebLogin login = account.getWebLogin("https://example.com/welcome");
    out.println(
        "Open this page to approve the login (the fake approves it by itself in a moment):");
    out.println("  " + login.getUri());
    out.print("Waiting for approval ");
    long start = System.nanoTime();
    CompletableFuture<MyPlexAccount> pending =
        account.webLoginCheckAsync(login, Duration.ofMinutes(2));
    while (!pending.isDone()) {
      out.print(".");
      out.flush();
      try {
        pending.get(300, TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillWaiting) {
        // keep showing progress
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.cancel(true);
        return;
      } catch (ExecutionException e) {
        break;
      }
    }
    pending.join();
    out.printf(
        " approved after %d ms.%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  private static void tour(PrintStream out, MyPlexAccount account, boolean fake) {
    out.println();
    out.println("== Account");
    out.printf(
        "%s <%s>, joined %s, Plex Pass: %s (%s)%n",
        account.getUsername(),
        account.getEmail(),
        account.getJoinedAt(),
        account.isSubscriptionActive() ? "yes" : "no",
        account.getSubscriptionPlan());

    out.println();
    out.println("== Resources");
    List<MyPlexResource> resources = account.resources();
    for (MyPlexResource resource : resources) {
      out.printf(
          "%s (%s, %s)%n",
          resource.getName(),
          resource.getProvides(),
          resource.isOwned() ? "owned" : "shared by " + resource.getSourceTitle());
      for (ResourceConnection c : resource.getConnections()) {
        String where = c.isRelay() ? "relay" : c.isLocal() ? "local" : "remote";
        out.printf("  %-6s %-5s %s%n", where, c.getProtocol(), c.getUri());
      }
    }

    resources.stream()
        .filter(r -> r.provides("server"))
        .findFirst()
        .ifPresent(
            best -> {
              out.println();
              out.println("== connect() to " + best.getName());
              PlexServer server = best.connect();
              out.printf(
                  "Connected to %s (version %s) at %s in %d ms. Why that address:%n",
                  server.getFriendlyName(),
                  server.getVersion(),
                  server.getBaseUrl(),
                  server.getConnectTime().toMillis());
              server.getConnectReport().forEach(line -> out.println("  " + line));
            });

    out.println();
    out.println("== Webhooks");
    out.println("Now: " + account.webhooks());
    if (fake) {
      out.println("After adding one: " + account.addWebhook("https://example.com/another-hook"));
      out.println(
          "After deleting the first: " + account.deleteWebhook("https://example.com/plex-hook"));
    }
  }
}
