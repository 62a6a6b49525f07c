package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import java.io.PrintStream;

/**
 * Webhooks: lists the account's webhooks, adds one and removes it again. Each change reads the list
 * from plex.tv first, so webhooks set elsewhere are never lost.
 */
public final class WebhooksExample {
  private WebhooksExample() {}

  /** Runs against plex.tv: {@code WebhooksExample https://example.com/hook}. */
  public static void main(String[] args) {
    run(MyPlexAccount.builder().fromEnv().product("plexapi-java example"), args[0], System.out);
  }

  /** Adds {@code url}, then deletes it, printing the list each time. */
  public static void run(MyPlexAccount.Builder builder, String url, PrintStream out) {
    try (MyPlexAccount account = builder.build()) {
      out.println("Webhooks: " + account.webhooks());
      out.println("Added:    " + account.addWebhook(url));
      out.println("Deleted:  " + account.deleteWebhook(url));
    }
  }
}
