package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.myplex.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Everything a {@link PlexTransport} is made from, immutable: where the plex.tv hosts are, the
 * timeout, the identity headers, the caller's OkHttp client (or null), the body limit, the clock
 * for HTTP dates, the retry policy, the wire-log level and the URLs set for single plex.tv hosts.
 * Made by {@link PlexTransport.Builder}.
 */
public record TransportOptions(
    HttpUrl baseUrl,
    HttpUrl clientsUrl,
    HttpUrl discoverUrl,
    Duration timeout,
    Identity identity,
    OkHttpClient okHttpClient,
    long maxBodyBytes,
    Clock clock,
    RetryPolicy retryPolicy,
    HttpLoggingInterceptor.Level httpLogging,
    Map<String, HttpUrl> hostUrls) {

  /** The options, the host URLs copied. */
  public TransportOptions {
    hostUrls = Map.copyOf(hostUrls);
  }

  /** A builder holding these options, to change some of them. */
  public PlexTransport.Builder toBuilder() {
    return new PlexTransport.Builder(this);
  }
}
