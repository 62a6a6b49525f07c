package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every cell of {@code docs/fault-matrix.md}: the fault (row) against the group's operation
 * (column) must give the outcome the table says, within its deadline, with the token nowhere in
 * what the caller or the logs can see.
 */
class FaultMatrixTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();
  @RegisterExtension static WireMockExtension media = Fakes.plexTv();

  static final String CANARY = "CANARY-matrix-token-4242";
  private static final AtomicInteger CELLS = new AtomicInteger();
  private static final List<String> FAILED = new CopyOnWriteArrayList<>();
  private static final LoopbackServers SERVERS = new LoopbackServers();

  @TestFactory
  Stream<DynamicTest> everyCellOfTheTable() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "fault-matrix.md"));
    List<String> header =
        cells(lines.stream().filter(l -> l.startsWith("| fault |")).findFirst().orElseThrow());
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("| ") || line.startsWith("| fault |")) {
        continue;
      }
      List<String> row = cells(line);
      FaultMatrix.Fault fault = FaultMatrix.Fault.named(row.get(0));
      for (int column = 1; column < row.size(); column++) {
        FaultMatrix.Group group = FaultMatrix.Group.valueOf(header.get(column).toUpperCase());
        String expected = row.get(column);
        tests.add(
            dynamicTest(
                fault.label + " x " + group.name().toLowerCase() + " -> " + expected,
                () -> runCell(fault, group, expected)));
      }
    }
    assertEquals(30 * 8, tests.size(), "the table lost rows or columns");
    return tests.stream();
  }

  @AfterAll
  static void summary() throws Exception {
    System.out.println(
        "fault matrix: "
            + CELLS.get()
            + " cells, "
            + FAILED.size()
            + " failures"
            + (FAILED.isEmpty() ? "" : " " + FAILED));
    SERVERS.close();
  }

  private void runCell(FaultMatrix.Fault fault, FaultMatrix.Group group, String expected)
      throws Throwable {
    CELLS.incrementAndGet();
    try {
      check(fault, group, expected);
    } catch (Throwable e) {
      FAILED.add(fault.label + " x " + group);
      throw e;
    }
  }

  private void check(FaultMatrix.Fault fault, FaultMatrix.Group group, String expected) {
    plexTv.resetAll();
    media.resetAll();
    List<String> logLines = new CopyOnWriteArrayList<>();
    Handler capture = capture(logLines);
    Logger ours = Logger.getLogger("io.github.plexapi");
    ours.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
    try {
      Object outcome =
          assertTimeoutPreemptively(
              Duration.ofSeconds(3), () -> FaultMatrix.run(fault, group, plexTv, media, SERVERS));
      if (expected.equals("value")) {
        assertFalse(
            outcome instanceof Throwable, () -> "expected a value, got " + describe(outcome));
      } else {
        assertTrue(outcome instanceof Throwable, () -> "expected " + expected + ", got a value");
        assertEquals(expected, outcome.getClass().getSimpleName(), () -> describe(outcome));
        assertNoCanary(TokenHygieneTest.everything((Throwable) outcome));
      }
      checkWireCount(fault, group, outcome);
      logLines.forEach(FaultMatrixTest::assertNoCanary);
    } finally {
      Logger.getLogger("").removeHandler(capture);
    }
  }

  /**
   * The operation reached plex.tv at most as often as the policy allows, and an exception's attempt
   * count is the count plex.tv saw.
   */
  private static void checkWireCount(
      FaultMatrix.Fault fault, FaultMatrix.Group group, Object outcome) {
    if (group == FaultMatrix.Group.CONNECT || !FaultMatrix.servedByWireMock(fault)) {
      return;
    }
    long sent =
        plexTv.getAllServeEvents().stream()
            .filter(e -> e.getRequest().getUrl().split("\\?")[0].equals(group.path))
            .count();
    assertTrue(
        sent >= 1 && sent <= FaultMatrix.allowedOnTheWire(group),
        () -> group + " reached the wire " + sent + " times");
    if (outcome instanceof PlexApiException e) {
      assertEquals(sent, e.getAttempts(), () -> "attempts in " + describe(outcome));
    }
  }

  private static String describe(Object outcome) {
    return outcome instanceof Throwable t
        ? t.getClass().getSimpleName() + ": " + t.getMessage()
        : String.valueOf(outcome);
  }

  private static void assertNoCanary(String text) {
    assertFalse(text != null && text.contains(CANARY), "token leaked: " + text);
  }

  private static Handler capture(List<String> lines) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
      cells.add(cell.trim());
    }
    return cells;
  }
}
