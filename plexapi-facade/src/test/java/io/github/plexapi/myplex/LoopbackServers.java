package io.github.plexapi.myplex;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * Fake media servers on 127.0.0.1, each misbehaving in its own way, for connect tests and the
 * benchmark. Nothing here listens or connects anywhere but loopback.
 */
public final class LoopbackServers implements AutoCloseable {
  /**
   * MockWebServer logs a warning for each connection that closes before sending a request. Here
   * that is the library working: a connect race cancels its losing attempts once connected, and a
   * dropped connection is what the reliability tests play. Held strongly, so the level stays set.
   */
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  static {
    quietMockWebServerLog();
  }

  /**
   * Keeps MockWebServer's "didn't make a request" warnings (expected here) out of the build log.
   */
  public static void quietMockWebServerLog() {
    MOCK_WEB_SERVER_LOG.setLevel(Level.SEVERE);
  }

  private static final HeldCertificate CERTIFICATE =
      new HeldCertificate.Builder()
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .build();
  private static final HandshakeCertificates SERVER_TLS =
      new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build();
  private static final HandshakeCertificates CLIENT_TLS =
      new HandshakeCertificates.Builder().addTrustedCertificate(CERTIFICATE.certificate()).build();

  private final List<AutoCloseable> open = new ArrayList<>();

  /** An OkHttp client that trusts the fake servers' self-signed certificate. */
  public static OkHttpClient trustingClient() {
    return new OkHttpClient.Builder()
        .sslSocketFactory(CLIENT_TLS.sslSocketFactory(), CLIENT_TLS.trustManager())
        .build();
  }

  /** The identity answer of a media server. */
  public static String identityXml(String machineId) {
    return "<MediaContainer size=\"0\" machineIdentifier=\""
        + machineId
        + "\" friendlyName=\"Server "
        + machineId
        + "\" version=\"1.40.0.1\" myPlex=\"1\"/>";
  }

  /** A server that answers every request with {@code body} after {@code delayMs}. */
  public MockWebServer answering(String body, long delayMs, boolean https) {
    return start(
        https,
        new MockResponse()
            .setHeader("Content-Type", "application/xml")
            .setBody(body)
            .setHeadersDelay(delayMs, TimeUnit.MILLISECONDS));
  }

  /** A media server with {@code machineId} answering after {@code delayMs}. */
  public MockWebServer identity(String machineId, long delayMs, boolean https) {
    return answering(identityXml(machineId), delayMs, https);
  }

  /** A server that answers {@code status}. */
  public MockWebServer status(int status) {
    return start(false, new MockResponse().setResponseCode(status).setBody("<html>error</html>"));
  }

