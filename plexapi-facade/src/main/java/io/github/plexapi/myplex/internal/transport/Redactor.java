package io.github.plexapi.myplex.internal.transport;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Remembers the secrets a transport has handled (tokens) and masks them in any text that is about
 * to become a message. A last line of defence: messages are built without secrets to begin with.
 */
public final class Redactor {
  private static final int SHORTEST_SECRET = 4;
  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  /** Adds a secret to mask from now on; null and very short values are ignored. */
  public void remember(String secret) {
    if (secret != null && secret.length() >= SHORTEST_SECRET) {
      secrets.add(secret);
    }
  }

  /** The text with every remembered secret replaced by {@code ***}. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, "***");
    }
    return result;
  }

  /**
   * {@code failure} itself when no text in it (message, {@code toString()}, causes, suppressed
   * exceptions) holds a remembered secret; otherwise a {@link MaskedException} copy of the whole
   * chain with every secret masked, the stack traces kept. For a cause the library attaches.
   */
  public Throwable mask(Throwable failure) {
    if (failure == null || !leaks(failure, identitySet())) {
      return failure;
    }
    return copy(failure, new IdentityHashMap<>());
  }

  private boolean holdsSecret(String text) {
    return text != null && !redact(text).equals(text);
  }

  private boolean leaks(Throwable failure, Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return false;
    }
    if (holdsSecret(failure.getMessage()) || holdsSecret(failure.toString())) {
      return true;
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (leaks(suppressed, seen)) {
        return true;
      }
    }
    return leaks(failure.getCause(), seen);
  }

  private MaskedException copy(
      Throwable failure, IdentityHashMap<Throwable, MaskedException> done) {
    MaskedException existing = done.get(failure);
    if (existing != null) {
      return existing;
    }
    MaskedException copy =
        new MaskedException(failure.getClass().getName(), redact(failure.getMessage()));
    done.put(failure, copy);
    copy.setStackTrace(failure.getStackTrace());
    Throwable cause = failure.getCause();
    if (cause != null && cause != failure) {
      copy.initCause(copy(cause, done));
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      copy.addSuppressed(copy(suppressed, done));
    }
    return copy;
  }

  private static Set<Throwable> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
