package io.github.plexapi.myplex;

/**
 * Base of every exception this library throws: plex.tv (or a Plex server) answered with an error,
 * answered something unreadable, or could not be reached.
 *
 * <p>Messages name the request method, path (never the query) and status, and plex.tv's own error
 * code and message when it sent one. They never contain a token or a response body.
 */
public class PlexApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final Integer errorCode;
  private final int attempts;

  /**
   * Creates an exception.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   * @param cause the underlying failure, or null
   */
  public PlexApiException(String message, int statusCode, Integer errorCode, Throwable cause) {
    this(message, statusCode, errorCode, cause, 1);
  }

  /**
   * Creates an exception for a request that was tried {@code attempts} times.
   *
   * @param message what failed, without any secret
   * @param statusCode the HTTP status, or 0 when there was no HTTP answer
   * @param errorCode plex.tv's own error code, or null
   * @param cause the underlying failure, or null
   * @param attempts how many times the request was tried (at least 1)
   * @throws IllegalArgumentException if {@code attempts} is less than 1
   */
  public PlexApiException(
      String message, int statusCode, Integer errorCode, Throwable cause, int attempts) {
    super(message, cause);
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.attempts = attempts;
  }

  /** Creates an exception for an answer that could not be used (status 0 unless given). */
  public PlexApiException(String message, int statusCode) {
    this(message, statusCode, null, null);
  }

  /** The HTTP status of the answer, or 0 when no HTTP answer was received. */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * How many times the request was tried before this failure: 1 when it was not retried. Each
   * attempt reached the wire at most once; an attempt whose connection failed before any byte was
   * written counts too.
   */
  public int getAttempts() {
    return attempts;
  }

  /** plex.tv's own error code (e.g. 1029 for a missing two-factor code), or null. */
  public Integer getErrorCode() {
    return errorCode;
  }
}
