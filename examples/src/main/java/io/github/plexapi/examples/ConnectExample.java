package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.PlexServer;
import java.io.PrintStream;

/**
 * Connect: finds a server by name and connects to the best of its addresses, printing which one
 * won, how long it took, and what happened to every other address.
 */
public final class ConnectExample {
  private ConnectExample() {}

  /** Runs against plex.tv: {@code ConnectExample "My Server"}. */
  public static void main(String[] args) {
    run(MyPlexAccount.builder().fromEnv().product("plexapi-java example"), args[0], System.out);
  }

  /** Connects to the server named {@code name}. */
  public static void run(MyPlexAccount.Builder builder, String name, PrintStream out) {
    try (MyPlexAccount account = builder.build()) {
      PlexServer server = account.resource(name).connect();
      out.printf(
          "%s %s at %s (%d ms)%n",
          server.getFriendlyName(),
          server.getVersion(),
          server.getBaseUrl(),
          server.getConnectTime().toMillis());
      server.getConnectReport().forEach(line -> out.println("  " + line));
    }
  }
}
