package io.github.plexapi.myplex;

/**
 * Which relationships {@link MyPlexAccount#friends(FriendStatus)} lists.
 *
 * <p>A value only: it sends no request.
 */
public enum FriendStatus {
  /** Friends who accepted. */
  ACCEPTED("accepted"),
  /** Invitations others sent to this account. */
  PENDING_RECEIVED("pending_received"),
  /** Invitations this account sent. */
  PENDING_SENT("pending_sent");

  private final String value;

  FriendStatus(String value) {
    this.value = value;
  }

  /** The value plex.tv's {@code status} parameter takes. */
  public String value() {
    return value;
  }
}
