package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The receiver on the JDK's HTTP server, on 127.0.0.1 and a free port. */
class WebhookReceiverTest {
  private static final String PATH = "/plex/3f8a9c2e";
  private final OkHttpClient client = new OkHttpClient();

  private int post(String url, String contentType, byte[] body) throws Exception {
    Request request =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(body, MediaType.get(contentType)))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return response.code();
    }
  }

  private int get(String url) throws Exception {
    try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return response.code();
    }
  }

  @Test
  void onlyTheExactPathReceivesAndEachAnswerSaysWhatHappened() throws Exception {
    List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    CountDownLatch one = new CountDownLatch(1);
    try (WebhookReceiver receiver =
        WebhookReceiver.builder()
            .bindAddress("127.0.0.1")
            .port(0)
            .path(PATH)
            .maxBodySize(16 * 1024)
            .build(
                event -> {
                  received.add(event);
                  one.countDown();
                })) {
      String url = receiver.getUri().toString();
      String base = "http://127.0.0.1:" + receiver.getPort();
      byte[] good = WebhookEventTest.multipart(WebhookEventTest.PLAY, WebhookEventTest.JPEG);

      assertEquals(url, base + PATH);
      assertEquals(200, post(url, WebhookEventTest.multipartType(), good));
      assertTrue(one.await(2, TimeUnit.SECONDS));
      assertEquals(404, post(base + "/plex", WebhookEventTest.multipartType(), good));
      assertEquals(404, post(base + PATH + "/more", WebhookEventTest.multipartType(), good));
      assertEquals(405, get(url));
      assertEquals(400, post(url, "text/plain", "hello".getBytes()));
      assertEquals(400, post(url, WebhookEventTest.multipartType(), "--x".getBytes()));
      assertEquals(413, post(url, "application/json", new byte[32 * 1024]));
      Thread.sleep(100);

      assertEquals(1, received.size(), "a refused body was passed on");
      assertEquals("Pilot", received.get(0).getMetadata().getTitle());
    }
  }

  @Test
  void aSlowConsumerLosesTheOldestWaitingEventsNotTheServer() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> handled = new CopyOnWriteArrayList<>();
    try (WebhookReceiver receiver =
        WebhookReceiver.builder()
            .bindAddress("127.0.0.1")
            .path(PATH)
            .build(
                event -> {
                  try {
                    release.await(5, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  handled.add(event.getEvent());
                })) {
      for (int i = 0; i < 110; i++) {
        byte[] body = ("{\"event\":\"media.play." + i + "\"}").getBytes();
        assertEquals(200, post(receiver.getUri().toString(), "application/json", body));
      }

      assertTrue(receiver.getDropped() >= 8, "dropped " + receiver.getDropped());
      release.countDown();
      awaitUntil(() -> handled.size() >= 110 - receiver.getDropped());
      assertEquals("media.play.109", handled.get(handled.size() - 1), "the newest was kept");
      assertEquals(110 - receiver.getDropped(), handled.size());
      assertTrue(handled.contains("media.play.0"), "the running event is not dropped");
      assertTrue(
          !handled.contains("media.play.2"), "the oldest waiting events are the ones dropped");
    }
  }

  @Test
  void aClientThatStallsMidBodyIsCutOffAndTheReceiverGoesOn() throws Exception {
    List<WebhookEvent> received = new CopyOnWriteArrayList<>();
    try (WebhookReceiver receiver =
        WebhookReceiver.builder()
            .bindAddress("127.0.0.1")
            .path(PATH)
            .readTimeout(java.time.Duration.ofMillis(200))
            .build(received::add)) {
      try (java.net.Socket stalled = new java.net.Socket("127.0.0.1", receiver.getPort())) {
        stalled.setSoTimeout(5_000);
        stalled
            .getOutputStream()
            .write(
                ("POST "
                        + PATH
                        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"event\":")
                    .getBytes());
        stalled.getOutputStream().flush();
        long start = System.nanoTime();
        int read;
        try {
          read = stalled.getInputStream().read();
        } catch (java.net.SocketException reset) {
          read = -1;
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertTrue(read == -1 || waited < 4_000, "the stalled request was not cut off");
        assertTrue(waited < 4_000, "waited " + waited + " ms");
      }
      assertEquals(
          200,
          post(
              receiver.getUri().toString(),
              "application/json",
              "{\"event\":\"media.stop\"}".getBytes()));
      awaitUntil(() -> !received.isEmpty());
      assertEquals(1, received.size());
      assertEquals("media.stop", received.get(0).getEvent());
    }
  }

  /** Waits, up to 5 s, until {@code done} holds: the consumer runs on the receiver's thread. */
  private static void awaitUntil(java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
