package io.github.plexapi.myplex;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings of {@link LibraryFilter}'s text: the form decoding plex.tv's rules need (percent
 * escapes and {@code +} for a space, malformed escapes kept), and the value escaping that lets a
 * comma survive inside a value ({@code ,} and {@code %} escaped once before the whole value is
 * percent-encoded).
 */
final class FilterText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private FilterText() {}

  /** Decodes percent escapes (as UTF-8) and {@code +} as a space; a malformed escape stays. */
  static String decodeForm(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
        bytes.write(
            Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Undoes the inner escape of a value: {@code %2C} to a comma and {@code %25} to {@code %}. */
  static String unescapeValue(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        String code = value.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
        if (code.equals("2C") || code.equals("25")) {
          out.append(code.equals("2C") ? ',' : '%');
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A value as written into a rule: a comma or {@code %} inside escaped once (so it is not read as
   * a separator), then everything but RFC 3986's unreserved characters percent-encoded as UTF-8.
   */
  static String encodeValue(String value) {
    String inner = value.replace("%", "%25").replace(",", "%2C");
    StringBuilder out = new StringBuilder();
    for (byte b : inner.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String text, int index) {
    return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
  }
}
