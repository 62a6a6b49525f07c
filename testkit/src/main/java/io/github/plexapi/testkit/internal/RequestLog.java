package io.github.plexapi.testkit.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.plexapi.testkit.FakeRequest;
import java.net.URI;
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
            UrlEncoded.parse(URI.create(request.getUrl()).getRawQuery()),
            headers,
            request.getBodyAsString()));
  }

  /** Every request so far. */
  public List<FakeRequest> all() {
    return List.copyOf(requests);
  }
}
