package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Reading the bodies a Plex Media Server posts to a webhook, and refusing what is not one. */
class WebhookEventTest {
  static final String BOUNDARY = "------------------------a1b2c3d4e5f6";
  static final String PLAY =
      "{\"event\":\"media.play\",\"user\":true,\"owner\":true,\"futureField\":{\"x\":1},"
          + "\"Account\":{\"id\":1,\"thumb\":\"https://plex.tv/users/1/avatar\",\"title\":\"Owner\"},"
          + "\"Server\":{\"title\":\"Box\",\"uuid\":\"machine_id\"},"
          + "\"Player\":{\"local\":true,\"publicAddress\":\"127.0.0.1\",\"title\":\"Living Room\",\"uuid\":\"player-1\"},"
          + "\"Metadata\":{\"librarySectionType\":\"show\",\"ratingKey\":\"4242\",\"key\":\"/library/metadata/4242\","
          + "\"guid\":\"plex://episode/5d9c\",\"type\":\"episode\",\"title\":\"Pilot\",\"grandparentTitle\":\"The Expanse\","
          + "\"parentTitle\":\"Season 1\",\"librarySectionTitle\":\"TV Shows\",\"librarySectionID\":2,\"index\":1,"
          + "\"parentIndex\":1,\"year\":2015,\"duration\":2640000,\"viewOffset\":0,\"addedAt\":1609503144,"
          + "\"Guid\":[{\"id\":\"imdb://tt3230854\"}],\"newThing\":\"kept\"}}";
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

  /** A multipart body as Plex Media Server posts it. */
  static byte[] multipart(String payload, byte[] thumb) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"payload\"\r\n"
            + "Content-Type: application/json\r\n\r\n"
            + payload
            + "\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    if (thumb != null) {
      out.writeBytes(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"thumb\"; filename=\"image.jpg\"\r\n"
                  + "Content-Type: image/jpeg\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.writeBytes(thumb);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static String multipartType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  @Test
  void aMediaPlayWithItsThumbnailIsReadField() {
    WebhookEvent event = WebhookEvent.parse(multipartType(), multipart(PLAY, JPEG));

    assertEquals("media.play", event.getEvent());
    assertEquals(WebhookEvent.Kind.MEDIA_PLAY, event.getKind());
    assertTrue(event.isUser() && event.isOwner());
    assertEquals(1L, event.getAccountId());
    assertEquals("Owner", event.getAccountTitle());
    assertEquals("Box", event.getServerTitle());
    assertEquals("machine_id", event.getServerUuid());
    assertEquals("Living Room", event.getPlayerTitle());
    assertEquals("player-1", event.getPlayerUuid());
    assertTrue(event.isPlayerLocal());
    assertEquals("127.0.0.1", event.getPlayerPublicAddress());
    WebhookMetadata item = event.getMetadata();
    assertEquals("4242", item.getRatingKey());
    assertEquals("plex://episode/5d9c", item.getGuid());
    assertEquals("episode", item.getType());
    assertEquals("Pilot", item.getTitle());
    assertEquals("Season 1", item.getParentTitle());
    assertEquals("The Expanse", item.getGrandparentTitle());
    assertEquals(1, item.getIndex());
    assertEquals(1, item.getParentIndex());
    assertEquals("show", item.getLibrarySectionType());
    assertEquals("TV Shows", item.getLibrarySectionTitle());
    assertEquals(2015, item.getYear());
    assertEquals("imdb://tt3230854", item.getModel().getGuids().get(0).getId());
    assertEquals("kept", item.getModel().getAdditionalProperty("newThing"));
    assertEquals(Map.of("x", 1.0), event.getModel().getAdditionalProperty("futureField"));
    assertArrayEquals(JPEG, event.getThumbnail());
  }

  @Test
  void aJsonBodyAndAnAdminEventWithoutThumbnailAreRead() {
    WebhookEvent json =
        WebhookEvent.parse(
            "application/json; charset=utf-8",
            "{\"event\":\"admin.database.backup\",\"user\":false}"
                .getBytes(StandardCharsets.UTF_8));
    WebhookEvent noThumb =
        WebhookEvent.parse(multipartType(), multipart("{\"event\":\"library.on.deck\"}", null));

    assertEquals(WebhookEvent.Kind.ADMIN_DATABASE_BACKUP, json.getKind());
    assertFalse(json.isUser());
    assertNull(json.getMetadata());
    assertNull(json.getPlayerTitle());
    assertFalse(json.isPlayerLocal());
    assertNull(json.getThumbnail());
    assertEquals(WebhookEvent.Kind.LIBRARY_ON_DECK, noThumb.getKind());
    assertNull(noThumb.getAccountId());
  }

  @Test
  void everyKnownEventHasItsKindAndANewOneIsUnknown() {
    String[] events = {
      "media.play",
      "media.pause",
      "media.resume",
      "media.stop",
      "media.scrobble",
      "media.rate",
      "library.on.deck",
      "library.new",
      "admin.database.backup",
      "admin.database.corrupted",
      "device.new",
      "playback.started"
    };
    for (String event : events) {
      WebhookEvent.Kind kind = WebhookEvent.Kind.of(event);
      assertEquals(event.replace('.', '_').toUpperCase(java.util.Locale.ROOT), kind.name());
    }
    assertEquals(WebhookEvent.Kind.UNKNOWN, WebhookEvent.Kind.of("media.teleport"));
    assertEquals(WebhookEvent.Kind.UNKNOWN, WebhookEvent.Kind.of(null));
    assertEquals(13, WebhookEvent.Kind.values().length);
  }

  @Test
  void badBodiesAreRefusedWithAWebhookException() {
    byte[] good = multipart(PLAY, JPEG);
    Map<String, Runnable> bad =
        Map.of(
            "text/plain", () -> WebhookEvent.parse("text/plain", good),
            "no content type", () -> WebhookEvent.parse(null, good),
            "no boundary", () -> WebhookEvent.parse("multipart/form-data", good),
            "other boundary", () -> WebhookEvent.parse("multipart/form-data; boundary=zzz", good),
            "no payload part",
                () ->
                    WebhookEvent.parse(
                        multipartType(),
                        new String(good, StandardCharsets.ISO_8859_1)
                            .replace("name=\"payload\"", "name=\"other\"")
                            .getBytes(StandardCharsets.ISO_8859_1)),
            "malformed payload",
                () -> WebhookEvent.parse(multipartType(), multipart("{\"event\":", null)),
            "truncated",
                () ->
                    WebhookEvent.parse(
                        multipartType(), java.util.Arrays.copyOf(good, good.length / 2)),
            "payload not an object",
                () ->
                    WebhookEvent.parse("application/json", "[1]".getBytes(StandardCharsets.UTF_8)));
    bad.forEach(
        (what, parse) -> {
          WebhookException e = assertThrows(WebhookException.class, parse::run, what);
          assertEquals(0, e.getStatusCode(), what);
          assertFalse(e.isTooLarge(), what);
        });
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutBeingReadWhole() {
    AtomicLong read = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            read.incrementAndGet();
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read.addAndGet(len);
            return len;
          }
        };

    WebhookException e =
        assertThrows(
            WebhookException.class, () -> WebhookEvent.parse(multipartType(), endless, 64 * 1024));

    assertTrue(e.isTooLarge());
    assertTrue(read.get() <= 64 * 1024 + 8192, "read " + read.get() + " bytes");
    assertTrue(
        assertThrows(
                WebhookException.class,
                () -> WebhookEvent.parse("application/json", new byte[9 * 1024 * 1024]))
            .isTooLarge());
  }
}
