package io.github.plexapi.myplex.internal.transport;

import java.util.Locale;

/**
 * Classifies a {@code Content-Type}, falling back on the body's first character when there is none.
 */
final class MediaTypes {
  enum Kind {
    JSON,
    XML,
    OTHER
  }

  private MediaTypes() {}

  static Kind of(String contentType, byte[] body) {
    if (contentType == null || contentType.isBlank()) {
      return sniff(body);
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.equals("application/json") || type.endsWith("+json")) {
      return Kind.JSON;
    }
    if (type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")) {
      return Kind.XML;
    }
    return Kind.OTHER;
  }

  private static Kind sniff(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '<' ? Kind.XML : (b == '{' || b == '[') ? Kind.JSON : Kind.OTHER;
      }
    }
    return Kind.OTHER;
  }
}
