package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.plexapi.myplex.MyPlexAccount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fake plex.tv as a program: its arguments and the JSON line other clients read. */
class FakePlexTvMainTest {
  @Test
  void theJsonLineNamesEverythingAClientNeedsAndTheFakeAnswersAsIt() throws Exception {
    try (FakePlexTv plexTv = FakePlexTvMain.start(new String[] {"--server", "Box"})) {
      FakePlexTvMain.warmUp(plexTv);
      assertEquals("/api/v2/user", plexTv.requests().get(0).path(), "the warm-up reached it");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      FakePlexTvMain.describe(plexTv, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String text = bytes.toString(StandardCharsets.UTF_8);
      JsonObject line = JsonParser.parseString(text).getAsJsonObject();

      assertEquals(1, text.lines().count());
      assertEquals("http://127.0.0.1:" + plexTv.port(), line.get("baseUrl").getAsString());
      assertEquals(plexTv.token(), line.get("token").getAsString());
      assertEquals(FakePlexTvMain.CLIENT_IDENTIFIER, line.get("clientIdentifier").getAsString());
      JsonObject box = line.getAsJsonArray("mediaServers").get(0).getAsJsonObject();
      assertEquals("Box", box.get("name").getAsString());
      assertEquals(
          plexTv.servers().get(0).ports().get(1), box.getAsJsonArray("ports").get(1).getAsInt());
      MyPlexAccount account =
          MyPlexAccount.builder()
              .baseUrl(line.get("baseUrl").getAsString())
              .okHttpClient(plexTv.okHttpClient())
              .token(line.get("token").getAsString())
              .clientIdentifier(line.get("clientIdentifier").getAsString())
              .build()
              .connect();
      assertEquals("Box", account.resources().get(0).getName());
    }
  }

  @Test
  void itListensOnTheGivenPort() throws Exception {
    int free;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      free = probe.getLocalPort();
    }
    try (FakePlexTv plexTv = FakePlexTvMain.start(new String[] {"--port", String.valueOf(free)})) {
      assertEquals(free, plexTv.port());
      assertTrue(plexTv.servers().isEmpty(), "the default state has no servers");
    }
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingStarts() {
    assertThrows(
        IllegalArgumentException.class, () -> FakePlexTvMain.start(new String[] {"--port"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> FakePlexTvMain.start(new String[] {"--port", "70000"}));
    assertThrows(
        IllegalArgumentException.class, () -> FakePlexTvMain.start(new String[] {"--serve"}));
    assertThrows(IllegalArgumentException.class, () -> FakePlexTv.start(-1));
  }
}
