package io.github.plexapi.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the fake plex.tv plays on a path instead of its normal answer: a status (optionally with
 * plex.tv's error body and code, and a {@code Retry-After}), a delay before the normal answer, a
 * hang, or a dropped connection; for the next {@code n} matching requests or for all of them.
 * Values are immutable: each method returns a new fault.
 *
 * <pre>{@code
 * plexTv.inject("GET", "/api/v2/user", FakeFault.plexError(429, 1003, "Too many requests")
 *     .retryAfter(Duration.ofSeconds(1)).times(2));
 * }</pre>
 */
public final class FakeFault {
  /** What the fault does. */
  public enum Kind {
    /** Answers a status (and plex.tv's error body, if a code is set). */
    STATUS,
    /** Answers as normal, after the delay. */
    DELAY,
    /** Accepts the request and never answers (until the fake closes). */
    HANG,
    /** Closes the connection without an answer. */
    DROP_CONNECTION
  }

  private final Kind kind;
  private final int status;
  private final Integer plexCode;
  private final String message;
  private final Duration retryAfter;
  private final Duration delay;
  private final int times;

  private FakeFault(
      Kind kind,
      int status,
      Integer plexCode,
      String message,
      Duration retryAfter,
      Duration delay,
      int times) {
    this.kind = kind;
    this.status = status;
    this.plexCode = plexCode;
    this.message = message;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.times = times;
  }

  /**
   * Answers {@code status} with an empty body.
   *
   * @throws IllegalArgumentException unless {@code status} is 100 to 599
   */
  public static FakeFault status(int status) {
    checkStatus(status);
    return new FakeFault(Kind.STATUS, status, null, null, null, Duration.ZERO, -1);
  }

  /**
   * Answers {@code status} with plex.tv's error body {@code {"errors":[{code, message, status}]}}.
   *
   * @throws IllegalArgumentException unless {@code status} is 100 to 599
   */
  public static FakeFault plexError(int status, int code, String message) {
    checkStatus(status);
    return new FakeFault(
        Kind.STATUS,
        status,
        code,
        Objects.requireNonNull(message, "message"),
        null,
        Duration.ZERO,
        -1);
  }

  /**
   * Answers as normal, after {@code delay}.
   *
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static FakeFault delayed(Duration delay) {
    return new FakeFault(Kind.DELAY, 0, null, null, null, checkDelay(delay), -1);
  }

  /** Accepts the request and never answers: the client's own timeout has to end the call. */
  public static FakeFault hang() {
    return new FakeFault(Kind.HANG, 0, null, null, null, Duration.ZERO, -1);
  }

  /** Closes the connection without an answer (the client sees its connection reset). */
  public static FakeFault dropConnection() {
    return new FakeFault(Kind.DROP_CONNECTION, 0, null, null, null, Duration.ZERO, -1);
  }

  /**
   * This fault with a {@code Retry-After} header of whole seconds (rounded up).
   *
   * @throws IllegalArgumentException if {@code after} is negative
   */
  public FakeFault retryAfter(Duration after) {
    return new FakeFault(kind, status, plexCode, message, checkDelay(after), delay, times);
  }

  /**
   * This fault answered after {@code delay} (a status or a dropped connection, late).
   *
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public FakeFault after(Duration delay) {
    return new FakeFault(kind, status, plexCode, message, retryAfter, checkDelay(delay), times);
  }

  /**
   * This fault for the next {@code n} matching requests only; then the path answers as normal.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public FakeFault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + n);
    }
    return new FakeFault(kind, status, plexCode, message, retryAfter, delay, n);
  }

  /** What the fault does. */
  public Kind kind() {
    return kind;
  }

  /** The status answered (0 unless {@link Kind#STATUS}). */
  public int statusCode() {
    return status;
  }

  /** plex.tv's error code in the body, or null for an empty body. */
  public Integer plexCode() {
    return plexCode;
  }

  /** The error message in the body, or null. */
  public String message() {
    return message;
  }

  /** The {@code Retry-After} sent, or null for none. */
  public Duration retryAfterHeader() {
    return retryAfter;
  }

  /** How long the fake waits before it acts. */
  public Duration delay() {
    return delay;
  }

  /** How many requests it applies to, or -1 for every one. */
  public int count() {
    return times;
  }

  @Override
  public String toString() {
    return kind
        + (kind == Kind.STATUS ? " " + status + (plexCode != null ? " code " + plexCode : "") : "")
        + (retryAfter != null ? " Retry-After " + retryAfter.toSeconds() + " s" : "")
        + (delay.isZero() ? "" : " after " + delay.toMillis() + " ms")
        + (times < 0 ? ", every time" : ", " + times + " time(s)");
  }

  private static void checkStatus(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100 to 599, was " + status);
    }
  }

  private static Duration checkDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("must not be negative: " + delay);
    }
    return delay;
  }
}
