package io.github.plexapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool, against its embedded fake plex.tv ({@code --fake}), against a running fake
 * given by {@code --base-url}, and against a fake standing in for plex.tv itself (saved
 * credentials).
 */
class PlexCliTest {
  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();
  private FakePlexTv plexTv;

  @BeforeEach
  void start() {
    env.put("HOME", home.toString());
    plexTv = FakePlexTv.start();
    plexTv.approvePinsAfter(Duration.ofMillis(20));
  }

  @AfterEach
  void stop() {
    plexTv.close();
  }

  /** plex.tv played by {@link #plexTv}: the saved credentials are read and written. */
  private UnaryOperator<MyPlexAccount.Builder> asPlexTv() {
    return b ->
        b.baseUrl(plexTv.baseUrl())
            .okHttpClient(plexTv.okHttpClient())
            .pinPollInterval(Duration.ofMillis(10));
  }

  private int plex(String... args) {
    out.reset();
    err.reset();
    return PlexCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        asPlexTv());
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path saved() {
    return home.resolve(".config/plexapi-java/credentials.properties");
  }

  @Test
  void loginSavesTheTokenInAFileOnlyTheUserCanRead() throws Exception {
    assertEquals(0, plex("login"));

    assertTrue(
        stdout().contains("Open this page to sign in: https://app.plex.tv/auth#?clientID="),
        stdout());
    assertTrue(stdout().contains("Signed in as fake-user; token saved to " + saved()));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved())));
    assertTrue(Files.readString(saved()).contains("token=" + plexTv.token()));
    assertTrue(Files.readString(saved()).contains("clientIdentifier="));

    assertEquals(0, plex("account"));
    assertTrue(stdout().startsWith("username     fake-user"), stdout());
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
  void aNameWithSpacesAndQuotesIsOneArgument() {
    assertEquals(0, plex("--fake", "connect", "Living Room"));
    assertTrue(stdout().startsWith("connected to fake-living-room"), stdout());
  }

  @Test
  void helpAndAnUnknownCommandPrintUsageWithExitTwo() {
    assertEquals(2, plex("--help"));
    assertTrue(stdout().startsWith("usage: plex"), stdout());
    assertEquals(2, plex("-h", "account"));
    assertTrue(stdout().startsWith("usage: plex"), stdout());

    assertEquals(2, plex("--fake", "teleport"));
    assertTrue(stderr().startsWith("error: unknown command 'teleport'"), stderr());
    assertTrue(stderr().contains("usage: plex"), stderr());

    assertEquals(2, plex("--frobnicate", "account"));
    assertTrue(stderr().startsWith("error: unknown option '--frobnicate'"), stderr());

    assertEquals(2, plex());
    assertTrue(stderr().contains("usage: plex"), stderr());
  }

  @Test
  void aMissingArgumentIsAUsageErrorBeforeAnythingStarts() {
    int startsBefore = OfflinePlexTv.starts();

    assertEquals(2, plex("--fake", "connect"));
    assertTrue(stderr().startsWith("error: usage: plex connect NAME"), stderr());
    assertEquals(2, plex("--fake", "webhooks", "add"));
    assertEquals(2, plex("--fake", "account", "extra"));
    assertEquals(2, plex("--config"));
    assertTrue(stderr().startsWith("error: missing value: --config FILE"), stderr());

    assertEquals(startsBefore, OfflinePlexTv.starts(), "the fake was started for a usage error");
    assertEquals(0, plexTv.requests().size(), "plex.tv was asked for a usage error");
  }

  @Test
  void connectToAnUnknownNameListsTheNamesThatExist() {
    assertEquals(1, plex("--fake", "connect", "Attic"));

    assertEquals(
        "error: no resource named 'Attic'; there are: 'Living Room', 'Cabin'", stderr().trim());
  }

  @Test
  void plexTokenAndClientIdentifierFromTheEnvironmentWinOverSavedOnes() throws Exception {
    Files.createDirectories(saved().getParent());
    Files.writeString(saved(), "token=stale-token\nclientIdentifier=saved-id\n");
    env.put("PLEX_TOKEN", plexTv.token());
    env.put("PLEX_CLIENT_IDENTIFIER", "from-env");

    assertEquals(0, plex("account"));

    assertTrue(stdout().startsWith("username     fake-user"), stdout() + stderr());
    assertEquals("from-env", plexTv.requests().get(0).header("X-Plex-Client-Identifier"));
  }

  @Test
  void theFakeNeverReadsOrWritesTheSavedCredentials() throws Exception {
    Files.createDirectories(saved().getParent());
    String real = "token=real-secret\nclientIdentifier=real-id\n";
    Files.writeString(saved(), real);

    assertEquals(0, plex("--fake", "login"));
    assertTrue(stdout().contains("Signed in as fake-user (not saved: not plex.tv)"), stdout());
    assertEquals(real, Files.readString(saved()));

    Path unreadable = home.resolve("a-directory-not-a-file");
    Files.createDirectories(unreadable);
    assertEquals(0, plex("--fake", "--config", unreadable.toString(), "account"), stderr());
  }

  @Test
  void baseUrlPointsAtARunningFakeWithTheTokenFromTheEnvironmentOnly() throws Exception {
    Files.createDirectories(saved().getParent());
    Files.writeString(saved(), "token=real-secret\nclientIdentifier=real-id\n");

    assertEquals(3, plex("--base-url", plexTv.baseUrl(), "account"));
    assertTrue(stderr().startsWith("error: not logged in: set PLEX_TOKEN"), stderr());
    assertEquals(0, plexTv.requests().size(), "the saved token went to a stand-in");

    env.put("PLEX_TOKEN", plexTv.token());
    assertEquals(0, plex("--base-url", plexTv.baseUrl(), "account"));
    assertTrue(stdout().startsWith("username     fake-user"), stdout() + stderr());

    assertEquals(2, plex("--fake", "--base-url", plexTv.baseUrl(), "account"));
  }

  @Test
  void aRelativeConfigIsResolvedAgainstTheCallersDirectoryAndNamedInFull() {
    Path cwd = Path.of("").toAbsolutePath();
    Path relative = cwd.relativize(home.resolve("sub/creds.properties"));
    Path absolute = home.resolve("sub/creds.properties").toAbsolutePath().normalize();

    assertEquals(3, plex("--config", relative.toString(), "account"));
    assertTrue(stderr().contains("(no token in " + absolute + ")"), stderr());

    assertEquals(0, plex("--config", relative.toString(), "login"));
    assertTrue(stdout().contains("token saved to " + absolute), stdout());
    assertTrue(Files.exists(absolute));
  }

  @Test
  void errorsAreOneLineWithAnExitCode() {
    assertEquals(1, plex("--fake", "webhooks", "delete", "https://example.com/none"));
    assertEquals(1, stderr().trim().lines().count(), stderr());

    assertEquals(3, plex("account"));
    assertEquals(
        "error: not logged in: run 'plex login' or set PLEX_TOKEN (no token in " + saved() + ")",
        stderr().trim());
  }

  @Test
  void verboseAddsTheStackTrace() {
    assertEquals(1, plex("--fake", "--verbose", "webhooks", "delete", "https://example.com/none"));

    assertTrue(stderr().contains("\tat io.github.plexapi."), stderr());
    assertFalse(stderr().contains("fake-token-"));
  }
}
