package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.NotFoundException;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexServer;
import io.github.plexapi.myplex.ResourceConnection;
import io.github.plexapi.myplex.WebLogin;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A small command-line tool over the library: {@code login}, {@code account}, {@code servers},
 * {@code connect NAME}, {@code webhooks [add|delete URL]}. {@code --fake} runs against an embedded
 * fake plex.tv. Exit codes: 0 done, 1 plex.tv or network error, 2 usage error, 3 not logged in.
 */
public final class PlexCli {
  private static final String PRODUCT = "plexapi-java cli";
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: plex [--fake | --base-url URL] [--verbose] [--config FILE] COMMAND",
          "  login                    sign in through the browser and remember the token",
          "  account                  show the account",
          "  servers                  list servers and their connections",
          "  connect NAME             connect to a server and show the address chosen",
          "  webhooks [add|delete URL]  list, add or delete webhooks",
          "PLEX_TOKEN and PLEX_CLIENT_IDENTIFIER, when set, are used instead of the saved ones.",
          "--fake runs against an embedded fake plex.tv; --base-url against a plex.tv stand-in"
              + " (with PLEX_TOKEN); neither reads or writes the saved credentials.");

  private final PrintStream out;
  private final PrintStream err;
  private final UnaryOperator<MyPlexAccount.Builder> plexTv;

  private PlexCli(PrintStream out, PrintStream err, UnaryOperator<MyPlexAccount.Builder> plexTv) {
    this.out = out;
    this.err = err;
    this.plexTv = plexTv;
  }

  /** Runs the tool with the process's arguments and environment, then exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs one command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, UnaryOperator.identity());
  }

  /**
   * As {@link #run(String[], PrintStream, PrintStream, Map)}, with plex.tv as {@code plexTv} sets
   * it.
   */
  static int run(
      String[] args,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      UnaryOperator<MyPlexAccount.Builder> plexTv) {
    return new PlexCli(out, err, plexTv).execute(args, env);
  }

  private int execute(String[] args, Map<String, String> env) {
    CliArguments cli;
    try {
      cli = CliArguments.parse(args, env);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (cli.help()) {
      out.println(USAGE);
      return 2;
    }
    try {
      if (cli.fake()) {
        try (FakePlexTv plexTv = OfflinePlexTv.start()) {
          String clientId = nonBlank(env.get("PLEX_CLIENT_IDENTIFIER"), "plexapi-cli-fake");
          return dispatch(cli, OfflinePlexTv.account(plexTv, clientId).product(PRODUCT), null);
        }
      }
      MyPlexAccount.Builder builder = MyPlexAccount.builder().product(PRODUCT);
      if (cli.baseUrl() != null) {
        builder.baseUrl(cli.baseUrl());
        return withEnvironment(cli, builder, env, null);
      }
      if (cli.config() == null) {
        err.println("error: HOME is not set: pass --config FILE");
        return 2;
      }
      return withEnvironment(cli, plexTv.apply(builder), env, new CredentialStore(cli.config()));
    } catch (PlexApiException | IOException | IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      if (cli.verbose()) {
        e.printStackTrace(err);
      }
      return e instanceof IllegalArgumentException ? 2 : 1;
    }
  }

  /** PLEX_TOKEN and PLEX_CLIENT_IDENTIFIER first, then the saved credentials (if a store). */
  private int withEnvironment(
      CliArguments cli,
      MyPlexAccount.Builder builder,
      Map<String, String> env,
      CredentialStore store)
      throws IOException {
    CredentialStore.Credentials saved = store != null ? store.load() : null;
    String token = nonBlank(env.get("PLEX_TOKEN"), saved != null ? saved.token() : null);
    String clientId =
        nonBlank(
            env.get("PLEX_CLIENT_IDENTIFIER"), saved != null ? saved.clientIdentifier() : null);
    builder.clientIdentifier(clientId != null ? clientId : UUID.randomUUID().toString());
    if (cli.command().equals("login")) {
      return dispatch(cli, builder, store);
    }
    if (token == null) {
      err.println(
          store != null
              ? "error: not logged in: run 'plex login' or set PLEX_TOKEN (no token in "
                  + store.path()
                  + ")"
              : "error: not logged in: set PLEX_TOKEN (saved credentials are for plex.tv only)");
      return 3;
    }
    return dispatch(cli, builder.token(token), store);
  }

  private int dispatch(CliArguments cli, MyPlexAccount.Builder builder, CredentialStore store)
      throws IOException {
    List<String> operands = cli.operands();
    if (cli.command().equals("login")) {
      return login(builder, store);
    }
    try (MyPlexAccount account = builder.build()) {
      switch (cli.command()) {
        case "account" -> account(account.connect());
        case "servers" -> servers(account.resources());
        case "connect" -> {
          return connect(account, operands.get(0));
        }
        default -> webhooks(account, operands);
      }
    }
    return 0;
  }

  private int login(MyPlexAccount.Builder builder, CredentialStore store) throws IOException {
    try (MyPlexAccount account = builder.build()) {
      WebLogin login = account.getWebLogin(null);
      out.println("Open this page to sign in: " + login.getUri());
      account.webLoginCheck(login, Duration.ofMinutes(10));
      String clientId = account.headers().get("X-Plex-Client-Identifier");
      if (store == null) {
        out.println("Signed in as " + account.getUsername() + " (not saved: not plex.tv)");
        return 0;
      }
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

  private int connect(MyPlexAccount account, String name) {
    MyPlexResource resource;
    try {
      resource = account.resource(name);
    } catch (NotFoundException e) {
      String names =
          account.resources().stream()
              .map(r -> "'" + r.getName() + "'")
              .collect(Collectors.joining(", "));
      err.println(
          "error: no resource named '"
              + name
              + "'; "
              + (names.isEmpty() ? "the account has none" : "there are: " + names));
      return 1;
    }
    PlexServer server = resource.connect();
    out.printf(
        "connected to %s at %s in %d ms%n",
        server.getFriendlyName(), server.getBaseUrl(), server.getConnectTime().toMillis());
    server.getConnectReport().forEach(line -> out.println("  " + line));
    return 0;
  }

  private void webhooks(MyPlexAccount account, List<String> operands) {
    List<String> now;
    if (operands.isEmpty()) {
      now = account.webhooks();
    } else if (operands.get(0).equals("add")) {
      now = account.addWebhook(operands.get(1));
    } else {
      now = account.deleteWebhook(operands.get(1));
    }
    if (now.isEmpty()) {
      out.println("(no webhooks)");
    }
    now.forEach(out::println);
  }

  private static String nonBlank(String value, String fallback) {
    return value != null && !value.isBlank() ? value.trim() : fallback;
  }
}
