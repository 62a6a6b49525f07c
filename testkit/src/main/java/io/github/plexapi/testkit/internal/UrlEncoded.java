package io.github.plexapi.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text (a query string or a form body), read. */
final class UrlEncoded {
  private UrlEncoded() {}

  /**
   * Each name's values, decoded, in the order given; a malformed escape is kept as sent.
   *
   * @return the pairs (empty for null or empty text); the lists cannot be changed
   */
  static Map<String, List<String>> parse(String text) {
    Map<String, List<String>> pairs = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return pairs;
    }
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      pairs.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    pairs.replaceAll((k, v) -> List.copyOf(v));
    return pairs;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
