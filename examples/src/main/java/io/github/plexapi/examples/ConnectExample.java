package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.PlexServer;
import java.io.PrintStream;
import java.util.Map;

/**
 * Connect: finds a server by name and connects to the best of its addresses, printing which one
 * won, how long it took, and what happened to every other address.
 */
public final class ConnectExample {
  private ConnectExample() {}

  /**
   * Runs against plex.tv: {@code ConnectExample "My Server"}; offline: {@code --fake "Living
   * Room"}.
   */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("ConnectExample", "SERVER", 1)
        .run(args, env, out, err, (builder, a, printer) -> run(builder, a.get(0), printer));
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
