package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.myplex.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Applies a {@link RetryPolicy} inside the call, so the call's timeout bounds every attempt and
 * every wait. The last answer or failure is handed on marked with how many attempts were made.
 */
final class Retrying implements Interceptor {
  /** The header the final answer carries to say how many attempts were made. */
  static final String ATTEMPTS = "X-Plexapi-Attempts";

  /** An I/O failure after the retries ran out. */
  static final class Exhausted extends IOException {
    private static final long serialVersionUID = 1L;
    final int attempts;

    Exhausted(int attempts, IOException last) {
      super(
          last.getClass().getSimpleName()
              + (last.getMessage() == null ? "" : ": " + last.getMessage()),
          last);
      this.attempts = attempts;
    }
  }

  private final RetryPolicy policy;
  private final Failures failures;

  Retrying(RetryPolicy policy, Failures failures) {
    this.policy = policy;
    this.failures = failures;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean retryable = policy.retries(request.method());
    long timeoutNanos = chain.call().timeout().timeoutNanos();
    long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : Long.MAX_VALUE;
    Response previous = null;
    for (int attempt = 1; ; attempt++) {
      boolean last = !retryable || attempt > policy.maxRetries();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (previous != null && timedOut(deadline)) {
          return marked(
              previous, attempt - 1); // out of time: the last answer says more than the timeout
        }
        if (last
            || chain.call().isCanceled()
            || e instanceof InterruptedIOException && timedOut(deadline)) {
          throw attempt > 1 ? new Exhausted(attempt, e) : e;
        }
        if (!pause(backoff(attempt), deadline)) {
          throw new Exhausted(attempt, e);
        }
        continue;
      }
      if (last || !isRetryable(response.code())) {
        return attempt > 1 ? marked(response, attempt) : response;
      }
      Duration wait = waitFor(response, attempt);
      if (wait == null || !fits(wait, deadline)) {
        return attempt > 1 ? marked(response, attempt) : response;
      }
      previous = buffered(response);
      if (!pause(wait, deadline)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted between attempts");
        }
        return attempt > 1
            ? marked(previous, attempt)
            : previous; // the wait no longer fits: this answer is the result
      }
    }
  }

  /** A copy of a small retryable answer (its error body kept), the original closed. */
  private static Response buffered(Response response) throws IOException {
    try (response) {
      return response.newBuilder().body(response.peekBody(64 * 1024)).build();
    }
  }

  private static Response marked(Response response, int attempts) {
    return response.newBuilder().header(ATTEMPTS, String.valueOf(attempts)).build();
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /** The wait before the next attempt, or null when plex.tv asked for more than the cap. */
  private Duration waitFor(Response response, int attempt) {
    Duration retryAfter = failures.parseRetryAfter(response.header("Retry-After"));
    if (retryAfter == null) {
      return backoff(attempt);
    }
    return retryAfter.compareTo(policy.retryAfterCap()) > 0 ? null : retryAfter;
  }

  /** Exponential backoff with jitter: a random wait between half and all of the doubled base. */
  private Duration backoff(int attempt) {
    long base = policy.initialBackoff().toNanos() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, policy.maxBackoff().toNanos());
    return Duration.ofNanos(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private static boolean fits(Duration wait, long deadline) {
    return System.nanoTime() + wait.toNanos() < deadline;
  }

  private static boolean timedOut(long deadline) {
    return System.nanoTime() >= deadline;
  }

  /** Sleeps unless the wait would cross the deadline; false if it would, or on interrupt. */
  private static boolean pause(Duration wait, long deadline) {
    if (!fits(wait, deadline)) {
      return false;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
