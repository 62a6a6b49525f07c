package io.github.plexapi.myplex;

/** A browser or PIN login was not approved before its deadline. {@link #getStatusCode()} is 0. */
public class LoginTimeoutException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what timed out, without any secret
   */
  public LoginTimeoutException(String message) {
    super(message, 0, null, null);
  }
}
