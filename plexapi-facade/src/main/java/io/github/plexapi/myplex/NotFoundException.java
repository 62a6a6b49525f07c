package io.github.plexapi.myplex;

/** What was asked for does not exist (HTTP 404, or no resource, device or user matched a name). */
public class NotFoundException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   */
  public NotFoundException(String message, int statusCode, Integer errorCode) {
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
  public NotFoundException(String message, int statusCode, Integer errorCode, int attempts) {
    super(message, statusCode, errorCode, null, attempts);
  }
}
