package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Benchmark of decoding: each facade call against a raw OkHttp GET of the same bytes from the same
 * loopback server plus a tree parse (Gson for JSON, Jackson's {@code readTree} for XML), the two
 * interleaved in one run (alternating which goes first), median of 101 rounds; then the heap
 * retained per connected account and per 1,000 decoded resources. Everything runs on 127.0.0.1.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q -pl plexapi-facade exec:exec
 * -Pdecode-bench}
 */
public final class DecodeBenchmark {
  private static final int WARMUP = 200;
  private static final int ROUNDS = 101;
  private static final int ACCOUNTS = 2_000;
  private static final String USER =
      "{\"id\":1,\"uuid\":\"u\",\"title\":\"Bench\",\"username\":\"bench\"}";

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
  private final OkHttpClient raw = new OkHttpClient();
  private final XmlMapper xml = new XmlMapper();

  /** Runs the table and the memory figures; exits non-zero if a target is missed. */
  public static void main(String[] args) throws Exception {
    DecodeBenchmark bench = new DecodeBenchmark();
    boolean ok;
    try {
      ok = bench.run();
    } finally {
      bench.server.stop();
    }
    System.exit(ok ? 0 : 1);
  }

  private boolean run() throws Exception {
    server.start();
    serve("/api/v2/resources", "application/json", resources(100));
    serve("/devices.xml", "application/xml", devices(1_000));
    serve("/api/v2/friends", "application/json", friends(500));
    serve("/api/v2/user", "application/json", USER.getBytes(StandardCharsets.UTF_8));
    MyPlexAccount account = account(null);
    System.out.println("| call | answer | facade ms | raw GET + tree parse ms | ratio | target |");
    System.out.println("|---|---|---:|---:|---:|---|");
    boolean ok = true;
    ok &=
        row(
            "resources()",
            "100 resources, JSON",
            account::resources,
            () -> rawJson("/api/v2/resources"));
    serve("/api/v2/resources", "application/json", resources(1_000));
    ok &=
        row(
            "resources()",
            "1,000 resources, JSON",
            account::resources,
            () -> rawJson("/api/v2/resources"));
    ok &= row("devices()", "1,000 devices, XML", account::devices, () -> rawXml("/devices.xml"));
    ok &=
        row(
            "friends()",
            "500 friends with shares, JSON",
            account::friends,
            () -> rawJson("/api/v2/friends"));
    account.close();
    ok &= memory();
    return ok;
  }

  private void serve(String path, String type, byte[] body) {
    server.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", type).withBody(body)));
  }

  private MyPlexAccount account(OkHttpClient client) {
    MyPlexAccount.Builder builder =
        MyPlexAccount.builder()
            .baseUrl(server.baseUrl())
            .token("bench-token")
            .clientIdentifier("decode-bench");
    return (client == null ? builder : builder.okHttpClient(client)).build();
  }

