package io.github.plexapi.myplex.internal.transport;

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
}
