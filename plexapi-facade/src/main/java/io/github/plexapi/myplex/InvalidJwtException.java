package io.github.plexapi.myplex;

/**
 * A Plex JWT failed verification: malformed, signed by no published key, expired, or issued for
 * another audience or device. The message says which check failed, never the token.
 */
public class InvalidJwtException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the check that failed, without the token
   */
  public InvalidJwtException(String message) {
    super(message, 0, null, null);
  }
}
