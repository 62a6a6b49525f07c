package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.Player;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.transport.HostMapping;
import java.time.Duration;
import java.util.Map;

/**
 * A connected Plex player, the handle {@link MyPlexResource#connectClient()} returns: requests to
 * it carry the resource's own token, never the account token. A Sonos speaker ({@link
 * MyPlexAccount#sonosSpeakers()}) is the exception: it is reached only through sonos.plex.tv, with
 * the account token and {@code X-Plex-Target-Client-Identifier} naming it.
 *
 * <p>Its getters read what connecting already learnt and send no request; {@link #query} sends one
 * request to the player.
 */
public final class PlexClient {
  private final Player player;
  private final ConnectedEndpoint endpoint;

  PlexClient(
      Connector.Connected<Player> connected, PlexSession session, ResourceConnection connection) {
    this(connected.won().value(), new ConnectedEndpoint(connected, session, connection));
  }

  private PlexClient(Player player, ConnectedEndpoint endpoint) {
    this.player = player;
    this.endpoint = endpoint;
  }

  /** A Sonos speaker, reached through sonos.plex.tv with the account token. */
  static PlexClient throughSonos(Player player, PlexSession session) {
    return new PlexClient(
        player,
        ConnectedEndpoint.through(session, HostMapping.SONOS, player.getMachineIdentifier()));
  }

  /**
   * The resource's connection that won the connect, with its location and protocol. No request is
   * sent.
   *
   * @return the connection, or null for a Sonos speaker (reached through sonos.plex.tv)
   */
  public ResourceConnection getConnection() {
    return endpoint.connection();
  }

  /**
   * What happened to every address tried, best first, as typed values (empty for a Sonos speaker).
   * No request is sent.
   *
   * @return the attempts, the winner's {@link ConnectAttempt#isWinner()} true
   */
  public java.util.List<ConnectAttempt> getAttempts() {
    return endpoint.attempts();
  }

  /** The URL the player answered on. */
  public String getBaseUrl() {
    return endpoint.baseUrl();
  }

  /** The player's machine identifier. */
  public String getMachineIdentifier() {
    return player.getMachineIdentifier();
  }

  /** The player's title. */
  public String getTitle() {
    return player.getTitle();
  }

  /** The player's product, e.g. {@code Plex for Android}. */
  public String getProduct() {
    return player.getProduct();
  }

  /** The player's version. */
  public String getVersion() {
    return player.getVersion();
  }

  /** Comma-separated capabilities, e.g. {@code timeline,playback,navigation}. */
  public String getProtocolCapabilities() {
    return player.getProtocolCapabilities();
  }

  /** How long connecting took. */
  public Duration getConnectTime() {
    return endpoint.connectTime();
  }

  /** The platform's version, or null. */
  public String getPlatformVersion() {
    return player.getPlatformVersion();
  }

  /** The control protocol, e.g. {@code plex}, or null. */
  public String getProtocol() {
    return player.getProtocol();
  }

  /** The control protocol's version, or null. */
  public String getProtocolVersion() {
    return player.getProtocolVersion();
  }

  /** The kind of device, e.g. {@code phone}, {@code stb} or {@code speaker}, or null. */
  public String getDeviceClass() {
    return player.getDeviceClass();
  }

  /** The player's LAN address as it reports it (Sonos speakers do), or null. */
  public String getLanIp() {
    return player.getLanIP();
  }

  /** The identity answer, for fields this class does not surface. */
  public Player getModel() {
    return player;
  }

  /** Sends a request to this player with the resource's token (as a header). */
  public <T> T query(String path, String method, Map<String, String> headers, Class<T> type) {
    return endpoint.query(path, method, headers, type);
  }

  @Override
  public String toString() {
    return "PlexClient{"
        + getTitle()
        + " at "
        + getBaseUrl()
        + ", machineIdentifier="
        + getMachineIdentifier()
        + "}";
  }
}
