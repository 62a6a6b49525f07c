package io.github.plexapi.myplex.internal.transport;

/**
 * Runs before a request that carries the token is built: where a session refreshes a token that is
 * about to expire, so that the request goes out with the new one.
 */
@FunctionalInterface
public interface BeforeAuthorizedCall {
  /**
   * Prepares the token; must return (or throw) before {@code deadlineNanos} ({@link
   * System#nanoTime()} scale), the calling request's own deadline.
   */
  void prepare(long deadlineNanos);
}
