package io.github.plexapi.testkit;

import io.github.plexapi.testkit.internal.MediaServerHost;
import java.util.List;

/**
 * A fake Plex Media Server that {@link FakePlexTv} lists as a resource, with its loopback
 * connections.
 */
public final class FakeMediaServer {
  private final String name;
  private final String machineIdentifier;
  private final String accessToken;
  private final boolean owned;
  private final List<MediaServerHost> hosts;

  FakeMediaServer(
      String name,
      String machineIdentifier,
      String accessToken,
      boolean owned,
      List<MediaServerHost> hosts) {
    this.name = name;
    this.machineIdentifier = machineIdentifier;
    this.accessToken = accessToken;
    this.owned = owned;
    this.hosts = List.copyOf(hosts);
  }

  /** The server's name. */
  public String name() {
    return name;
  }

  /** The server's machine identifier (its resource's client identifier). */
  public String machineIdentifier() {
    return machineIdentifier;
  }

  /** The token plex.tv lists for the server (what a client must send it). */
  public String accessToken() {
    return accessToken;
  }

  /** Whether the account owns the server. */
  public boolean owned() {
    return owned;
  }

  /** The loopback port of each connection, in the order they were added. */
  public List<Integer> ports() {
    return hosts.stream().map(MediaServerHost::port).toList();
  }

  /** How many requests reached each connection, in the order they were added. */
  public List<Integer> requestCounts() {
    return hosts.stream().map(MediaServerHost::requests).toList();
  }

  /** The tokens each request carried, across all connections, in arrival order (null for none). */
  public List<String> tokensReceived() {
    return hosts.stream().flatMap(h -> h.tokens().stream()).toList();
  }

  List<MediaServerHost> hosts() {
    return hosts;
  }

  void close() {
    hosts.forEach(MediaServerHost::close);
  }
}
