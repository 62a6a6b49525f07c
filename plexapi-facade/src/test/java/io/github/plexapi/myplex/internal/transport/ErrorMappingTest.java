package io.github.plexapi.myplex.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.RateLimitedException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure of {@link ErrorCases} becomes its typed exception, with status, code and a safe
 * message.
 */
class ErrorMappingTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();

  static Stream<ErrorCases.ErrorCase> cases() {
    return ErrorCases.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachFailureHasItsTypedException(ErrorCases.ErrorCase c) {
    PlexApiException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                assertThrows(
                    PlexApiException.class,
                    () -> ErrorCases.run(c, plexTv, Stubs.transportTo(plexTv))));

    System.out.printf(
        "| %s | %s | %d | %s |%n",
        c.input(), e.getClass().getSimpleName(), e.getStatusCode(), e.getErrorCode());
    assertEquals(c.expected(), e.getClass(), c.input() + ": " + e.getMessage());
    assertEquals(c.status(), e.getStatusCode());
    assertEquals(c.code(), e.getErrorCode());
    assertTrue(e.getMessage().startsWith("GET /api/v2/user "), e.getMessage());
    assertFalse(e.getMessage().contains("{"), "no body in the message: " + e.getMessage());
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    RateLimitedException seconds = rateLimited(ErrorCases.named("429 Retry-After seconds"));
    RateLimitedException date = rateLimited(ErrorCases.named("429 Retry-After HTTP-date"));

    assertEquals(Duration.ofSeconds(7), seconds.getRetryAfter());
    assertEquals(Duration.ofMinutes(2), date.getRetryAfter());
  }

  @Test
  void plexTvMessageAndCodeAreInTheExceptionMessage() {
    PlexApiException e =
        assertThrows(
            PlexApiException.class,
            () ->
                ErrorCases.run(
                    ErrorCases.named("401 JSON code 1029"), plexTv, Stubs.transportTo(plexTv)));

    assertEquals(
        "GET /api/v2/user answered 401 (plex.tv error 1029: Please enter the verification code)",
        e.getMessage());
  }

  private RateLimitedException rateLimited(ErrorCases.ErrorCase c) {
    return assertThrows(
        RateLimitedException.class, () -> ErrorCases.run(c, plexTv, Stubs.transportTo(plexTv)));
  }
}
