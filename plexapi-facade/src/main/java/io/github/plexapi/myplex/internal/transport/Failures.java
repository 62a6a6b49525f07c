package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.myplex.BadRequestException;
import io.github.plexapi.myplex.GoneException;
import io.github.plexapi.myplex.InvalidPinException;
import io.github.plexapi.myplex.NotFoundException;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.ServerErrorException;
import io.github.plexapi.myplex.TwoFactorRequiredException;
import io.github.plexapi.myplex.UnauthorizedException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import okhttp3.Request;

/**
 * Builds the typed exceptions. Every message says the method, the path (never the query, where a
 * token could hide) and what went wrong, and passes through the {@link Redactor}.
 */
public final class Failures {
  static final int TWO_FACTOR_REQUIRED = 1029;
  static final int HOME_PIN_INVALID = 1041;
  private static final int LONGEST_PLEX_MESSAGE = 200;

  private final Redactor redactor;
  private final Clock clock;

  /** Creates a factory that masks the redactor's secrets, reading the time from {@code clock}. */
  public Failures(Redactor redactor, Clock clock) {
    this.redactor = redactor;
    this.clock = clock;
  }

  /**
   * The exception for an HTTP error status, with plex.tv's own code and message if it sent them.
   *
   * @param attempts how many attempts the request took (1 without retries)
   */
  PlexApiException forStatus(
      Request request, int status, ErrorBody error, String retryAfter, int attempts) {
    String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
    String message =
        redactor.redact(describe(request) + " answered " + status + plexPart(error) + tries);
    Integer code = error.code();
    if (code != null && code == TWO_FACTOR_REQUIRED) {
      return new TwoFactorRequiredException(message, status, code, attempts);
    }
    if (code != null && code == HOME_PIN_INVALID) {
      return new InvalidPinException(message, status, code, attempts);
    }
    if (status == 401 || status == 498 || (status == 422 && isInvalidToken(error))) {
      return new UnauthorizedException(message, status, code, attempts);
    }
    if (status == 404) {
      return new NotFoundException(message, status, code, attempts);
    }
    if (status == 410) {
      return new GoneException(message, status, code, attempts);
    }
    if (status == 429) {
      return new RateLimitedException(message, code, parseRetryAfter(retryAfter), attempts);
    }
    if (status >= 500 && status <= 599) {
      return new ServerErrorException(message, status, code, attempts);
    }
    if (status >= 400 && status <= 499) {
      return new BadRequestException(message, status, code, attempts);
    }
    return new PlexApiException(message, status, code, null, attempts);
  }

  /** The exception for a successful status whose body is not what the operation returns. */
  PlexApiException unusable(Request request, int status, String what) {
    return new PlexApiException(
        redactor.redact(describe(request) + " answered " + status + " with " + what), status);
  }

  /**
   * The exception for an I/O failure (connect, timeout, broken body), with the number of attempts
   * the retries made; the cause is masked if any text in it holds a secret.
   */
  PlexConnectionException connection(Request request, IOException cause) {
    Retrying.Exhausted exhausted = null;
    for (Throwable t = cause; t != null && exhausted == null; t = t.getCause()) {
      if (t instanceof Retrying.Exhausted e) {
        exhausted = e;
      }
    }
    int attempts = exhausted == null ? 1 : exhausted.attempts;
    Throwable last = cause == exhausted ? exhausted.getCause() : cause;
    String detail = last.getMessage() == null ? "" : ": " + last.getMessage();
    return new PlexConnectionException(
        redactor.redact(
            describe(request)
                + " failed"
                + (attempts > 1 ? " after " + attempts + " attempts" : "")
                + ": "
                + last.getClass().getSimpleName()
                + detail),
        List.of(),
        redactor.mask(last),
        attempts);
  }

  /** {@code GET /api/v2/user}: the method and path of a request, without host or query. */
  static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  private static String plexPart(ErrorBody error) {
    if (error.code() == null && error.message() == null) {
      return "";
    }
    String text = error.message() == null ? "" : shorten(error.message());
    if (error.code() == null) {
      return " (plex.tv: " + text + ")";
    }
    return " (plex.tv error " + error.code() + (text.isEmpty() ? "" : ": " + text) + ")";
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= LONGEST_PLEX_MESSAGE
        ? oneLine
        : oneLine.substring(0, LONGEST_PLEX_MESSAGE) + "...";
  }

  private static boolean isInvalidToken(ErrorBody error) {
    return error.message() != null
        && error.message().toLowerCase(Locale.ROOT).contains("invalid token");
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
  Duration parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    if (text.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(text));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
