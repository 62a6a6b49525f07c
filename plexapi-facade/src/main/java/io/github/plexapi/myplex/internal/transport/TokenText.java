package io.github.plexapi.myplex.internal.transport;

/**
 * Checks a token before it can reach a header: surrounding whitespace (a token read from a file
 * with its newline) is trimmed; any other character that is not printable ASCII is refused with a
 * message that never quotes the token (OkHttp's own refusal quotes the whole header value).
 */
public final class TokenText {
  private TokenText() {}

  /**
   * {@code token} without surrounding whitespace, or null for null.
   *
   * @param what the argument's name, for the message
   * @throws IllegalArgumentException if a character inside is a control or non-ASCII character
   */
  public static String clean(String what, String token) {
    if (token == null) {
      return null;
    }
    String trimmed = token.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException(
            what
                + " holds a control or non-ASCII character (at index "
                + i
                + "): a token is printable ASCII");
      }
    }
    return trimmed;
  }
}
