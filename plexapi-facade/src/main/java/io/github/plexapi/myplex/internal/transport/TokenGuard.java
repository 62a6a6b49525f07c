package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Drops {@code X-Plex-Token} from a redirected request that leaves the original host or goes from
 * https to plain http. OkHttp strips only {@code Authorization} by itself; as a network interceptor
 * this sees every hop of a redirect chain; the first hop is known from the tag {@link #marker()}
 * puts on the request once plex.tv's host has been mapped.
 */
final class TokenGuard implements Interceptor {
  static final String HEADER = "X-Plex-Token";

  /** The URL a request was sent to before any redirect (after host mapping). */
  record FirstHop(HttpUrl url) {}

  /** The application interceptor that marks each request with its {@link FirstHop}. */
  static Interceptor marker() {
    return chain -> {
      Request request = chain.request();
      if (request.tag(FirstHop.class) != null) {
        return chain.proceed(request);
      }
      return chain.proceed(
          request.newBuilder().tag(FirstHop.class, new FirstHop(request.url())).build());
    };
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request hop = chain.request();
    FirstHop first = hop.tag(FirstHop.class);
    HttpUrl original = first != null ? first.url() : chain.call().request().url();
    HttpUrl now = hop.url();
    boolean otherHost =
        !now.host().equalsIgnoreCase(original.host()) || now.port() != original.port();
    boolean downgraded = original.isHttps() && !now.isHttps();
    if (hop.header(HEADER) != null && (otherHost || downgraded)) {
      return chain.proceed(hop.newBuilder().removeHeader(HEADER).build());
    }
    return chain.proceed(hop);
  }
}
