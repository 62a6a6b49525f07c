package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;

/**
 * One way to reach a {@link MyPlexResource}: a local, remote or relay address, over https (the
 * {@code *.plex.direct} {@link #getUri()}) or plain http ({@link #getHttpUri()}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class ResourceConnection {
  private final io.github.plexapi.generated.model.ResourceConnection model;

  ResourceConnection(io.github.plexapi.generated.model.ResourceConnection model) {
    this.model = model;
  }

  /** The connection's URL as plex.tv lists it (for https, a {@code *.plex.direct} name). */
  public String getUri() {
    return model.getUri();
  }

  /**
   * The plain-http URL of the same address and port, IPv6 addresses in brackets; null without an
   * address.
   */
  public String getHttpUri() {
    String address = getAddress();
    if (address == null || address.isBlank() || model.getPort() == null) {
      return null;
    }
    String host = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    return "http://" + host + ":" + model.getPort();
  }

  /** The IP address or host name. */
  public String getAddress() {
    return model.getAddress();
  }

  /** The port, or null if plex.tv did not say. */
  public Integer getPort() {
    return model.getPort();
  }

  /** {@code http} or {@code https}. */
  public String getProtocol() {
    return model.getProtocol();
  }

  /** Whether the address is on the resource's local network. */
  public boolean isLocal() {
    return isTrue(model.getLocal());
  }

  /** Whether this is a Plex relay connection. */
  public boolean isRelay() {
    return isTrue(model.getRelay());
  }

  /** Whether the address is IPv6. */
  public boolean isIpv6() {
    return isTrue(model.getIpv6());
  }

  /** The generated model, for fields this class does not surface. */
  public io.github.plexapi.generated.model.ResourceConnection getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "ResourceConnection{"
        + getUri()
        + (isLocal() ? ", local" : "")
        + (isRelay() ? ", relay" : "")
        + "}";
  }
}
