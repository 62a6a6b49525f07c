package io.github.plexapi.myplex;

/** The token is missing, invalid, expired or revoked (HTTP 401, 498, or 422 "Invalid token"). */
public class UnauthorizedException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   */
  public UnauthorizedException(String message, int statusCode, Integer errorCode) {
    super(message, statusCode, errorCode, null);
  }

  /**
   * Creates the exception for a request that was tried {@code attempts} times.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   * @param attempts how many times the request was tried (at least 1)
   */
  public UnauthorizedException(String message, int statusCode, Integer errorCode, int attempts) {
    super(message, statusCode, errorCode, null, attempts);
  }
}
