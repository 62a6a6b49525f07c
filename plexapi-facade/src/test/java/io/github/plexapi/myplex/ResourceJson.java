package io.github.plexapi.myplex;

import java.util.List;
import java.util.stream.Collectors;

/** Builds {@code api/v2/resources} answers whose connections point at loopback fakes. */
final class ResourceJson {
  /** One connection of a resource. */
  record Conn(String protocol, String address, int port, String uri, boolean local, boolean relay) {
    static Conn https(int port, boolean local, boolean relay) {
      return new Conn("https", "127.0.0.1", port, "https://localhost:" + port, local, relay);
    }

    static Conn http(int port, boolean local, boolean relay) {
      return new Conn("http", "127.0.0.1", port, "http://127.0.0.1:" + port, local, relay);
    }

    String json() {
      return "{\"protocol\":\""
          + protocol
          + "\",\"address\":\""
          + address
          + "\",\"port\":"
          + port
          + ",\"uri\":\""
          + uri
          + "\",\"local\":"
          + local
          + ",\"relay\":"
          + relay
          + ",\"IPv6\":false}";
    }
  }

  private ResourceJson() {}

  static String server(
      String name, String machineId, boolean owned, String accessToken, List<Conn> connections) {
    return resource(name, machineId, "server", owned, accessToken, connections);
  }

  static String resource(
      String name,
      String machineId,
      String provides,
      boolean owned,
      String accessToken,
      List<Conn> connections) {
    return "[{\"name\":\""
        + name
        + "\",\"product\":\"Plex Media Server\",\"clientIdentifier\":\""
        + machineId
        + "\",\"provides\":\""
        + provides
        + "\",\"owned\":"
        + owned
        + ",\"ownerId\":"
        + (owned ? "null" : "7")
        + ",\"accessToken\":\""
        + accessToken
        + "\",\"connections\":["
        + connections.stream().map(Conn::json).collect(Collectors.joining(","))
        + "]}]";
  }
}
