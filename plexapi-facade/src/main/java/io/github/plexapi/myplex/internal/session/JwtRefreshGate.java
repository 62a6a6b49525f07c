package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.internal.jwt.Jwts;
import io.github.plexapi.myplex.internal.transport.BeforeAuthorizedCall;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Refreshes a Plex JWT that is within a margin of expiry before a request that carries it goes out.
 * One refresh at a time for all threads: the others wait for it (within their own request's
 * deadline) and then send the new token; the refresh's own calls are not refreshed again (the
 * transport runs them without this gate).
 */
final class JwtRefreshGate implements BeforeAuthorizedCall {
  private final ReentrantLock lock = new ReentrantLock();
  private final Supplier<String> token;
  private final Runnable refresh;
  private final Duration margin;
  private final Clock clock;

  JwtRefreshGate(Supplier<String> token, Runnable refresh, Duration margin, Clock clock) {
    this.token = token;
    this.refresh = refresh;
    this.margin = margin;
    this.clock = clock;
  }

  @Override
  public void prepare(long deadlineNanos) {
    String current = token.get();
    if (!isDue(current)) {
      return;
    }
    boolean locked;
    try {
      locked = lock.tryLock(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlexConnectionException("interrupted while the token was being refreshed", e);
    }
    if (!locked) {
      throw new PlexConnectionException(
          "the token refresh did not finish within the request's timeout", null);
    }
    try {
      if (current.equals(token.get())) {
        refresh.run();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code jwt} is a JWT whose expiry is less than the margin away. */
  boolean isDue(String jwt) {
    if (jwt == null || jwt.chars().filter(c -> c == '.').count() != 2) {
      return false;
    }
    long exp;
    try {
      exp = Jwts.unverifiedClaims(jwt).get("exp").getAsLong();
    } catch (RuntimeException notAJwt) {
      return false;
    }
    return Instant.ofEpochSecond(exp).minus(margin).isBefore(clock.instant());
  }
}
