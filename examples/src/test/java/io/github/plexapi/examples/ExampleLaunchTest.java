package io.github.plexapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's {@code main} as a user meets it: offline with {@code --fake} or {@code
 * PLEXAPI_FAKE=1}, its usage for a missing argument, one line when there is no token.
 */
class ExampleLaunchTest {
  /** An example's main, returning its exit code. */
  interface Launch {
    int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err);
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** One example: its name, its main, the arguments of an offline run, what that run prints. */
  record Example(String name, Launch launch, String[] args, String expected, boolean needsToken) {}

  /** A check to run on each example. */
  interface Check {
    void on(Example example);
  }

  static List<Example> examples() {
    return List.of(
        new Example(
            "TokenSignInExample",
            (Launch) TokenSignInExample::launch,
            new String[0],
            "Signed in as fake-user",
            true),
        new Example(
            "BrowserLoginExample",
            (Launch) BrowserLoginExample::launch,
            new String[0],
            "Open: https://app.plex.tv/auth#",
            false),
        new Example(
            "ListServersExample",
            (Launch) ListServersExample::launch,
            new String[0],
            "fake-user <fake-user@example.com>",
            true),
        new Example(
            "ConnectExample",
            (Launch) ConnectExample::launch,
            new String[] {"Living Room"},
            "fake-living-room",
            true),
        new Example(
            "ShareLibraryExample",
            (Launch) ShareLibraryExample::launch,
            new String[] {"Living Room", "Movies", "friend@example.com"},
            "Invited friend@example.com to Movies on Living Room",
            true),
        new Example(
            "SwitchHomeUserExample",
            (Launch) SwitchHomeUserExample::launch,
            new String[] {"Kid", "1234"},
            "Home user: ",
            true),
        new Example(
            "WebhooksExample",
            (Launch) WebhooksExample::launch,
            new String[] {"https://example.com/hook"},
            "Webhooks: []",
            true),
        new Example(
            "WebhookReceiverExample",
            (Launch) WebhookReceiverExample::launch,
            new String[0],
            "Registered 1 webhook on a secret path",
            true));
  }

  private static Stream<DynamicTest> each(Check check) {
    return examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check.on(e)));
  }

  @TestFactory
  Stream<DynamicTest> runsOfflineWithFake() {
    return each(this::runsOfflineWithFake);
  }

  @TestFactory
  Stream<DynamicTest> aMissingArgumentPrintsUsage() {
    return each(this::aMissingArgumentPrintsUsage);
  }

  @TestFactory
  Stream<DynamicTest> noTokenSaysInOneLineWhatToSet() {
    return each(this::noTokenSaysInOneLineWhatToSet);
  }

  private int launch(Launch launch, String[] args, Map<String, String> env) {
    out.reset();
    err.reset();
    return launch.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String[] with(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private void runsOfflineWithFake(Example e) {
    assertEquals(0, launch(e.launch(), with("--fake", e.args()), Map.of()), stderr());
    assertTrue(stdout().contains(e.expected()), stdout());

    assertEquals(0, launch(e.launch(), e.args(), Map.of("PLEXAPI_FAKE", "1")), stderr());
    assertTrue(stdout().contains(e.expected()), stdout());
  }

  private void aMissingArgumentPrintsUsage(Example e) {
    if (e.args().length == 0) {
      assertEquals(2, launch(e.launch(), new String[] {"--help"}, Map.of()));
      assertTrue(stdout().startsWith("usage: bin/example " + e.name()), stdout());
      return;
    }
    assertEquals(2, launch(e.launch(), new String[] {"--fake"}, Map.of()));
    assertTrue(stderr().startsWith("usage: bin/example " + e.name() + " [--fake] "), stderr());
    assertFalse(stderr().contains("Exception"), stderr());
  }

  private void noTokenSaysInOneLineWhatToSet(Example e) {
    if (!e.needsToken()) {
      return; // browser login signs in by itself
    }
    assertEquals(3, launch(e.launch(), e.args(), Map.of()));

    assertEquals(ExampleMain.NO_TOKEN, stderr().trim());
    assertEquals("", stdout());
  }
}
