package io.github.plexapi.myplex;

import java.util.List;

/**
 * No usable answer arrived: the connection failed, timed out, or broke while the answer was read;
 * when connecting to a server, every candidate address failed ({@link #getFailures()} says how).
 * {@link #getStatusCode()} is 0.
 */
public class PlexConnectionException extends PlexApiException {
  private static final long serialVersionUID = 1L;

  private final List<String> failures;

  /**
   * Creates the exception.
   *
   * @param message what failed, without any secret
   * @param cause the I/O failure, or null
   */
  public PlexConnectionException(String message, Throwable cause) {
    this(message, List.of(), cause);
  }

  /**
   * Creates the exception for a connect in which every candidate failed.
   *
   * @param message what failed, without any secret
   * @param failures one line per candidate: its URL and why it failed
   * @param cause the underlying failure, or null
   */
  public PlexConnectionException(String message, List<String> failures, Throwable cause) {
    this(message, failures, cause, 1);
  }

  /**
   * Creates the exception for a request that was tried {@code attempts} times.
   *
   * @param message what failed, without any secret
   * @param failures one line per candidate of a connect, or empty
   * @param cause the underlying failure, or null
   * @param attempts how many times the request was tried (at least 1)
   */
  public PlexConnectionException(
      String message, List<String> failures, Throwable cause, int attempts) {
    super(message, 0, null, cause, attempts);
    this.failures = List.copyOf(failures);
  }

  /** For a failed connect, each candidate URL and why it failed (no tokens); otherwise empty. */
  public List<String> getFailures() {
    return failures;
  }
}
