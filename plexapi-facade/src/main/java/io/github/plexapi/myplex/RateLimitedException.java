package io.github.plexapi.myplex;

import java.time.Duration;

/**
 * plex.tv is rate-limiting this client (HTTP 429); {@link #getRetryAfter()} says how long to wait.
 */
public class RateLimitedException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param errorCode plex.tv's own error code, or null
   * @param retryAfter the wait plex.tv asked for in {@code Retry-After}, or null
   */
  public RateLimitedException(String message, Integer errorCode, Duration retryAfter) {
    this(message, errorCode, retryAfter, 1);
  }

  /**
   * Creates the exception for a request that was tried {@code attempts} times.
   *
   * @param message what failed, without any secret
   * @param errorCode plex.tv's own error code, or null
   * @param retryAfter the wait plex.tv asked for in {@code Retry-After}, or null
   * @param attempts how many times the request was tried (at least 1)
   */
  public RateLimitedException(
      String message, Integer errorCode, Duration retryAfter, int attempts) {
    super(message, 429, errorCode, null, attempts);
    this.retryAfter = retryAfter;
  }

  /** How long plex.tv asked the client to wait before retrying, or null when it did not say. */
  public Duration getRetryAfter() {
    return retryAfter;
  }
}
