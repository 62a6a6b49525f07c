package io.github.plexapi.testkit;

import java.time.Duration;

/**
 * How one of a fake server's connections behaves: where plex.tv says it is (local, remote or
 * relay), whether it is https (the default, with the fake's self-signed certificate) or http, and
 * whether it answers quickly, slowly, as the wrong machine, or not at all.
 */
public final class FakeConnection {
  /** Where plex.tv says the connection is. */
  public enum Kind {
    /** On the local network. */
    LOCAL,
    /** Across the internet. */
    REMOTE,
    /** Through a relay. */
    RELAY
  }

  final Kind kind;
  final boolean https;
  final Duration delay;
  final boolean dead;
  final boolean wrongMachine;

  private FakeConnection(
      Kind kind, boolean https, Duration delay, boolean dead, boolean wrongMachine) {
    this.kind = kind;
    this.https = https;
    this.delay = delay;
    this.dead = dead;
    this.wrongMachine = wrongMachine;
  }

  /** A local https connection that answers at once. */
  public static FakeConnection local() {
    return new FakeConnection(Kind.LOCAL, true, Duration.ZERO, false, false);
  }

  /** A remote https connection that answers at once. */
  public static FakeConnection remote() {
    return new FakeConnection(Kind.REMOTE, true, Duration.ZERO, false, false);
  }

  /** A relay https connection that answers at once. */
  public static FakeConnection relay() {
    return new FakeConnection(Kind.RELAY, true, Duration.ZERO, false, false);
  }

  /** The same connection over plain http. */
  public FakeConnection http() {
    return new FakeConnection(kind, false, delay, dead, wrongMachine);
  }

  /** The same connection answering after {@code delay}. */
  public FakeConnection slow(Duration delay) {
    return new FakeConnection(kind, https, delay, dead, wrongMachine);
  }

  /** The same connection with nothing listening (connecting is refused). */
  public FakeConnection dead() {
    return new FakeConnection(kind, https, delay, true, wrongMachine);
  }

  /** The same connection answered by another machine (a stale address). */
  public FakeConnection wrongMachine() {
    return new FakeConnection(kind, https, delay, dead, true);
  }

  @Override
  public String toString() {
    return kind
        + (https ? " https" : " http")
        + (dead ? " dead" : "")
        + (delay.isZero() ? "" : " slow " + delay.toMillis() + " ms")
        + (wrongMachine ? " wrong machine" : "");
  }
}
