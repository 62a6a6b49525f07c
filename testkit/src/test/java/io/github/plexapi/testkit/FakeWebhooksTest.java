package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.WebhookEvent;
import io.github.plexapi.myplex.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A recipe: testing a webhook receiver end to end with the fake posting real-looking events. */
class FakeWebhooksTest {
  @Test
  void theFakePostsEventsToEveryRegisteredWebhook() throws Exception {
    LinkedBlockingQueue<WebhookEvent> received = new LinkedBlockingQueue<>();
    try (FakePlexTv plexTv = FakePlexTv.start();
        WebhookReceiver receiver =
            WebhookReceiver.builder()
                .bindAddress("127.0.0.1")
                .path("/hook/s3cr3t")
                .build(received::add);
        MyPlexAccount account =
            MyPlexAccount.builder()
                .baseUrl(plexTv.baseUrl())
                .token(plexTv.token())
                .clientIdentifier("webhook-test")
                .timeout(Duration.ofSeconds(3))
                .build()) {
      account.addWebhook(receiver.getUri().toString());

      assertEquals(List.of(200), plexTv.sendWebhookEvent("media.play"));
      assertEquals(List.of(200), plexTv.sendWebhookEvent("admin.database.backup"));

      WebhookEvent play = received.poll(2, TimeUnit.SECONDS);
      assertEquals(WebhookEvent.Kind.MEDIA_PLAY, play.getKind());
      assertEquals("Box", play.getServerTitle());
      assertEquals("The Expanse", play.getMetadata().getGrandparentTitle());
      assertNotNull(play.getThumbnail());
      WebhookEvent backup = received.poll(2, TimeUnit.SECONDS);
      assertEquals(WebhookEvent.Kind.ADMIN_DATABASE_BACKUP, backup.getKind());
      assertNull(backup.getMetadata());
      assertNull(backup.getThumbnail());
      assertTrue(received.isEmpty());
    }
  }
}
