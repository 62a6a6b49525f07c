package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import java.io.PrintStream;
import java.util.Map;

/**
 * Webhooks: lists the account's webhooks, adds one and removes it again. Each change reads the list
 * from plex.tv first, so webhooks set elsewhere are never lost.
 */
public final class WebhooksExample {
  private WebhooksExample() {}

  /**
   * Runs against plex.tv: {@code WebhooksExample https://example.com/hook}; offline with {@code
   * --fake}.
   */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("WebhooksExample", "URL", 1)
        .run(args, env, out, err, (builder, a, printer) -> run(builder, a.get(0), printer));
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
