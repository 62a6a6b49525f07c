package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexServer;
import io.github.plexapi.myplex.ResourceConnection;
import io.github.plexapi.myplex.WebLogin;
import io.github.plexapi.testkit.FakeConnection;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A small command-line tool over the library: {@code login}, {@code account}, {@code servers},
 * {@code connect NAME}, {@code webhooks [add|delete URL]}. {@code --fake} runs against an embedded
 * fake plex.tv. Exit codes: 0 done, 1 plex.tv or network error, 2 usage error, 3 not logged in.
 */
public final class PlexCli {
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: plex [--fake] [--verbose] [--config FILE] COMMAND",
          "  login                    sign in through the browser and remember the token",
          "  account                  show the account",
          "  servers                  list servers and their connections",
          "  connect NAME             connect to a server and show the address chosen",
          "  webhooks [add|delete URL]  list, add or delete webhooks");

  private final PrintStream out;
  private final PrintStream err;
  private boolean fake;
  private boolean verbose;
  private CredentialStore store;

  private PlexCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the tool with the process's arguments and environment. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs one command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return new PlexCli(out, err).execute(args, env);
  }

  private int execute(String[] args, Map<String, String> env) {
    List<String> rest = new ArrayList<>();
    String config = env.get("PLEXAPI_CONFIG");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--fake" -> fake = true;
        case "--verbose" -> verbose = true;
        case "--config" -> config = i + 1 < args.length ? args[++i] : null;
        default -> rest.add(args[i]);
      }
    }
    if (rest.isEmpty() || config == null && env.get("HOME") == null) {
      err.println(USAGE);
      return 2;
    }
    store =
        new CredentialStore(
            config != null
                ? Path.of(config)
                : Path.of(env.get("HOME"), ".config", "plexapi-java", "credentials.properties"));
    try {
      if (!fake) {
        return dispatch(rest, MyPlexAccount.builder().product("plexapi-java cli"), null);
      }
      try (FakePlexTv plexTv = FakePlexTv.start()) {
        plexTv.addServer(
            "Living Room",
            FakeConnection.local().dead(),
            FakeConnection.local(),
            FakeConnection.remote());
        plexTv.addServer("Cabin", false, FakeConnection.remote().slow(Duration.ofMillis(50)));
        plexTv.approvePinsAfter(Duration.ofMillis(300));
        return dispatch(
            rest,
            MyPlexAccount.builder()
                .product("plexapi-java cli")
                .baseUrl(plexTv.baseUrl())
                .okHttpClient(plexTv.okHttpClient())
                .pinPollInterval(Duration.ofMillis(100)),
            plexTv);
      }
    } catch (PlexApiException | IOException | IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
  }

  private int dispatch(List<String> args, MyPlexAccount.Builder builder, FakePlexTv plexTv)
      throws IOException {
    String command = args.get(0);
    if (command.equals("login")) {
      return login(builder);
    }
    CredentialStore.Credentials saved = store.load();
    if (plexTv != null) {
      builder
          .token(plexTv.token())
          .clientIdentifier(saved != null ? saved.clientIdentifier() : "plexapi-cli-fake");
    } else if (saved == null) {
      err.println("error: not logged in: run 'plex login' first");
      return 3;
    } else {
      builder.token(saved.token()).clientIdentifier(saved.clientIdentifier());
    }
    try (MyPlexAccount account = builder.build()) {
      switch (command) {
        case "account" -> account(account.connect());
        case "servers" -> servers(account.resources());
        case "connect" -> connect(account, argument(args, 1, "connect NAME"));
        case "webhooks" -> webhooks(account, args);
        default ->
            throw new IllegalArgumentException("unknown command '" + command + "'\n" + USAGE);
      }
    }
    return 0;
  }

  private int login(MyPlexAccount.Builder builder) throws IOException {
    CredentialStore.Credentials saved = store.load();
    String clientId = saved != null ? saved.clientIdentifier() : UUID.randomUUID().toString();
    try (MyPlexAccount account = builder.clientIdentifier(clientId).build()) {
      WebLogin login = account.getWebLogin(null);
      out.println("Open this page to sign in: " + login.getUri());
      account.webLoginCheck(login, Duration.ofMinutes(10));
      store.save(new CredentialStore.Credentials(account.getAuthenticationToken(), clientId));
      out.println("Signed in as " + account.getUsername() + "; token saved to " + store.path());
    }
    return 0;
  }

  private void account(MyPlexAccount account) {
    out.printf(
        "%-12s %s%n%-12s %s%n%-12s %s%n%-12s %s%n",
        "username",
        account.getUsername(),
        "email",
        account.getEmail(),
        "plex pass",
        account.isSubscriptionActive() ? account.getSubscriptionPlan() : "no",
        "joined",
        account.getJoinedAt());
  }

  private void servers(List<MyPlexResource> resources) {
    out.printf("%-20s %-8s %-16s %s%n", "NAME", "OWNED", "PROVIDES", "CONNECTIONS");
    for (MyPlexResource r : resources) {
      String connections =
          r.getConnections().stream().map(PlexCli::describe).collect(Collectors.joining(", "));
      out.printf(
          "%-20s %-8s %-16s %s%n",
          r.getName(), r.isOwned() ? "yes" : "no", r.getProvides(), connections);
    }
  }

  private static String describe(ResourceConnection c) {
    return (c.isRelay() ? "relay" : c.isLocal() ? "local" : "remote") + " " + c.getUri();
  }

  private void connect(MyPlexAccount account, String name) {
    PlexServer server = account.resource(name).connect();
    out.printf(
        "connected to %s at %s in %d ms%n",
        server.getFriendlyName(), server.getBaseUrl(), server.getConnectTime().toMillis());
    server.getConnectReport().forEach(line -> out.println("  " + line));
  }

  private void webhooks(MyPlexAccount account, List<String> args) {
    List<String> now;
    if (args.size() == 1) {
      now = account.webhooks();
    } else if (args.get(1).equals("add")) {
      now = account.addWebhook(argument(args, 2, "webhooks add URL"));
    } else if (args.get(1).equals("delete")) {
      now = account.deleteWebhook(argument(args, 2, "webhooks delete URL"));
    } else {
      throw new IllegalArgumentException("usage: webhooks [add|delete URL]");
    }
    if (now.isEmpty()) {
      out.println("(no webhooks)");
    }
    now.forEach(out::println);
  }

  private static String argument(List<String> args, int index, String usage) {
    if (args.size() <= index) {
      throw new IllegalArgumentException("usage: " + usage);
    }
    return args.get(index);
  }
}