  /** A server that reads the request and never answers. */
  public MockWebServer silent(boolean https) {
    return start(https, new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
  }

  /** A raw server that sends headers and the start of the body, then stalls. */
  public Hanging stalledBody(String machineId) throws IOException {
    String body = identityXml(machineId);
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: "
            + (body.length() + 100)
            + "\r\n\r\n"
            + body.substring(0, body.length() / 2);
    Hanging hanging = new Hanging(head.getBytes(StandardCharsets.US_ASCII));
    open.add(hanging);
    return hanging;
  }

  /**
   * A raw server that records each request's head and answers {@code replyTemplate} with every
   * {@code {token}} replaced by the request's {@code X-Plex-Token} (empty without one): a server
   * that echoes the token into its status line, a header or a chunk header.
   */
  public Echoing echoing(String replyTemplate) throws IOException {
    Echoing echoing = new Echoing(replyTemplate);
    open.add(echoing);
    return echoing;
  }

  /** A port on 127.0.0.1 where nothing listens: connecting is refused at once. */
  public static int refusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A listener whose accept backlog is full: connecting to it hangs, as to a black-holed address.
   */
  public int blackHole() throws IOException {
    ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    open.add(listener);
    InetSocketAddress address =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    for (int i = 0; i < 16; i++) {
      Socket filler = new Socket();
      open.add(filler);
      try {
        filler.connect(address, 200);
      } catch (SocketTimeoutException full) {
        return listener.getLocalPort();
      }
    }
    throw new IllegalStateException("could not fill the backlog");
  }

  /** A raw listener that reads requests, never answers, and notices when the client hangs up. */
  public Hanging hanging() throws IOException {
    Hanging hanging = new Hanging(new byte[0]);
    open.add(hanging);
    return hanging;
  }

  private MockWebServer start(boolean https, MockResponse response) {
    MockWebServer server = new MockWebServer();
    if (https) {
      server.useHttps(SERVER_TLS.sslSocketFactory(), false);
    }
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return response.clone();
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    open.add(server::shutdown);
    return server;
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  /** See {@link #hanging()} and {@link #stalledBody(String)}. */
  public static final class Hanging implements AutoCloseable {
    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private final List<Socket> sockets = new ArrayList<>();
    private final byte[] reply;

    private Hanging(byte[] reply) throws IOException {
      this.reply = reply;
      Thread acceptor = new Thread(this::acceptAll, "hanging-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    /** The port. */
    public int port() {
      return listener.getLocalPort();
    }

    /** Whether a request arrived within the wait. */
    public boolean awaitRequest(long millis) throws InterruptedException {
      return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the client closed its connection within the wait. */
    public boolean awaitHangUp(long millis) throws InterruptedException {
      return hungUp.await(millis, TimeUnit.MILLISECONDS);
    }

    private void acceptAll() {
      try {
        while (true) {
          Socket socket = listener.accept();
          synchronized (sockets) {
            sockets.add(socket);
          }
          Thread reader = new Thread(() -> readUntilClosed(socket), "hanging-reader");
          reader.setDaemon(true);
          reader.start();
        }
      } catch (IOException closed) {
        // listener closed
      }
    }

    private void readUntilClosed(Socket socket) {
      try (InputStream in = socket.getInputStream()) {
        byte[] buffer = new byte[1024];
        boolean replied = false;
        while (in.read(buffer) != -1) {
          requested.countDown();
          if (!replied && reply.length > 0) {
            socket.getOutputStream().write(reply);
            socket.getOutputStream().flush();
            replied = true;
          }
        }
      } catch (IOException e) {
        // reset by the client: a hang-up too
      }
      hungUp.countDown();
    }

    @Override
    public void close() throws IOException {
      listener.close();
      synchronized (sockets) {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  /** See {@link #echoing(String)}. */
  public static final class Echoing implements AutoCloseable {
    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final String template;

    private Echoing(String template) throws IOException {
      this.template = template;
      Thread acceptor = new Thread(this::acceptAll, "echoing-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    /** The port. */
    public int port() {
      return listener.getLocalPort();
    }

    /** The heads (request line and headers) of the requests received so far. */
    public List<String> requests() {
      return List.copyOf(requests);
    }

    private void acceptAll() {
      try {
        while (true) {
          Socket socket = listener.accept();
          Thread answerer = new Thread(() -> answer(socket), "echoing-answerer");
          answerer.setDaemon(true);
          answerer.start();
        }
      } catch (IOException closed) {
        // listener closed
      }
    }

    private void answer(Socket socket) {
      try (socket) {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
          head.append((char) b);
          if (head.toString().endsWith("\r\n\r\n")) {
            break;
          }
        }
        requests.add(head.toString());
        String token = "";
        for (String line : head.toString().split("\r\n")) {
          if (line.toLowerCase(java.util.Locale.ROOT).startsWith("x-plex-token:")) {
            token = line.substring(line.indexOf(':') + 1).trim();
          }
        }
        socket
            .getOutputStream()
            .write(template.replace("{token}", token).getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        socket.shutdownOutput();
        while (in.read() != -1) {
          // wait for the client to hang up
        }
      } catch (IOException e) {
        // the client hung up
      }
    }

    @Override
    public void close() throws IOException {
      listener.close();
    }
  }
}
