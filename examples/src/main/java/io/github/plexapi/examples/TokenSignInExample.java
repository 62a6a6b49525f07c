package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import java.io.PrintStream;
import java.util.Map;

/**
 * Token sign-in: builds an account from {@code PLEX_TOKEN} (and a persisted {@code
 * PLEX_CLIENT_IDENTIFIER}), connects it, and prints who it is.
 */
public final class TokenSignInExample {
  private TokenSignInExample() {}

  /** Runs against plex.tv with the token in {@code PLEX_TOKEN}, or offline with {@code --fake}. */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("TokenSignInExample", "", 0)
        .run(args, env, out, err, (builder, a, printer) -> run(builder, printer));
  }

  /** Connects the account the builder describes and prints its summary. */
  public static void run(MyPlexAccount.Builder builder, PrintStream out) {
    try (MyPlexAccount account = builder.build().connect()) {
      out.println("Signed in as " + account.getUsername() + " <" + account.getEmail() + ">");
      out.println(
          "Plex Pass: " + (account.isSubscriptionActive() ? account.getSubscriptionPlan() : "no"));
      out.println(
          "Client identifier to persist: " + account.headers().get("X-Plex-Client-Identifier"));
    }
  }
}
