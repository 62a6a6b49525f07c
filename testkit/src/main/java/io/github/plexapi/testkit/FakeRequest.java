package io.github.plexapi.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request the fake plex.tv received, as a value a test can check: its method, its path (without
 * a plex.tv host prefix), its query parameters and headers as sent, and its body. {@link
 * #toString()} masks the tokens it carried.
 *
 * @param method the HTTP method, upper case
 * @param path the path, e.g. {@code /api/v2/user}
 * @param query each query parameter's values, decoded, in the order sent
 * @param headers each header's values, names as sent
 * @param body the body as text (empty for none)
 */
public record FakeRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body) {

  /** Copies the maps, so the value cannot change after it is recorded. */
  public FakeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body == null ? "" : body;
  }

  /**
   * The first value of header {@code name} (ignoring case).
   *
   * @return the value, or null if the request carried no such header
   */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  /**
   * The first value of query parameter {@code name}.
   *
   * @return the decoded value, or null if the request had no such parameter
   */
  public String queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@code METHOD /path}, with whether a token was sent; never the token itself. */
  @Override
  public String toString() {
    boolean token = header("X-Plex-Token") != null;
    return method.toUpperCase(Locale.ROOT) + " " + path + (token ? " (token: ***)" : "");
  }
}
