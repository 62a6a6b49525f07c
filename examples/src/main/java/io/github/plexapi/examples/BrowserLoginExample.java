package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.WebLogin;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Browser login: creates a PIN, prints the page that approves it, waits for the approval and prints
 * the new token's owner. No password ever touches the program.
 */
public final class BrowserLoginExample {
  private BrowserLoginExample() {}

  /** Runs against plex.tv (open the printed page in a browser). */
  public static void main(String[] args) {
    run(MyPlexAccount.builder().fromEnv().product("plexapi-java example"), System.out);
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
