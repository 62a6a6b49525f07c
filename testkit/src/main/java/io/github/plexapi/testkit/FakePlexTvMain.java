package io.github.plexapi.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The fake plex.tv as a program, for clients in any language: {@code java -jar
 * plexapi-testkit-VERSION-standalone.jar [--port N] [--server NAME]...} (or this class on a class
 * path with the testkit's dependencies). It starts with the same state as {@link
 * FakePlexTv#start()}, plus a server with a local and a remote connection for each {@code
 * --server}, prints one JSON line and runs until it is stopped (SIGINT or SIGTERM):
 *
 * <pre>{@code
 * {"baseUrl":"http://127.0.0.1:8990","token":"fake-token-...","clientIdentifier":"plexapi-testkit-client",
 *  "username":"fake-user","password":"fake-password",
 *  "mediaServers":[{"name":"Box","machineIdentifier":"fake-box","accessToken":"...","ports":[41234,41235]}]}
 * }</pre>
 *
 * <p>Send every request to {@code baseUrl} (each plex.tv host's paths are served at its root, and
 * under {@code baseUrl/HOST} too, e.g. {@code /clients.plex.tv/api/v2/pins}), with {@code
 * X-Plex-Client-Identifier} and {@code X-Plex-Token: token}. The media servers use a self-signed
 * certificate.
 */
public final class FakePlexTvMain {
  /** The client identifier the JSON line suggests (the fake accepts any). */
  public static final String CLIENT_IDENTIFIER = "plexapi-testkit-client";

  static final String USAGE =
      "usage: java -jar plexapi-testkit-standalone.jar [--port N] [--server NAME]...";

  private FakePlexTvMain() {}

  /**
   * Starts the fake, prints its JSON line on standard output, and blocks until the process is
   * stopped; a bad argument prints the usage and exits with status 2.
   */
  public static void main(String[] args) throws InterruptedException {
    FakePlexTv plexTv;
    try {
      plexTv = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  plexTv.close();
                  stopped.countDown();
                },
                "plexapi-testkit-stop"));
    warmUp(plexTv);
    describe(plexTv, System.out);
    stopped.await();
  }

  /**
   * Starts a fake as {@code args} say ({@code --port N}, {@code --server NAME}, repeatable).
   *
   * @return the running fake; the caller closes it
   * @throws IllegalArgumentException for an unknown argument or a bad port
   */
  static FakePlexTv start(String[] args) {
    int port = 0;
    List<String> servers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = port(i + 1 < args.length ? args[++i] : null);
        case "--server" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--server needs a NAME");
          }
          servers.add(args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    FakePlexTv plexTv = FakePlexTv.start(port);
    servers.forEach(
        name -> plexTv.addServer(name, FakeConnection.local(), FakeConnection.remote()));
    return plexTv;
  }

  /**
   * Sends the fake one request of its own (on 127.0.0.1) before it is announced: its first answer
   * costs about 0.4 s of class loading, which the first client would otherwise wait for.
   */
  static void warmUp(FakePlexTv plexTv) {
    try {
      java.net.HttpURLConnection ping =
          (java.net.HttpURLConnection)
              java.net
                  .URI
                  .create("http://127.0.0.1:" + plexTv.port() + "/api/v2/user")
                  .toURL()
                  .openConnection();
      ping.setRequestProperty("X-Plex-Client-Identifier", CLIENT_IDENTIFIER);
      ping.setRequestProperty("X-Plex-Token", plexTv.token());
      ping.getResponseCode();
      ping.disconnect();
    } catch (java.io.IOException e) {
      // only a warm-up: the fake answers the first client more slowly, nothing else changes
    }
  }

  /** Prints the one JSON line describing {@code plexTv}. */
  static void describe(FakePlexTv plexTv, PrintStream out) {
    JsonObject line = new JsonObject();
    // 127.0.0.1, not localhost: a client that tries ::1 first would find nothing there
    line.addProperty("baseUrl", "http://127.0.0.1:" + plexTv.port());
    line.addProperty("token", plexTv.token());
    line.addProperty("clientIdentifier", CLIENT_IDENTIFIER);
    line.addProperty("username", FakePlexTv.USERNAME);
    line.addProperty("password", FakePlexTv.PASSWORD);
    JsonArray media = new JsonArray();
    for (FakeMediaServer server : plexTv.servers()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("name", server.name());
      entry.addProperty("machineIdentifier", server.machineIdentifier());
      entry.addProperty("accessToken", server.accessToken());
      JsonArray ports = new JsonArray();
      server.ports().forEach(ports::add);
      entry.add("ports", ports);
      media.add(entry);
    }
    line.add("mediaServers", media);
    out.println(line);
    out.flush();
  }

  private static int port(String text) {
    if (text == null || !text.matches("\\d{1,5}") || Integer.parseInt(text) > 65535) {
      throw new IllegalArgumentException("--port needs a number from 0 to 65535, got " + text);
    }
    return Integer.parseInt(text);
  }
}
