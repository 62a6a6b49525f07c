package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
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
final class HostMapping implements Interceptor {
  private final Map<String, HttpUrl> targets;

  /**
   * @param targets the base URL to use for each plex.tv host name
   */
  HostMapping(Map<String, HttpUrl> targets) {
    this.targets = Map.copyOf(targets);
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
