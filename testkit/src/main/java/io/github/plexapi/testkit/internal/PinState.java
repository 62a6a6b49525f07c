package io.github.plexapi.testkit.internal;

import java.time.Instant;

/**
 * One PIN the fake issued: its code, when it was made, and whether and with which token it was
 * approved.
 */
public final class PinState {
  final long id;
  final String code;
  final boolean strong;
  final Instant createdAt;
  volatile Instant approveAt;
  volatile String token;
  volatile int polls;

  PinState(long id, String code, boolean strong, Instant createdAt) {
    this.id = id;
    this.code = code;
    this.strong = strong;
    this.createdAt = createdAt;
  }

  /** The PIN's id. */
  public long id() {
    return id;
  }

  /** The PIN's code. */
  public String code() {
    return code;
  }

  /** How many times it was polled. */
  public int polls() {
    return polls;
  }

  /** Whether it carries a token yet, as of {@code now}. */
  boolean approvedAt(Instant now) {
    return approveAt != null && !now.isBefore(approveAt);
  }
}
