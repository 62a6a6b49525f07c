package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.WebLogin;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * Browser login: creates a PIN, prints the page that approves it, waits for the approval and prints
 * the new token's owner. No password ever touches the program.
 */
public final class BrowserLoginExample {
  private BrowserLoginExample() {}

  /** Runs against plex.tv (no token needed), or offline with {@code --fake}. */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("BrowserLoginExample", "", 0)
        .withoutToken()
        .run(args, env, out, err, (builder, a, printer) -> run(builder, printer));
  }

  /** Logs in through the browser page, waiting at most five minutes. */
  public static void run(MyPlexAccount.Builder builder, PrintStream out) {
    try (MyPlexAccount account = builder.build()) {
      WebLogin login = account.getWebLogin(null);
      out.println("Open: " + login.getUri());
      account.webLoginCheck(login, Duration.ofMinutes(5));
      out.println("Logged in as " + account.getUsername());
    }
  }
}
