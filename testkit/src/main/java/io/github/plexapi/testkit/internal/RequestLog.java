package io.github.plexapi.testkit.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.plexapi.testkit.FakeRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The requests one fake plex.tv received, in arrival order, as values. */
public final class RequestLog {
  private final List<FakeRequest> requests = new CopyOnWriteArrayList<>();

  /** Records {@code request} with its path as the fake routes it. */
  void record(Request request, String method, String path) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpHeader header : request.getHeaders().all()) {
      headers.put(header.key(), List.copyOf(header.values()));
    }
    requests.add(
        new FakeRequest(
            method,
            path,
            query(URI.create(request.getUrl()).getRawQuery()),
            headers,
            request.getBodyAsString()));
  }

  /** Every request so far. */
  public List<FakeRequest> all() {
    return List.copyOf(requests);
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    query.replaceAll((k, v) -> List.copyOf(v));
    return query;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
