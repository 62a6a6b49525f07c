package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.ResourceConnection;
import java.io.PrintStream;
import java.util.Map;

/**
 * Signs in with the token in {@code PLEX_TOKEN} (and, if set, the persisted client identifier in
 * {@code PLEX_CLIENT_IDENTIFIER}) and prints the account and every server and player it can reach.
 */
public final class ListServersExample {
  private ListServersExample() {}

  /** Runs against plex.tv with the token in {@code PLEX_TOKEN}, or offline with {@code --fake}. */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("ListServersExample", "", 0)
        .run(args, env, out, err, (builder, a, printer) -> run(builder, printer));
  }

  /** Connects the account the builder describes and prints its summary to {@code out}. */
  public static void run(MyPlexAccount.Builder builder, PrintStream out) {
    try (MyPlexAccount account = builder.build().connect()) {
      out.printf(
          "%s <%s>, Plex Pass: %s%n",
          account.getUsername(), account.getEmail(), account.isSubscriptionActive() ? "yes" : "no");
      for (MyPlexResource resource : account.resources()) {
        out.printf(
            "%s (%s, %s)%n",
            resource.getName(),
            resource.getProduct(),
            resource.isOwned() ? "owned" : "shared by " + resource.getSourceTitle());
        for (ResourceConnection c : resource.getConnections()) {
          String kind = c.isRelay() ? "relay" : c.isLocal() ? "local" : "remote";
          out.printf("    %-6s %s%n", kind, c.getUri());
        }
      }
    }
  }
}
