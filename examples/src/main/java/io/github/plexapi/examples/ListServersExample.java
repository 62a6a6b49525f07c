package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.ResourceConnection;
import java.io.PrintStream;

/**
 * Signs in with the token in {@code PLEX_TOKEN} (and, if set, the persisted client identifier in
 * {@code PLEX_CLIENT_IDENTIFIER}) and prints the account and every server and player it can reach.
 */
public final class ListServersExample {
  private ListServersExample() {}

  /** Runs the example against plex.tv; exits with 2 when {@code PLEX_TOKEN} is not set. */
  public static void main(String[] args) {
    if (System.getenv("PLEX_TOKEN") == null) {
      System.err.println("Set PLEX_TOKEN to your plex.tv token first.");
      System.exit(2);
    }
    try {
      run(MyPlexAccount.builder().fromEnv().product("plexapi-java example"), System.out);
    } catch (PlexApiException e) {
      System.err.println("plex.tv: " + e.getMessage());
      System.exit(1);
    }
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
