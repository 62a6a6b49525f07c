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

  /**
   * The status a friend's {@code status} field names: {@code accepted}, {@code pending_received}
   * and {@code pending_sent} as named, and the bare {@code pending} plex.tv answers an invitation
   * just sent with as {@link #PENDING_SENT}.
   *
   * @return the status, or null for null or a value this version does not know
   */
  public static FriendStatus fromValue(String value) {
    if ("pending".equals(value)) {
      return PENDING_SENT;
    }
    for (FriendStatus known : values()) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return null;
  }
}
