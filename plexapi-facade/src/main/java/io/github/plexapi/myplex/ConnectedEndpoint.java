package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.time.Duration;
import java.util.HashMap;
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
  private final List<ConnectAttempt> attempts;
  private final ResourceConnection connection;
  private final String targetClientIdentifier;

  ConnectedEndpoint(
      Connector.Connected<?> connected, PlexSession session, ResourceConnection connection) {
    this.session = session;
    this.baseUrl = connected.won().candidate().url();
    this.client = connected.client();
    this.connectTime = connected.won().elapsed();
    this.attempts = connected.won().attempts();
    this.connection = connection;
    this.targetClientIdentifier = null;
  }

  /**
   * An endpoint reached through a plex.tv host ({@code sonos.plex.tv}) with the account token: each
   * request names its target with {@code X-Plex-Target-Client-Identifier}.
   */
  private ConnectedEndpoint(PlexSession session, String plexHost, String targetClientIdentifier) {
    this.session = session;
    this.baseUrl = plexHost;
    this.client = null;
    this.connectTime = Duration.ZERO;
    this.attempts = List.of();
    this.connection = null;
    this.targetClientIdentifier = targetClientIdentifier;
  }

  /** The endpoint of {@code targetClientIdentifier}, reached through {@code plexHost}. */
  static ConnectedEndpoint through(
      PlexSession session, String plexHost, String targetClientIdentifier) {
    return new ConnectedEndpoint(session, plexHost, targetClientIdentifier);
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

  /** The attempts as report lines, one per address, best first. */
  List<String> connectReport() {
    return attempts.stream().map(ConnectAttempt::toString).toList();
  }

  List<ConnectAttempt> attempts() {
    return attempts;
  }

  /** The resource's connection that won, or null when there was no resource (a known URL). */
  ResourceConnection connection() {
    return connection;
  }

  /** Sends a request to {@code path} on the endpoint with its token, decoded as for plex.tv. */
  <T> T query(String path, String method, Map<String, String> headers, Class<T> type) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /");
    }
    Require.text("method", method);
    Class<T> answer = type == Void.class ? null : type;
    if (targetClientIdentifier != null) {
      Map<String, String> targeted = new HashMap<>(headers == null ? Map.of() : headers);
      targeted.put("X-Plex-Target-Client-Identifier", targetClientIdentifier);
      return session.transport().query(baseUrl + path, method, targeted, answer);
    }
    HttpUrl target = HttpUrl.get(baseUrl + path);
    return session.transport().send(client, target, method, headers, answer, true);
  }
}
