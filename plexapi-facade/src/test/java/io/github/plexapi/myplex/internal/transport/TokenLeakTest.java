package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.plexapi.myplex.PlexApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every failure of {@link ErrorCases} with a recognisable token and asserts the token shows up
 * in no exception message, cause, {@code toString()}, stack trace, log line or URL.
 */
class TokenLeakTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();

  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logLines.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger root = Logger.getLogger("");
  private final Logger ours = Logger.getLogger("io.github.plexapi");
  private Level previousLevel;

  @BeforeEach
  void captureLogsAtEveryLevel() {
    previousLevel = ours.getLevel();
    ours.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    root.removeHandler(capture);
    ours.setLevel(previousLevel);
  }

  static Stream<ErrorCases.ErrorCase> cases() {
    return ErrorCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTokenNeverLeaks(ErrorCases.ErrorCase c) {
    PlexApiException e =
        assertThrows(
            PlexApiException.class, () -> ErrorCases.run(c, plexTv, Stubs.transportTo(plexTv)));

    for (Throwable t = e; t != null; t = t.getCause()) {
      assertNoCanary("message of " + t.getClass().getSimpleName(), t.getMessage());
      assertNoCanary("toString of " + t.getClass().getSimpleName(), t.toString());
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertNoCanary("stack trace", trace.toString());
    if (c.answer() != null) {
      assertTrue(
          logLines.stream().anyMatch(line -> line.contains("/api/v2/user")),
          "the exchange was logged: " + logLines);
    }
    logLines.forEach(line -> assertNoCanary("log line", line));
    for (LoggedRequest request : plexTv.findAll(anyRequestedFor(anyUrl()))) {
      assertNoCanary("URL", request.getAbsoluteUrl());
    }
  }

  private static void assertNoCanary(String where, String text) {
    assertFalse(
        text != null && text.contains(ErrorCases.CANARY), "token in " + where + ": " + text);
  }
}
