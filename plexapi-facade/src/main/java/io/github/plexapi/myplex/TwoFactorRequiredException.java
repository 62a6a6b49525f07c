package io.github.plexapi.myplex;

/**
 * The account has two-factor authentication on and the sign-in lacked a valid code (plex.tv error
 * 1029).
 */
public class TwoFactorRequiredException extends UnauthorizedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   */
  public TwoFactorRequiredException(String message, int statusCode, Integer errorCode) {
    super(message, statusCode, errorCode);
  }

  /**
   * Creates the exception for a request that was tried {@code attempts} times.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   * @param attempts how many times the request was tried (at least 1)
   */
  public TwoFactorRequiredException(
      String message, int statusCode, Integer errorCode, int attempts) {
    super(message, statusCode, errorCode, attempts);
  }
}
