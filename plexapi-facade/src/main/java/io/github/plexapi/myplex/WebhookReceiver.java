package io.github.plexapi.myplex;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Receives Plex webhooks on the JDK's built-in HTTP server (no servlet container): a POST to the
 * exact configured path is parsed with {@link WebhookEvent#parse(String, InputStream, long)} and
 * answered 200 (a good event, then handed to the consumer on the receiver's own bounded executor),
 * 400 (a body that is not an event; nothing is passed on), or 413 (over the size limit). Any other
 * path is 404, any other method 405. When the consumer falls behind and its queue is full, the
 * oldest waiting event is dropped and counted ({@link #getDropped()}); the server thread never
 * blocks.
 *
 * <p>Plex webhooks are not signed: anyone who knows the URL can post to it. Put a hard-to-guess
 * secret in the path ({@code /plex/3f8a...}) and register exactly that URL with {@link
 * MyPlexAccount#addWebhook(String)}.
 *
 * <p>It only listens: it never sends a request, to plex.tv or anywhere else.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService handlers;
  private final ThreadPoolExecutor consumerThread;
  private final ScheduledExecutorService watchdog;
  private final long readTimeoutMillis;
  private final String path;
  private final long maxBodySize;
  private final Consumer<WebhookEvent> consumer;
  private final AtomicLong dropped = new AtomicLong();

  private WebhookReceiver(Builder b, Consumer<WebhookEvent> consumer) throws IOException {
    this.path = b.path;
    this.maxBodySize = b.maxBodySize;
    this.readTimeoutMillis = b.readTimeout.toMillis();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("plexapi-webhook-watchdog"));
    this.consumer = consumer;
    BlockingQueue<Runnable> waiting = new ArrayBlockingQueue<>(b.queueSize);
    this.consumerThread =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            waiting,
            daemon("plexapi-webhook-consumer"),
            (r, e) -> {
              if (!e.isShutdown()) {
                e.getQueue().poll(); // drop the oldest waiting event
                dropped.incrementAndGet();
                e.execute(r);
              }
            });
    this.handlers = Executors.newFixedThreadPool(2, daemon("plexapi-webhook-http"));
    this.server = HttpServer.create(new InetSocketAddress(b.bindAddress, b.port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** A builder: every interface, a free port, path {@code /}, bodies up to 8 MiB. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The receiver's URL with the bound port: its bind address, or {@code 127.0.0.1} when it listens
   * on every interface (then register the LAN address the media server can reach, with this port
   * and path).
   */
  public URI getUri() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getHostString();
    return URI.create("http://" + host + ":" + bound.getPort() + path);
  }

  /** The port the receiver listens on. */
  public int getPort() {
    return server.getAddress().getPort();
  }

  /** How many events were dropped because the consumer fell behind. */
  public long getDropped() {
    return dropped.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getRawPath().equals(path)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodySize) {
        exchange.sendResponseHeaders(413, -1); // refused without reading it
        return;
      }
      WebhookEvent event;
      // a client that stops sending mid-body is cut off, so it cannot hold a thread forever
      ScheduledFuture<?> cutOff =
          watchdog.schedule(exchange::close, readTimeoutMillis, TimeUnit.MILLISECONDS);
      try (InputStream body = exchange.getRequestBody()) {
        event =
            WebhookEvent.parse(
                exchange.getRequestHeaders().getFirst("Content-Type"), body, maxBodySize);
      } catch (WebhookException e) {
        exchange.sendResponseHeaders(e.isTooLarge() ? 413 : 400, -1);
        return;
      } finally {
        cutOff.cancel(false);
      }
      // queued before the answer, so the next delivery cannot overtake this one
      consumerThread.execute(() -> consumer.accept(event));
      exchange.sendResponseHeaders(200, -1);
    }
  }

  /** Stops listening at once and stops handing events on; closing twice does nothing more. */
  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    watchdog.shutdownNow();
    consumerThread.shutdown();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link WebhookReceiver}. */
  public static final class Builder {
    private String bindAddress = "0.0.0.0";
    private int port;
    private String path = "/";
    private long maxBodySize = WebhookEvent.DEFAULT_MAX_BYTES;
    private int queueSize = 100;
    private java.time.Duration readTimeout = java.time.Duration.ofSeconds(10);

    private Builder() {}

    /**
     * The address to listen on (default every interface: a Plex Media Server posts from the LAN);
     * {@code 127.0.0.1} for tests.
     */
    public Builder bindAddress(String address) {
      this.bindAddress = Require.text("bindAddress", address);
      return this;
    }

    /** The port (default 0: a free one, see {@link #getUri()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /** The one path served, e.g. {@code /plex/<secret>}; anything else is 404. */
    public Builder path(String path) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /");
      }
      this.path = path;
      return this;
    }

    /** The largest body accepted (default 8 MiB); a larger one is answered 413. */
    public Builder maxBodySize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxBodySize must be positive");
      }
      this.maxBodySize = bytes;
      return this;
    }

    /**
     * The longest a request may take to arrive whole (default 10 s); a client that stalls longer is
     * disconnected and nothing is passed on.
     */
    public Builder readTimeout(java.time.Duration timeout) {
      if (timeout == null || timeout.toMillis() < 1) {
        throw new IllegalArgumentException("readTimeout must be at least 1 ms");
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Starts the receiver; each good event goes to {@code consumer} on the receiver's thread.
     *
     * @throws java.io.UncheckedIOException if the address cannot be bound
     */
    public WebhookReceiver build(Consumer<WebhookEvent> consumer) {
      Require.present("consumer", consumer);
      try {
        return new WebhookReceiver(this, consumer);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot listen on " + bindAddress + ":" + port, e);
      }
    }
  }
}
