package io.github.plexapi.myplex;

/**
 * A webhook body that could not be read as a Plex webhook event: not multipart or JSON, no
 * boundary, no or a malformed {@code payload}, truncated, or over the size limit. Status code 0.
 */
public class WebhookException extends PlexApiException {
  private static final long serialVersionUID = 1L;
  private final boolean tooLarge;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, without the body
   * @param tooLarge whether the body was over the size limit
   */
  public WebhookException(String message, boolean tooLarge) {
    super(message, 0, null, null);
    this.tooLarge = tooLarge;
  }

  /** Whether the body was refused for being over the size limit (a receiver answers 413). */
  public boolean isTooLarge() {
    return tooLarge;
  }
}
