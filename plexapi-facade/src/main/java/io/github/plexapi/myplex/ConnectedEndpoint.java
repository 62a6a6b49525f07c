package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * What a connected server and a connected player share: the address that won, the client that
 * carries the resource's token (when that address may receive it), the connect time and report, and
 * sending requests to it.
 */
final class ConnectedEndpoint {
  private final PlexSession session;
  private final String baseUrl;
  private final PlexApiClient client;
  private final Duration connectTime;
  private final List<String> connectReport;

  ConnectedEndpoint(Connector.Connected<?> connected, PlexSession session) {
    this.session = session;
    this.baseUrl = connected.won().candidate().url();
    this.client = connected.client();
    this.connectTime = connected.won().elapsed();
    this.connectReport = connected.won().others();
  }

  String baseUrl() {
    return baseUrl;
  }

  PlexApiClient client() {
    return client;
  }

  PlexSession session() {
    return session;
  }

  Duration connectTime() {
    return connectTime;
  }

  List<String> connectReport() {
    return connectReport;
  }

  /** Sends a request to {@code path} on the endpoint with its token, decoded as for plex.tv. */
  <T> T query(String path, String method, Map<String, String> headers, Class<T> type) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /");
    }
    Require.text("method", method);
    HttpUrl target = HttpUrl.get(baseUrl + path);
    return session
        .transport()
        .send(client, target, method, headers, type == Void.class ? null : type, true);
  }
}