  private boolean row(String call, String answer, Callable<?> facade, Callable<?> reference)
      throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      facade.call();
      reference.call();
    }
    long[] ours = new long[ROUNDS];
    long[] theirs = new long[ROUNDS];
    System.gc();
    for (int i = 0; i < ROUNDS; i++) {
      boolean oursFirst = i % 2 == 0; // alternate, so neither side always runs on a warmer cache
      if (oursFirst) {
        ours[i] = time(facade);
        theirs[i] = time(reference);
      } else {
        theirs[i] = time(reference);
        ours[i] = time(facade);
      }
    }
    double oursMs = median(ours) / 1e6;
    double theirsMs = median(theirs) / 1e6;
    double ratio = oursMs / theirsMs;
    boolean pass = ratio <= 1.2;
    System.out.printf(
        "| %s | %s | %.1f | %.1f | %.2f | <= 1.20 %s |%n",
        call, answer, oursMs, theirsMs, ratio, pass ? "ok" : "MISSED");
    return pass;
  }

  private static long time(Callable<?> call) throws Exception {
    long start = System.nanoTime();
    call.call();
    return System.nanoTime() - start;
  }

  private Object rawJson(String path) throws Exception {
    try (Response response = raw.newCall(request(path)).execute()) {
      byte[] body = response.body().bytes();
      return JsonParser.parseReader(
          new InputStreamReader(new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }
  }

  private Object rawXml(String path) throws Exception {
    try (Response response = raw.newCall(request(path)).execute()) {
      return xml.readTree(response.body().bytes());
    }
  }

  private Request request(String path) {
    return new Request.Builder()
        .url(server.baseUrl() + path)
        .header("X-Plex-Token", "bench-token")
        .header("Accept", "application/json")
        .build();
  }

  /** The live heap per connected account, and per 1,000 decoded resources. */
  private boolean memory() throws Exception {
    long before = liveHeap();
    List<MyPlexAccount> held = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      held.add(account(null).connect());
    }
    long perAccount = (liveHeap() - before) / ACCOUNTS;
    MyPlexAccount one = held.get(0);
    long beforeResources = liveHeap();
    List<MyPlexResource> resources = one.resources();
    long perThousand = liveHeap() - beforeResources;
    boolean pass = perAccount <= 64 * 1024;
    System.out.printf(
        "%nheap retained per connected account: %.1f KB (%d accounts, each after one call)"
            + " <= 64 KB %s%nheap retained per 1,000 decoded resources: %.1f KB (%d held)%n",
        perAccount / 1024.0,
        held.size(),
        pass ? "ok" : "MISSED",
        perThousand / 1024.0,
        resources.size());
    held.forEach(MyPlexAccount::close);
    return pass;
  }

  private static long liveHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static byte[] resources(int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"name\":\"Server ")
          .append(i)
          .append("\",\"product\":\"Plex Media Server\",\"productVersion\":\"1.40.0.7998\",")
          .append("\"platform\":\"Linux\",\"platformVersion\":\"6.1\",\"device\":\"PC\",")
          .append("\"clientIdentifier\":\"machine-")
          .append(i)
          .append(
              "\",\"createdAt\":\"2021-01-01T12:12:24Z\",\"lastSeenAt\":\"2024-01-01T12:12:24Z\",")
          .append("\"provides\":\"server\",\"ownerId\":null,\"sourceTitle\":null,")
          .append("\"publicAddress\":\"127.0.0.1\",\"accessToken\":\"resource-token-")
          .append(i)
          .append("\",\"owned\":true,\"home\":false,\"synced\":false,\"relay\":true,")
          .append("\"presence\":true,\"httpsRequired\":false,\"publicAddressMatches\":true,")
          .append("\"dnsRebindingProtection\":false,\"natLoopbackSupported\":false,")
          .append("\"fieldPlexTvAddedLater\":{\"nested\":[1,2]},\"connections\":[");
      for (int c = 0; c < 4; c++) {
        if (c > 0) {
          json.append(',');
        }
        json.append("{\"protocol\":\"https\",\"address\":\"127.0.0.1\",\"port\":")
            .append(32400 + c)
            .append(",\"uri\":\"https://127-0-0-1.abc")
            .append(i)
            .append(".plex.direct:")
            .append(32400 + c)
            .append("\",\"local\":")
            .append(c == 0)
            .append(",\"relay\":")
            .append(c == 3)
            .append(",\"IPv6\":false}");
      }
      json.append("]}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] devices(int count) {
    StringBuilder xml = new StringBuilder("<MediaContainer publicAddress=\"127.0.0.1\">");
    for (int i = 0; i < count; i++) {
      xml.append("<Device name=\"Device ")
          .append(i)
          .append(
              "\" publicAddress=\"127.0.0.1\" product=\"Plex for Android\" productVersion=\"9.1\"")
          .append(" platform=\"Android\" platformVersion=\"13\" device=\"Pixel\" model=\"7\"")
          .append(" vendor=\"Google\" provides=\"player,controller\" clientIdentifier=\"client-")
          .append(i)
          .append("\" version=\"9.1\" id=\"")
          .append(100_000 + i)
          .append("\" token=\"device-token-")
          .append(i)
          .append("\" createdAt=\"1609503144\" lastSeenAt=\"1704111144\"")
          .append(" screenResolution=\"1080x2400\" screenDensity=\"420\">")
          .append("<Connection uri=\"http://127.0.0.1:32500\"/></Device>");
    }
    return xml.append("</MediaContainer>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] friends(int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"id\":")
          .append(1_000 + i)
          .append(",\"uuid\":\"friend-")
          .append(i)
          .append("\",\"title\":\"Friend ")
          .append(i)
          .append("\",\"username\":\"friend")
          .append(i)
          .append("\",\"email\":\"friend")
          .append(i)
          .append(
              "@example.com\",\"friendlyName\":null,\"thumb\":\"https://plex.tv/users/x/avatar\",")
          .append("\"restricted\":false,\"home\":false,\"status\":\"accepted\",")
          .append("\"friendshipCreatedAt\":\"2021-01-01T12:12:24Z\",\"restrictionProfile\":null,")
          .append(
              "\"sharedSources\":[],\"sharingSettings\":{\"allowSync\":true,\"allowCameraUpload\":false,")
          .append(
              "\"allowChannels\":false,\"filterMovies\":\"contentRating=G%2CPG\",\"filterMusic\":\"\",")
          .append(
              "\"filterTelevision\":\"\",\"filterPhotos\":null,\"filterAll\":null},\"sharedServers\":[")
          .append("{\"id\":")
          .append(i)
          .append(",\"name\":\"Box\",\"invitedId\":")
          .append(1_000 + i)
          .append(",\"machineIdentifier\":\"machine\",\"accepted\":true,\"allLibraries\":false,")
          .append("\"numLibraries\":2,\"libraries\":[{\"id\":1001,\"key\":1,\"title\":\"Movies\",")
          .append(
              "\"type\":\"movie\"},{\"id\":1002,\"key\":2,\"title\":\"TV Shows\",\"type\":\"show\"}]}]}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }
}
