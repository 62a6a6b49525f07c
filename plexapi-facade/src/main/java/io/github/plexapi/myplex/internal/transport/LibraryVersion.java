package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This library's version, as the build wrote it into {@code version.properties}. */
public final class LibraryVersion {
  private static final String VERSION = load();

  private LibraryVersion() {}

  /** The version, e.g. {@code 0.1.0}; {@code unknown} when the resource is missing. */
  public static String get() {
    return VERSION;
  }

  /** The {@code User-Agent} this library sends, e.g. {@code plexapi-java/0.1.0}. */
  public static String userAgent() {
    return "plexapi-java/" + VERSION;
  }

  private static String load() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").trim();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the library version", e);
    }
  }
}
