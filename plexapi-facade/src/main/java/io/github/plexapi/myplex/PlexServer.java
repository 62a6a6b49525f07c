package io.github.plexapi.myplex;

import io.github.plexapi.generated.api.MediaServerApi;
import io.github.plexapi.generated.model.ServerIdentity;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A connected Plex Media Server: the handle {@link MyPlexResource#connect()} returns, or one made
 * directly from a URL and a token with {@link #connect(String, String)}. Requests to it carry the
 * server's own token, never the account token. A server made from a URL and a token owns the HTTP
 * client it made: {@link #close()} releases it; closing a server a resource connected to does
 * nothing (the account owns its client).
 *
 * <p>Its getters read what connecting already learnt and send no request; {@link #query} sends one
 * request to the server.
 */
public final class PlexServer implements AutoCloseable {
  private final ServerIdentity identity;
  private final ConnectedEndpoint endpoint;
  private final String token;
  private final boolean ownsSession;

  PlexServer(
      Connector.Connected<ServerIdentity> connected,
      PlexSession session,
      String token,
      boolean ownsSession,
      ResourceConnection connection) {
    this.identity = connected.won().value();
    this.endpoint = new ConnectedEndpoint(connected, session, connection);
    this.token = token;
    this.ownsSession = ownsSession;
  }

  /**
   * Connects to a server at a known address ({@code GET /}), with plex.tv's defaults for {@link
   * #myPlexAccount()}; close the server when done.
   *
   * @throws PlexConnectionException if the server does not answer within 30 s
   */
  public static PlexServer connect(String baseUrl, String token) {
    return connect(baseUrl, token, MyPlexAccount.builder());
  }

  /**
   * Connects to a server at a known address ({@code GET /}); {@code plexTv} supplies the identity
   * headers, timeout, OkHttp client and plex.tv location (its credentials are ignored: the server
   * token is the account's token). Close the server when done.
   *
   * @throws PlexConnectionException if the server does not answer within the timeout
   */
  public static PlexServer connect(String baseUrl, String token, MyPlexAccount.Builder plexTv) {
    HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL");
    }
    Require.present("plexTv settings", plexTv);
    PlexSession session = PlexSession.open(plexTv.optionsWithToken(token));
    Candidate only =
        new Candidate(url.toString().replaceAll("/$", ""), ConnectOptions.Location.LOCAL, true);
    try {
      return Futures.await(
          ServerConnector.server(
              session, List.of(only), token, null, ConnectOptions.defaults(), true));
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /**
   * The resource's connection that won the connect, with its location and protocol. No request is
   * sent.
   *
   * @return the connection, or null for a server connected from a URL ({@link #connect(String,
   *     String)}) or through a device, which have no resource connection
   */
  public ResourceConnection getConnection() {
    return endpoint.connection();
  }

  /**
   * What happened to every address tried, best first, as typed values: the same attempts as {@link
   * #getConnectReport()}, one per line. No request is sent.
   *
   * @return the attempts, the winner's {@link ConnectAttempt#isWinner()} true
   */
  public List<ConnectAttempt> getAttempts() {
    return endpoint.attempts();
  }

  /** The URL the server answered on, e.g. {@code https://10-0-0-2.abc.plex.direct:32400}. */
  public String getBaseUrl() {
    return endpoint.baseUrl();
  }

  /** The server's machine identifier (the resource's client identifier). */
  public String getMachineIdentifier() {
    return identity.getMachineIdentifier();
  }

  /** The server's friendly name. */
  public String getFriendlyName() {
    return identity.getFriendlyName();
  }

  /** The Plex Media Server version. */
  public String getVersion() {
    return identity.getVersion();
  }

  /** The identity answer, for fields this class does not surface. */
  public ServerIdentity getModel() {
    return identity;
  }

  /** How long connecting took. */
  public Duration getConnectTime() {
    return endpoint.connectTime();
  }

  /** Each address tried while connecting, best first, and what became of it. */
  public List<String> getConnectReport() {
    return endpoint.connectReport();
  }

  /**
   * Sends a request to this server with its token (as a header), decoding and errors as for
   * plex.tv.
   *
   * @param path a path on the server, e.g. {@code /library/sections}
   * @param type a generated model, {@code String.class} for the raw text, or {@code Void.class}
   */
  public <T> T query(String path, String method, Map<String, String> headers, Class<T> type) {
    return endpoint.query(path, method, headers, type);
  }

  /**
   * The plex.tv account behind the server's token, connected ({@code GET api/v2/user} with it);
   * close it when done.
   *
   * @throws UnauthorizedException if plex.tv does not know the token
   */
  public MyPlexAccount myPlexAccount() {
    return new MyPlexAccount(endpoint.session().derive(token)).connect();
  }

  /**
   * Claims this (unclaimed) server for the account that issued {@code claimToken} with {@link
   * MyPlexAccount#claimToken()} ({@code POST /myplex/claim}).
   */
  public void claim(String claimToken) {
    Require.text("claimToken", claimToken);
    MediaServerApi api = new MediaServerApi(endpoint.client());
    api.setCustomBaseUrl(endpoint.baseUrl());
    endpoint
        .session()
        .call(
            () -> {
              api.claimServer(claimToken);
              return null;
            });
  }

  /**
   * For a server made from a URL and a token: closes it (later calls on it throw {@link
   * IllegalStateException} at once) and releases its HTTP client. For a server a resource connected
   * to: nothing; it lives as long as its account. Closing twice does nothing more.
   */
  @Override
  public void close() {
    if (ownsSession) {
      endpoint.session().close();
    }
  }

  @Override
  public String toString() {
    return "PlexServer{"
        + getFriendlyName()
        + " at "
        + getBaseUrl()
        + ", machineIdentifier="
        + getMachineIdentifier()
        + ", version="
        + getVersion()
        + "}";
  }
}
