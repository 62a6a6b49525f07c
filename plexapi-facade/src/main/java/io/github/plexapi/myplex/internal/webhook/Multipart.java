package io.github.plexapi.myplex.internal.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small {@code multipart/form-data} reader for webhook bodies: the parts by their form name, or a
 * reason the body is not one. Reads at most a limit, never more.
 */
public final class Multipart {
  private Multipart() {}

  /** A body that is not what was expected; {@code tooLarge} when it is over the limit. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    public final boolean tooLarge;

    Refused(String message, boolean tooLarge) {
      super(message);
      this.tooLarge = tooLarge;
    }
  }

  /**
   * Reads {@code in} whole, refusing it once it passes {@code maxBytes}.
   *
   * @throws Refused if it is larger
   */
  public static byte[] readBounded(InputStream in, long maxBytes) throws IOException, Refused {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > maxBytes) {
        throw new Refused("a body larger than " + maxBytes + " bytes", true);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The boundary of a {@code multipart/...} content type.
   *
   * @throws Refused if there is none
   */
  public static String boundary(String contentType) throws Refused {
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String value = p.substring("boundary=".length()).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (!value.isEmpty() && value.length() <= 200) {
          return value;
        }
      }
    }
    throw new Refused("a multipart content type without a boundary", false);
  }

  /**
   * The parts of {@code body} by form name.
   *
   * @throws Refused if the body is not multipart with this boundary, or is truncated
   */
  public static Map<String, byte[]> parts(byte[] body, String boundary) throws Refused {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new Refused("no part delimited by the boundary", false);
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    int position = at + delimiter.length;
    while (true) {
      if (startsWith(body, position, "--")) {
        return parts; // the closing delimiter
      }
      int headersStart = skipLineEnd(body, position);
      int headersEnd =
          indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersStart < 0 || headersEnd < 0) {
        throw new Refused("a truncated part", false);
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int contentEnd = indexOf(body, next, contentStart);
      if (contentEnd < 0) {
        throw new Refused("a truncated body (no closing boundary)", false);
      }
      String name = formName(headers);
      if (name != null) {
        byte[] content = new byte[contentEnd - contentStart];
        System.arraycopy(body, contentStart, content, 0, content.length);
        parts.putIfAbsent(name, content);
      }
      position = contentEnd + next.length;
    }
  }

  private static String formName(String headers) {
    for (String line : headers.split("\r\n")) {
      if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
        continue;
      }
      for (String param : line.split(";")) {
        String p = param.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("name=")) {
          String value = p.substring(5).trim();
          return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
              ? value.substring(1, value.length() - 1)
              : value;
        }
      }
    }
    return null;
  }

  private static int skipLineEnd(byte[] body, int position) {
    if (startsWith(body, position, "\r\n")) {
      return position + 2;
    }
    return startsWith(body, position, "\n") ? position + 1 : -1;
  }

  private static boolean startsWith(byte[] body, int position, String text) {
    if (position < 0 || position + text.length() > body.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (body[position + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] wanted, int from) {
    outer:
    for (int i = Math.max(0, from); i <= body.length - wanted.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (body[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
