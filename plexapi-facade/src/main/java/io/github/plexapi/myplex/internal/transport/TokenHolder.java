package io.github.plexapi.myplex.internal.transport;

/**
 * The one place a session's current token lives. What puts the token on the wire (the generated
 * client's {@code PlexToken} authentication) reads it from here at the moment a request is built,
 * so a refreshed or cleared token applies to the next request of every thread. Every token set is
 * remembered by the redactor as a secret.
 */
public final class TokenHolder {
  private final Redactor redactor;
  private volatile String token;

  /** A holder with no token, masking what it is given in {@code redactor}. */
  public TokenHolder(Redactor redactor) {
    this.redactor = redactor;
  }

  /** The current token, or null. */
  public String get() {
    return token;
  }

  /**
   * Replaces the token (null clears it), trimmed of surrounding whitespace.
   *
   * @throws IllegalArgumentException if it holds a control or non-ASCII character (the message does
   *     not quote it)
   */
  public void set(String newToken) {
    String checked = TokenText.clean("the token", newToken);
    redactor.remember(checked);
    token = checked;
  }
}
