package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.WebhookEvent;
import io.github.plexapi.myplex.WebhookReceiver;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Receiving webhooks: starts a {@link WebhookReceiver} on a secret path, registers its URL with
 * {@code addWebhook}, and prints each event. With {@code --fake}, the fake plex.tv posts one event
 * to it and the example exits; otherwise it listens (on every interface, port 8099 or the first
 * argument) until stopped.
 */
public final class WebhookReceiverExample {
  static final String USAGE = "usage: bin/example WebhookReceiverExample [--fake] [PORT]";

  private WebhookReceiverExample() {}

  /** {@code WebhookReceiverExample [--fake] [port]}; the real account comes from PLEX_TOKEN. */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example with these arguments and environment; returns the exit code. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean fake = rest.remove("--fake") | "1".equals(env.get("PLEXAPI_FAKE"));
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(USAGE);
      return 2;
    }
    if (rest.size() > 1 || !rest.isEmpty() && !rest.get(0).matches("\\d{1,5}")) {
      err.println(USAGE);
      return 2;
    }
    try {
      if (fake) {
        try (FakePlexTv plexTv = FakePlexTv.start()) {
          runFake(plexTv, out);
        }
        return 0;
      }
      if (env.get("PLEX_TOKEN") == null || env.get("PLEX_TOKEN").isBlank()) {
        err.println(ExampleMain.NO_TOKEN);
        return 3;
      }
      int port = rest.isEmpty() ? 8099 : Integer.parseInt(rest.get(0));
      try (WebhookReceiver receiver =
          WebhookReceiver.builder().port(port).path(secretPath()).build(out::println)) {
        out.println("Listening; register this URL (with your LAN address): " + receiver.getUri());
        Thread.currentThread().join();
      }
      return 0;
    } catch (PlexApiException | IllegalArgumentException | IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (Exception e) {
      err.println("error: " + e);
      return 1;
    }
  }

  /** Registers a receiver with the fake, has the fake post {@code media.play}, prints what came. */
  public static void runFake(FakePlexTv plexTv, PrintStream out) throws Exception {
    LinkedBlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
    try (MyPlexAccount account =
            MyPlexAccount.builder()
                .baseUrl(plexTv.baseUrl())
                .token(plexTv.token())
                .clientIdentifier("webhook-receiver-example")
                .build();
        WebhookReceiver receiver =
            WebhookReceiver.builder()
                .bindAddress("127.0.0.1")
                .path(secretPath())
                .build(events::add)) {
      account.addWebhook(receiver.getUri().toString());
      out.println("Registered " + account.webhooks().size() + " webhook on a secret path");
      out.println(
          "The fake server posted media.play: HTTP " + plexTv.sendWebhookEvent("media.play"));
      WebhookEvent event = events.poll(5, TimeUnit.SECONDS);
      out.println("Received: " + event);
      out.println(
          "  "
              + event.getAccountTitle()
              + " played "
              + event.getMetadata().getGrandparentTitle()
              + " S"
              + event.getMetadata().getParentIndex()
              + "E"
              + event.getMetadata().getIndex()
              + " \""
              + event.getMetadata().getTitle()
              + "\" on "
              + event.getPlayerTitle()
              + (event.getThumbnail() == null
                  ? ""
                  : " (thumbnail: " + event.getThumbnail().length + " bytes)"));
    }
  }

  private static String secretPath() {
    return "/plex/" + UUID.randomUUID();
  }
}
