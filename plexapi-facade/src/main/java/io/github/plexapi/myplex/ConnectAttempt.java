package io.github.plexapi.myplex;

import java.util.Objects;

/**
 * What happened to one address during a connect: the typed form of a line of {@link
 * PlexServer#getConnectReport()}, given by {@link PlexServer#getAttempts()} and {@link
 * PlexClient#getAttempts()}.
 *
 * <p>A value the connect recorded: its getters send no request.
 */
public final class ConnectAttempt {
  /** How an address's attempt ended. */
  public enum Outcome {
    /** It answered as the right server (the winner, or a worse address that answered too). */
    ANSWERED,
    /** It failed: refused, reset, a TLS or HTTP error, or the wrong server behind the address. */
    FAILED,
    /** It had not answered when the connect's deadline passed. */
    TIMED_OUT,
    /** It was still connecting, past its grace, when a lower-priority address answered. */
    GAVE_UP_CONNECTING,
    /** It had not answered within the preference window of a lower-priority address's answer. */
    LOST_TO_WINDOW,
    /** It was still running when a higher-priority address answered, and was cancelled. */
    ABANDONED
  }

  private final String address;
  private final ConnectOptions.Location location;
  private final boolean tokenSent;
  private final Outcome outcome;
  private final String reason;
  private final boolean winner;

  /**
   * An attempt's record.
   *
   * @param address the base URL tried
   * @param location where plex.tv says the address is
   * @param tokenSent whether the resource's token was sent to it
   * @param outcome how the attempt ended
   * @param reason why it did not win (null for an answer)
   * @param winner whether this address is the one connected to
   */
  public ConnectAttempt(
      String address,
      ConnectOptions.Location location,
      boolean tokenSent,
      Outcome outcome,
      String reason,
      boolean winner) {
    this.address = Objects.requireNonNull(address, "address");
    this.location = Objects.requireNonNull(location, "location");
    this.tokenSent = tokenSent;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.reason = reason;
    this.winner = winner;
  }

  /** The base URL tried, e.g. {@code https://10-0-0-2.abc.plex.direct:32400}. */
  public String getAddress() {
    return address;
  }

  /** Where plex.tv says the address is: local, remote or relay. */
  public ConnectOptions.Location getLocation() {
    return location;
  }

  /** Whether the resource's token was sent to this address (never over plain remote http). */
  public boolean isTokenSent() {
    return tokenSent;
  }

  /** How the attempt ended. */
  public Outcome getOutcome() {
    return outcome;
  }

  /**
   * Why the address did not answer or did not win, as the report line says it.
   *
   * @return the reason, or null when the address answered
   */
  public String getReason() {
    return reason;
  }

  /** Whether this is the address the connect returned. */
  public boolean isWinner() {
    return winner;
  }

  /** The report line: {@code address (location): answered} or {@code ...: reason}. */
  @Override
  public String toString() {
    return address
        + " ("
        + location.name().toLowerCase(java.util.Locale.ROOT)
        + (tokenSent ? "" : ", no token")
        + "): "
        + (outcome == Outcome.ANSWERED ? "answered" : reason);
  }
}
