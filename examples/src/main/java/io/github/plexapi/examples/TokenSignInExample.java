package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import java.io.PrintStream;

/**
 * Token sign-in: builds an account from {@code PLEX_TOKEN} (and a persisted {@code
 * PLEX_CLIENT_IDENTIFIER}), connects it, and prints who it is.
 */
public final class TokenSignInExample {
  private TokenSignInExample() {}

  /** Runs against plex.tv with the token in {@code PLEX_TOKEN}. */
  public static void main(String[] args) {
    run(MyPlexAccount.builder().fromEnv().product("plexapi-java example"), System.out);
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
