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
import okhttp3.ResponseBody;

/**
 * Applies a {@link RetryPolicy} inside the call, so the call's timeout bounds every attempt and
 * every wait. Every request on the wire is counted ({@link WireMark}): an idempotent request
 * reaches it at most {@code 1 + maxRetries} times, OkHttp's own quiet re-sends included; any other
 * at most once, and it is tried again only when its connection failed before a byte of it was
 * written. Each answer's body is read whole inside its attempt, so a body that breaks off fails the
 * attempt. The last answer or failure is handed on marked with how many attempts were made.
 */
final class Retrying implements Interceptor {
  /** The header the final answer carries to say how many attempts were made. */
  static final String ATTEMPTS = "X-Plexapi-Attempts";

  private static final long ERROR_BODY_LIMIT = 64 * 1024;
  private static final long LONGEST_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  /** An I/O failure after more than one attempt. */
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

  /**
   * The deadline cut off a retry: the answer before it is the result. It travels as an exception
   * because OkHttp drops whatever an interceptor returns once the call's timeout has fired.
   */
  static final class LastAnswer extends IOException {
    private static final long serialVersionUID = 1L;
    final transient Response response;

    LastAnswer(Response response, IOException cutOff) {
      super("the deadline cut off the retry after a " + response.code() + " answer", cutOff);
      this.response = response;
    }
  }

  /** A successful answer whose body is larger than the limit; never retried. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    BodyTooLarge(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final RetryPolicy policy;
  private final Failures failures;
  private final long maxBodyBytes;

  Retrying(RetryPolicy policy, Failures failures, long maxBodyBytes) {
    this.policy = policy;
    this.failures = failures;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = policy.retries(request.method());
    int maxAttempts = 1 + policy.maxRetries();
    long deadline = deadline(chain.call().timeout().timeoutNanos());
    Response previous = null;
    int attempts = 0; // each attempt counts its passes on the wire, at least one
    while (true) {
      WireMark mark = new WireMark(idempotent ? maxAttempts - attempts : 1);
      Response response;
      try {
        response = readWhole(chain.proceed(request.newBuilder().tag(WireMark.class, mark).build()));
        attempts += Math.max(1, mark.passes());
      } catch (BodyTooLarge e) {
        throw e;
      } catch (IOException thrown) {
        attempts += Math.max(1, mark.passes());
        IOException e = unwrapRefused(thrown);
        if (previous != null && timedOut(deadline)) {
          throw new LastAnswer(marked(previous, attempts), e);
        }
        boolean mayResend = idempotent || mark.passes() == 0;
        if (attempts >= maxAttempts
            || !mayResend
            || chain.call().isCanceled()
            || timedOut(deadline)) {
          throw attempts > 1 ? new Exhausted(attempts, e) : e;
        }
        Duration wait = backoff(attempts);
        if (!fits(wait, deadline)) {
          throw previous != null
              ? new LastAnswer(marked(previous, attempts), e)
              : new Exhausted(attempts, e);
        }
        pause(wait);
        continue;
      }
      if (!idempotent || attempts >= maxAttempts || !isRetryable(response.code())) {
        return marked(response, attempts);
      }
      Duration wait = waitFor(response, attempts);
      if (wait == null || !fits(wait, deadline)) {
        return marked(response, attempts); // the wait no longer fits: this answer is the result
      }
      previous = response;
      pause(wait);
    }
  }

  /** The failure a refused re-send hides (OkHttp suppresses it in the refusal), else {@code e}. */
  private static IOException unwrapRefused(IOException e) {
    if (e instanceof WireMark.ResendRefused) {
      for (Throwable suppressed : e.getSuppressed()) {
        if (suppressed instanceof IOException original) {
          return original;
        }
      }
    }
    return e;
  }

  /**
   * The answer with its body read whole (a success's up to the body limit, an error's up to 64 KiB,
   * quietly), the connection released.
   *
   * @throws IOException if the body breaks off (the attempt failed)
   * @throws BodyTooLarge if a success's body is larger than the limit
   */
  private Response readWhole(Response answer) throws IOException {
    Response response = WireMark.restored(answer);
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try (response) {
      byte[] bytes;
      if (response.isSuccessful()) {
        try {
          bytes = BoundedBody.read(body, maxBodyBytes);
        } catch (BoundedBody.TooLarge e) {
          throw new BodyTooLarge(response.code(), e.getMessage());
        }
      } else {
        bytes = readQuietly(body, Math.min(maxBodyBytes, ERROR_BODY_LIMIT));
      }
      return response.newBuilder().body(new HeldBody(bytes, body.contentType())).build();
    }
  }

  private static byte[] readQuietly(ResponseBody body, long limit) {
    try {
      return BoundedBody.read(body, limit);
    } catch (IOException | BoundedBody.TooLarge e) {
      return new byte[0]; // the status alone still says what happened
    }
  }

  private static Response marked(Response response, int attempts) {
    return attempts > 1
        ? response.newBuilder().header(ATTEMPTS, String.valueOf(attempts)).build()
        : response;
  }

  private static boolean isRetryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * The retry loop's own deadline, a little inside the call's timeout (a twentieth of it, at most
   * 50 ms): no wait starts that would leave the answer in hand no time to reach the caller.
   */
  private static long deadline(long timeoutNanos) {
    if (timeoutNanos <= 0) {
      return Long.MAX_VALUE;
    }
    long margin = Math.min(timeoutNanos / 20, LONGEST_MARGIN_NANOS);
    return System.nanoTime() + timeoutNanos - margin;
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

  private static void pause(Duration wait) throws InterruptedIOException {
    try {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted between attempts");
    }
  }
}
