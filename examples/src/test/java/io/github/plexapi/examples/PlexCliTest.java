package io.github.plexapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool against its embedded fake plex.tv. */
class PlexCliTest {
  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int plex(String... args) {
    out.reset();
    err.reset();
    return PlexCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("HOME", home.toString()));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void loginSavesTheTokenInAFileOnlyTheUserCanRead() throws Exception {
    assertEquals(0, plex("--fake", "login"));

    Path saved = home.resolve(".config/plexapi-java/credentials.properties");
    assertTrue(
        stdout().contains("Open this page to sign in: https://app.plex.tv/auth#?clientID="),
        stdout());
    assertTrue(stdout().contains("Signed in as fake-user; token saved to " + saved));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
    assertTrue(Files.readString(saved).contains("token=fake-token-"));
    assertTrue(Files.readString(saved).contains("clientIdentifier="));
  }

  @Test
  void accountServersConnectAndWebhooks() {
    assertEquals(0, plex("--fake", "account"));
    assertTrue(stdout().startsWith("username     fake-user"), stdout());

    assertEquals(0, plex("--fake", "servers"));
    assertTrue(
        stdout().startsWith("NAME                 OWNED    PROVIDES         CONNECTIONS"),
        stdout());
    assertTrue(
        stdout()
            .contains("Cabin                no       server           remote https://localhost:"));

    assertEquals(0, plex("--fake", "connect", "living room"));
    assertTrue(
        stdout().startsWith("connected to fake-living-room at https://localhost:"), stdout());

    assertEquals(0, plex("--fake", "webhooks", "add", "https://example.com/hook"));
    assertEquals("https://example.com/hook", stdout().trim());
    assertEquals(0, plex("--fake", "webhooks"));
    assertEquals("(no webhooks)", stdout().trim());
  }

  @Test
  void errorsAreOneLineWithAnExitCode() {
    assertEquals(1, plex("--fake", "connect", "Attic"));
    assertEquals("error: no resource named Attic", stderr().trim());

    assertEquals(1, plex("--fake", "webhooks", "delete", "https://example.com/none"));
    assertEquals(1, stderr().trim().lines().count());

    assertEquals(2, plex("--fake", "teleport"));
    assertTrue(stderr().startsWith("error: unknown command 'teleport'"));

    assertEquals(2, plex());
    assertTrue(stderr().startsWith("usage: plex"));

    assertEquals(3, plex("account"));
    assertEquals("error: not logged in: run 'plex login' first", stderr().trim());
  }

  @Test
  void verboseAddsTheStackTrace() {
    assertEquals(1, plex("--fake", "--verbose", "connect", "Attic"));

    assertTrue(stderr().contains("at io.github.plexapi.myplex.MyPlexAccount"), stderr());
    assertFalse(stderr().contains("fake-token-"));
  }
}
