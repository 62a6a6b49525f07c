package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.WebhookEvent;
import io.github.plexapi.myplex.WebhookReceiver;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.PrintStream;
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
  private WebhookReceiverExample() {}

  /** {@code WebhookReceiverExample [--fake] [port]}; the real account comes from PLEX_TOKEN. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--fake")) {
      try (FakePlexTv plexTv = FakePlexTv.start()) {
        runFake(plexTv, System.out);
      }
      return;
    }
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8099;
    try (MyPlexAccount account = MyPlexAccount.builder().fromEnv().build();
        WebhookReceiver receiver =
            WebhookReceiver.builder().port(port).path(secretPath()).build(System.out::println)) {
      System.out.println(
          "Listening; register this URL (with your LAN address): " + receiver.getUri());
      Thread.currentThread().join();
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
