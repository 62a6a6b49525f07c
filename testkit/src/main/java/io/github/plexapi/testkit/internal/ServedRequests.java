package io.github.plexapi.testkit.internal;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request (method and path) any fake plex.tv in this JVM has answered, so that a test run can
 * check at its end that the fake answered only what the spec describes.
 */
public final class ServedRequests {
  private static final Set<String> SERVED = ConcurrentHashMap.newKeySet();

  private ServedRequests() {}

  static void record(String method, String path) {
    SERVED.add(method.toUpperCase(Locale.ROOT) + " " + path);
  }

  /** The requests answered so far, each as {@code METHOD /path}, sorted. */
  public static Set<String> all() {
    return new TreeSet<>(SERVED);
  }
}
