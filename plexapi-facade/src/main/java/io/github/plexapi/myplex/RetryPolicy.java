package io.github.plexapi.myplex;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a plex.tv request is tried again: idempotent requests (GET and HEAD, plus methods marked
 * safe) on connection failures (a body that breaks off included), 429 and 502/503/504, with
 * exponential backoff and jitter; {@code Retry-After} is honoured up to a cap. An idempotent
 * request reaches the wire at most {@code 1 + maxRetries()} times, OkHttp's own quiet re-sends
 * counted; any other request at most once: it is tried again (within {@code maxRetries()}) only
 * when its connection failed before a byte of it was written. No retry outlasts the account's
 * timeout: when the deadline cuts one off, the answer before it is the exception. Immutable.
 *
 * <p>A policy only: building or reading it sends no request.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration retryAfterCap;
  private final Set<String> methods;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.retryAfterCap = b.retryAfterCap;
    this.methods = Set.copyOf(b.methods);
  }

  /**
   * At most 2 retries of GET and HEAD, backoff from 200 ms to 5 s, Retry-After honoured up to 30 s.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** No retries at all. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many times a request may be tried again after its first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry (doubled for each next one, then jittered). */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest wait between attempts when plex.tv does not say. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest {@code Retry-After} honoured; longer ones end the retrying. */
  public Duration retryAfterCap() {
    return retryAfterCap;
  }

  /** Whether requests with this method may be retried. */
  public boolean retries(String method) {
    return methods.contains(method.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", retryAfterCap="
        + retryAfterCap
        + ", methods="
        + new TreeSet<>(methods)
        + "}";
  }

  /** Configures a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration retryAfterCap = Duration.ofSeconds(30);
    private final Set<String> methods = new TreeSet<>(Set.of("GET", "HEAD"));

    private Builder() {}

    /** Retries after the first attempt (0 for none). */
    public Builder maxRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      this.maxRetries = retries;
      return this;
    }

    /** The wait before the first retry. */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = positive("initialBackoff", backoff);
      return this;
    }

    /** The longest computed wait. */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = positive("maxBackoff", backoff);
      return this;
    }

    /** The longest {@code Retry-After} honoured. */
    public Builder retryAfterCap(Duration cap) {
      this.retryAfterCap = positive("retryAfterCap", cap);
      return this;
    }

    /**
     * Marks PUT or DELETE as safe to retry (they are idempotent at plex.tv for the calls you make).
     * POST can never be marked.
     */
    public Builder alsoRetry(String... methodNames) {
      for (String method : methodNames) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (!upper.equals("PUT") && !upper.equals("DELETE")) {
          throw new IllegalArgumentException("only PUT and DELETE can be marked safe to retry");
        }
        methods.add(upper);
      }
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(String what, Duration value) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " must be positive");
      }
      return value;
    }
  }
}
