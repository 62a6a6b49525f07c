package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;

/**
 * A copy of a failure whose text held a secret (a server that echoed the token in its status line,
 * say), with the secret masked: it names the original class, keeps its stack trace, and stands in
 * for it as a cause. Made by {@link Redactor#mask(Throwable)}.
 */
public final class MaskedException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String originalClass;

  MaskedException(String originalClass, String maskedMessage) {
    super(maskedMessage);
    this.originalClass = originalClass;
  }

  /** The fully qualified name of the failure this is a masked copy of. */
  public String getOriginalClass() {
    return originalClass;
  }

  /** The original class's name and the masked message, as {@link Throwable#toString()} would. */
  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return originalClass + " (masked)" + (message == null ? "" : ": " + message);
  }
}
