package io.github.plexapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.testkit.FakeConnection;
import io.github.plexapi.testkit.FakePlexTv;
import io.github.plexapi.testkit.FakeShare;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every example and the demo run against the fake plex.tv, so none of them can rot. */
class ExamplesTest {
  private FakePlexTv plexTv;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @BeforeEach
  void start() {
    plexTv = FakePlexTv.start();
    plexTv.addServer("Den", FakeConnection.local().dead(), FakeConnection.remote());
  }

  @AfterEach
  void stop() {
    plexTv.close();
  }

  private MyPlexAccount.Builder account() {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .okHttpClient(plexTv.okHttpClient())
        .clientIdentifier("examples-test")
        .pinPollInterval(Duration.ofMillis(20));
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void tokenSignIn() {
    TokenSignInExample.run(account().token(plexTv.token()), out);

    assertEquals(
        List.of(
            "Signed in as fake-user <fake-user@example.com>",
            "Plex Pass: lifetime",
            "Client identifier to persist: examples-test"),
        lines());
  }

  @Test
  void browserLogin() {
    plexTv.approvePinsAfter(Duration.ofMillis(50));

    BrowserLoginExample.run(account(), out);

    assertTrue(
        lines().get(0).startsWith("Open: https://app.plex.tv/auth#?clientID=examples-test&code="));
    assertEquals("Logged in as fake-user", lines().get(1));
  }

  @Test
  void listServers() {
    ListServersExample.run(account().token(plexTv.token()), out);

    assertEquals("fake-user <fake-user@example.com>, Plex Pass: yes", lines().get(0));
    assertEquals("Den (Plex Media Server, owned)", lines().get(1));
    assertTrue(lines().get(2).startsWith("    local  https://localhost:"));
    assertTrue(lines().get(3).startsWith("    remote https://localhost:"));
  }

  @Test
  void connect() {
    ConnectExample.run(account().token(plexTv.token()), "Den", out);

    assertTrue(
        lines().get(0).startsWith("fake-den 1.41.0.0000-fake at https://localhost:"),
        lines().get(0));
    assertTrue(lines().get(1).contains("(local): ConnectException"), lines().get(1));
    assertTrue(
        lines().stream().anyMatch(l -> l.contains("(remote): answered")), lines().toString());
  }

  @Test
  void webhooks() {
    plexTv.setWebhooks(List.of("https://example.com/kept"));

    WebhooksExample.run(account().token(plexTv.token()), "https://example.com/new", out);

    assertEquals(
        List.of(
            "Webhooks: [https://example.com/kept]",
            "Added:    [https://example.com/kept, https://example.com/new]",
            "Deleted:  [https://example.com/kept]"),
        lines());
    assertEquals(List.of("https://example.com/kept"), plexTv.webhooks());
  }

  @Test
  void webhookReceiver() throws Exception {
    WebhookReceiverExample.runFake(plexTv, out);

    assertEquals("Registered 1 webhook on a secret path", lines().get(0));
    assertEquals("The fake server posted media.play: HTTP [200]", lines().get(1));
    assertTrue(
        lines().get(2).startsWith("Received: WebhookEvent{media.play on Box"), lines().get(2));
    assertEquals(
        "  fake-user played The Expanse S1E1 \"Pilot\" on Living Room (thumbnail: 8 bytes)",
        lines().get(3));
  }

  @Test
  void shareALibrary() {
    ShareLibraryExample.run(
        account().token(plexTv.token()), "Den", "TV Shows", "friend@example.com", out);

    assertEquals(
        List.of("Invited friend@example.com to TV Shows on Den", "Pending: friend@example.com"),
        lines());
    assertEquals(
        List.of(new FakeShare("fake-den", "friend@example.com", null, List.of(1002L))),
        plexTv.fakeShares());
  }

  @Test
  void switchHomeUser() {
    plexTv.addHomeUser("Kid", "1234");

    SwitchHomeUserExample.run(account().token(plexTv.token()), "kid", "1234", out);

    assertEquals(
        List.of("Home user: fake-user", "Home user: Kid (PIN)", "Now acting as Kid (managed)"),
        lines());
  }

  @Test
  void theDemoTakesTheWholeTourOffline() {
    Demo.run(out, Map.of());

    String all = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(all.contains("== Browser login"));
    assertTrue(all.contains(" approved after "));
    assertTrue(all.contains("fake-user <fake-user@example.com>"));
    assertTrue(all.contains("Friend's Server (server, shared by a friend)"));
    assertTrue(all.contains("== connect() to Living Room"));
    assertTrue(
        all.contains("(relay): abandoned: a higher-priority address answered")
            || all.contains("(relay): no answer"),
        all);
    assertTrue(all.contains("After deleting the first: [https://example.com/another-hook]"));
  }
}
