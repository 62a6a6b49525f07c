package io.github.plexapi.myplex;

import io.github.plexapi.generated.api.MediaServerApi;
import io.github.plexapi.generated.model.ServerIdentity;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.connect.Probe;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * A connected Plex Media Server: the handle {@link MyPlexResource#connect()} returns, or one made
 * directly from a URL and a token with {@link #connect(String, String)}. Requests to it carry the
 * server's own token, never the account token.
 */
public final class PlexServer {
  private final String baseUrl;
  private final ServerIdentity identity;
  private final PlexApiClient client;
  private final MyPlexAccount account;
  private final String token;
  private final Duration connectTime;
  private final List<String> connectReport;

  PlexServer(Connector.Connected<ServerIdentity> connected, MyPlexAccount account, String token) {
    this.baseUrl = connected.won().candidate().url();
    this.identity = connected.won().value();
    this.client = connected.client();
    this.account = account;
    this.token = token;
    this.connectTime = connected.won().elapsed();
    this.connectReport = connected.won().others();
  }

  /**
   * Connects to a server at a known address ({@code GET /}), with plex.tv's defaults for {@link
   * #myPlexAccount()}.
   *
   * @throws PlexConnectionException if the server does not answer within 30 s
   */
  public static PlexServer connect(String baseUrl, String token) {
    return connect(baseUrl, token, MyPlexAccount.builder());
  }

  /**
   * Connects to a server at a known address ({@code GET /}); {@code plexTv} supplies the identity
   * headers, timeout, OkHttp client and plex.tv location (its credentials are ignored: the server
   * token is the account's token).
   *
   * @throws PlexConnectionException if the server does not answer within the timeout
   */
  public static PlexServer connect(String baseUrl, String token, MyPlexAccount.Builder plexTv) {
    HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL");
    }
    if (plexTv == null) {
      throw new IllegalArgumentException("plexTv settings must not be null");
    }
    MyPlexAccount account = plexTv.copyWithToken(token).build();
    String base = url.toString().replaceAll("/$", "");
    Candidate only = new Candidate(base, ConnectOptions.Location.LOCAL, true);
    return new PlexServer(
        Futures.await(
            Connector.connect(
                account.transport(), Probe.SERVER, List.of(only), token, null, account.timeout())),
        account,
        token);
  }

  /** The URL the server answered on, e.g. {@code https://10-0-0-2.abc.plex.direct:32400}. */
  public String getBaseUrl() {
    return baseUrl;
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
    return connectTime;
  }

  /** Each address tried while connecting, best first, and what became of it. */
  public List<String> getConnectReport() {
    return connectReport;
  }

  /**
   * Sends a request to this server with its token (as a header), decoding and errors as for
   * plex.tv.
   *
   * @param path a path on the server, e.g. {@code /library/sections}
   * @param type a generated model, {@code String.class} for the raw text, or {@code Void.class}
   */
  public <T> T query(String path, String method, Map<String, String> headers, Class<T> type) {
    return send(account, client, baseUrl, path, method, headers, type);
  }

  /** Sends a request to a media server or player at {@code baseUrl} through its own client. */
  static <T> T send(
      MyPlexAccount account,
      PlexApiClient client,
      String baseUrl,
      String path,
      String method,
      Map<String, String> headers,
      Class<T> type) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /");
    }
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("method must not be blank");
    }
    HttpUrl target = HttpUrl.get(baseUrl + path);
    return account
        .transport()
        .send(client, target, method, headers, type == Void.class ? null : type, true);
  }

  /**
   * The plex.tv account behind the server's token, connected ({@code GET api/v2/user} with it);
   * close it when done.
   *
   * @throws UnauthorizedException if plex.tv does not know the token
   */
  public MyPlexAccount myPlexAccount() {
    return account.deriveWithToken(token).connect();
  }

  /**
   * Claims this (unclaimed) server for the account that issued {@code claimToken} with {@link
   * MyPlexAccount#claimToken()} ({@code POST /myplex/claim}).
   */
  public void claim(String claimToken) {
    if (claimToken == null || claimToken.isBlank()) {
      throw new IllegalArgumentException("claimToken must not be blank");
    }
    MediaServerApi api = new MediaServerApi(client);
    api.setCustomBaseUrl(baseUrl);
    account
        .transport()
        .call(
            () -> {
              api.claimServer(claimToken);
              return null;
            });
  }

  @Override
  public String toString() {
    return "PlexServer{"
        + getFriendlyName()
        + " at "
        + baseUrl
        + ", machineIdentifier="
        + getMachineIdentifier()
        + ", version="
        + getVersion()
        + "}";
  }
}
