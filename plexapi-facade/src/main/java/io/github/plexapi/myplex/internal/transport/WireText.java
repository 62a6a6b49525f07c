package io.github.plexapi.myplex.internal.transport;

import java.time.Duration;
import java.util.Map;

/**
 * Refuses arguments that would corrupt the wire before anything is sent: a method that is not an
 * HTTP token (a CR-LF in it would smuggle a second request), a null or malformed header, and a
 * timeout OkHttp would truncate to zero, which it reads as none. Messages name the argument and
 * never quote a header's value, where a token may travel.
 */
public final class WireText {
  private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~";

  private WireText() {}

  /**
   * Checks an HTTP method name (RFC 9110's {@code token}: letters, digits and {@code
   * !#$%&'*+-.^_`|~}).
   *
   * @throws IllegalArgumentException if it is null, empty or holds any other character
   */
  public static void method(String method) {
    if (method == null || method.isEmpty() || !isToken(method)) {
      throw new IllegalArgumentException("method must be an HTTP method name such as GET or POST");
    }
  }

  /**
   * Checks extra headers: names HTTP tokens, values free of control characters other than tab and
   * of non-ASCII characters. Null means none.
   *
   * @throws IllegalArgumentException naming the header (never its value) that is refused
   */
  public static void headers(Map<String, String> headers) {
    if (headers == null) {
      return;
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey();
      if (name == null || name.isEmpty() || !isToken(name)) {
        throw new IllegalArgumentException(
            "headers must have HTTP token names (letters, digits, -, _ ...), not null or empty");
      }
      String value = header.getValue();
      if (value == null) {
        throw new IllegalArgumentException("headers: the value of " + name + " must not be null");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < 0x20 && c != '\t') || c > 0x7E) {
          throw new IllegalArgumentException(
              "headers: the value of "
                  + name
                  + " holds a control or non-ASCII character (at index "
                  + i
                  + ")");
        }
      }
    }
  }

  /**
   * Checks a timeout.
   *
   * @param what the argument's name, for the message
   * @throws IllegalArgumentException if it is null or under 1 ms
   */
  public static void timeout(String what, Duration timeout) {
    if (timeout == null || timeout.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException(
          what + " must be at least 1 ms (OkHttp reads a shorter one as no timeout at all)");
    }
  }

  private static boolean isToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || TOKEN_CHARS.indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
