package io.github.plexapi.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connection of a fake media server: a JDK HTTP(S) server on 127.0.0.1 answering the identity
 * call ({@code GET /}) after a delay, as its machine (or, for a stale address, another), and
 * refusing requests without the server's token with 401 as Plex Media Server does. A dead one only
 * reserves a port nothing listens on.
 */
public final class MediaServerHost {
  private final HttpServer server;
  private final int port;
  private final boolean https;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> tokens = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService executor;

  /**
   * Starts the host.
   *
   * @param machineId the machine identifier it answers with
   * @param token the token requests must carry
   */
  public MediaServerHost(
      String machineId, String token, boolean https, Duration delay, boolean dead)
      throws IOException {
    this.https = https;
    if (dead) {
      try (ServerSocket reserved = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = reserved.getLocalPort();
      }
      server = null;
      executor = null;
      return;
    }
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    if (https) {
      HttpsServer secure = HttpsServer.create(address, 50);
      secure.setHttpsConfigurator(new HttpsConfigurator(Tls.SERVER.sslContext()));
      server = secure;
    } else {
      server = HttpServer.create(address, 50);
    }
    executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "fake-media-server");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> answer(exchange, machineId, token, delay));
    server.start();
    port = server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange, String machineId, String token, Duration delay)
      throws IOException {
    requests.incrementAndGet();
    String sent = exchange.getRequestHeaders().getFirst("X-Plex-Token");
    tokens.add(sent);
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String path = exchange.getRequestURI().getPath();
    if (!token.equals(sent)) {
      send(exchange, 401, "text/html", "<html><head><title>Unauthorized</title></head></html>");
    } else if (path.equals("/")) {
      send(
          exchange,
          200,
          "application/xml",
          "<MediaContainer size=\"0\" machineIdentifier=\""
              + machineId
              + "\" friendlyName=\""
              + machineId
              + "\" version=\"1.41.0.0000-fake\" myPlex=\"1\" claimed=\"1\"/>");
    } else if (path.equals("/myplex/claim") && exchange.getRequestMethod().equals("POST")) {
      send(exchange, 200, "application/xml", "<MediaContainer size=\"0\"/>");
    } else {
      send(exchange, 404, "text/html", "<html>Not Found</html>");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** Whether this connection is https. */
  public boolean https() {
    return https;
  }

  /** How many requests arrived. */
  public int requests() {
    return requests.get();
  }

  /** The token of each request that arrived (null where none was sent). */
  public List<String> tokens() {
    synchronized (tokens) {
      return Collections.unmodifiableList(new ArrayList<>(tokens));
    }
  }

  /** Stops the host. */
  public void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
