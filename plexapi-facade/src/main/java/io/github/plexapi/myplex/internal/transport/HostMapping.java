package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends requests for the plex.tv hosts ({@code plex.tv}, {@code clients.plex.tv}, {@code
 * discover.provider.plex.tv}) wherever the account was told they live, so that one fake server can
 * stand in for all of them. Operations whose spec names their own server carry that host in the
 * generated API class; this is the one place it is moved.
 */
public final class HostMapping implements Interceptor {
  /** plex.tv's main API host. */
  public static final String PLEX_TV = "https://plex.tv";

  /** The host of the PIN and JWT device-authentication flows. */
  public static final String CLIENTS = "https://clients.plex.tv";

  /** The host of the watchlist and Discover. */
  public static final String DISCOVER = "https://discover.provider.plex.tv";

  /** The host of Discover's user states and scrobbles. */
  public static final String METADATA = "https://metadata.provider.plex.tv";

  /** The host of the video-on-demand hubs. */
  public static final String VOD = "https://vod.provider.plex.tv";

  /** The host the account's Sonos speakers are reached through. */
  public static final String SONOS = "https://sonos.plex.tv";

  /** The browser login page a strong PIN is approved on. */
  public static final String AUTH_PAGE = "https://app.plex.tv/auth";

  /** The page a 4-character PIN is typed on. */
  public static final String LINK_PAGE = "https://plex.tv/link";

  private static final String PLEX_DOMAIN = "plex.tv";

  private final Map<String, HttpUrl> targets;

  /**
   * @param targets the base URL to use for each plex.tv host name
   */
  HostMapping(Map<String, HttpUrl> targets) {
    this.targets = Map.copyOf(targets);
  }

  /**
   * Where each plex.tv host's requests go under {@code options}: the hosts this library calls, each
   * to its own URL if one was set ({@code hostUrl}, {@code clientsUrl}, {@code discoverUrl}), else
   * to the base URL; any other plex.tv host only where a URL was set for it.
   */
  static Map<String, HttpUrl> targets(TransportOptions options) {
    HttpUrl base = options.baseUrl();
    Map<String, HttpUrl> targets = new LinkedHashMap<>();
    for (String known : List.of(PLEX_TV, CLIENTS, DISCOVER, METADATA, VOD, SONOS)) {
      targets.put(HttpUrl.get(known).host(), base);
    }
    if (options.clientsUrl() != null) {
      targets.put(HttpUrl.get(CLIENTS).host(), options.clientsUrl());
    }
    if (options.discoverUrl() != null) {
      targets.put(HttpUrl.get(DISCOVER).host(), options.discoverUrl());
    }
    targets.putAll(options.hostUrls());
    return targets;
  }

  /** Whether {@code url} is https to plex.tv or one of its sub-domains. */
  static boolean isPlexHost(HttpUrl url) {
    return url.isHttps() && isPlexDomain(url.host());
  }

  /** Whether {@code host} is plex.tv or one of its sub-domains, whatever the scheme. */
  static boolean isPlexDomain(String host) {
    return host.equals(PLEX_DOMAIN) || host.endsWith("." + PLEX_DOMAIN);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    HttpUrl url = chain.request().url();
    HttpUrl target = url.isHttps() ? targets.get(url.host()) : null;
    if (target == null) {
      return chain.proceed(chain.request());
    }
    String prefix =
        target.encodedPath().endsWith("/")
            ? target.encodedPath().substring(0, target.encodedPath().length() - 1)
            : target.encodedPath();
    HttpUrl mapped =
        url.newBuilder()
            .scheme(target.scheme())
            .host(target.host())
            .port(target.port())
            .encodedPath(prefix + url.encodedPath())
            .build();
    return chain.proceed(chain.request().newBuilder().url(mapped).build());
  }
}
