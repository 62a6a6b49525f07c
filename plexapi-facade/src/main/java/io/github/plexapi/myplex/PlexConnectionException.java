package io.github.plexapi.myplex;

/**
 * No usable answer arrived: the connection failed, timed out, or broke while the answer was read.
 * {@link #getStatusCode()} is 0.
 */
public class PlexConnectionException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param cause the I/O failure, or null
   */
  public PlexConnectionException(String message, Throwable cause) {
    super(message, 0, null, cause);
  }
}
