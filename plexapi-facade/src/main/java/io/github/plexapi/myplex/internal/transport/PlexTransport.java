package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.generated.ApiClient;
import io.github.plexapi.generated.ApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RetryPolicy;
import io.github.plexapi.myplex.internal.xml.PlexXml;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Everything one account sends goes through here: one OkHttp client (the caller's, or one this
 * transport owns), the identity headers, the token as the spec's {@code PlexToken} API key, the
 * plex.tv host mapping, and the generated client taught to decode XML and throw typed errors.
 */
public final class PlexTransport implements AutoCloseable {
  /** Default limit on an answer's size. */
  public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

  private static final PlexXml XML = new PlexXml();

  private final TransportOptions options;
  private final OkHttpClient base;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final PlexApiClient apiClient;
  private final TokenHolder token;
  private final Redactor redactor;
  private final List<HttpUrl> standIns;
  private final Failures failures;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PlexTransport(TransportOptions options) {
    this.options = options;
    this.redactor = new Redactor();
    this.ownsHttp = options.okHttpClient() == null;
    OkHttpClient given = ownsHttp ? new OkHttpClient() : options.okHttpClient();
    Duration timeout = options.timeout();
    Map<String, HttpUrl> hostTargets = HostMapping.targets(options);
    OkHttpClient.Builder common =
        given
            .newBuilder()
            .callTimeout(timeout)
            .addInterceptor(new HostMapping(hostTargets))
            .addInterceptor(TokenGuard.marker())
            .addInterceptor(new RequestLog())
            .addNetworkInterceptor(WireMark.interceptor())
            .addNetworkInterceptor(new TokenGuard());
    if (options.httpLogging() != HttpLoggingInterceptor.Level.NONE) {
      HttpLoggingInterceptor logging =
          new HttpLoggingInterceptor(new RedactingHttpLogger(redactor));
      logging.redactHeader(TokenGuard.HEADER);
      logging.setLevel(options.httpLogging());
      common.addNetworkInterceptor(logging);
    }
    if (ownsHttp) {
      common.connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout);
    }
    this.base = common.build();
    this.failures = new Failures(redactor, options.clock());
    this.http =
        base.newBuilder()
            .addInterceptor(new Retrying(options.retryPolicy(), failures, options.maxBodyBytes()))
            .build();
    this.standIns = List.copyOf(hostTargets.values());
    this.token = new TokenHolder(redactor);
    this.apiClient = newApiClient(http, token);
  }

  /** A transport sharing {@code parent}'s HTTP clients and secrets, with a token of its own. */
  private PlexTransport(PlexTransport parent) {
    this.options = parent.options;
    this.redactor = parent.redactor;
    this.ownsHttp = false;
    this.base = parent.base;
    this.failures = parent.failures;
    this.http = parent.http;
    this.standIns = parent.standIns;
    this.token = new TokenHolder(redactor);
    this.apiClient = newApiClient(http, token);
  }

  private PlexApiClient newApiClient(OkHttpClient client, TokenHolder tokens) {
    PlexApiClient created =
        new PlexApiClient(client, XML, failures, options.maxBodyBytes(), tokens);
    created.setBasePath(HostMapping.PLEX_TV);
    created.setUserAgent(LibraryVersion.userAgent());
    options.identity().headers().forEach(created::addDefaultHeader);
    return created;
  }

  /**
   * A transport over the same HTTP clients, identity and redactor, with its own token (set with
   * {@link #token(String)}): for a session derived for another token. Closing it releases nothing;
   * the HTTP clients belong to this transport.
   *
   * @throws IllegalStateException if this transport is closed
   */
  public PlexTransport derive() {
    ensureOpen();
    return new PlexTransport(this);
  }

  /** The options this transport was made from. */
  public TransportOptions options() {
    return options;
  }

  /**
   * Another generated client sharing this transport's headers, decoding and errors, with its own
   * OkHttp client and token: for a media server or player (with the resource's own token), or for
   * asynchronous polling. The token is remembered as a secret.
   *
   * @param client the OkHttp client to send through (e.g. {@link #racingClient})
   * @param token the resource's token, or null to send none
   */
  public PlexApiClient clientFor(OkHttpClient client, String token) {
    ensureOpen();
    TokenHolder fixed = new TokenHolder(redactor);
    fixed.set(token);
    return newApiClient(client, fixed);
  }

  /**
   * This transport's OkHttp client for a connect race or a poll: same pool, TLS, host mapping and
   * token guard, but no retries (a race or a poll has its own), calls on {@code dispatcher}'s
   * daemon threads, and {@code listener} seeing each call.
   */
  public OkHttpClient racingClient(EventListener.Factory listener, Dispatcher dispatcher) {
    ensureOpen();
    return base.newBuilder().dispatcher(dispatcher).eventListenerFactory(listener).build();
  }

  /** A transport made from {@code options}; nothing is sent yet. */
  public static PlexTransport create(TransportOptions options) {
    return new PlexTransport(Objects.requireNonNull(options, "options"));
  }

  /** A builder with plex.tv's hosts, a 30 s timeout and default identity headers. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identity headers sent with every request. */
  public Identity identity() {
    return options.identity();
  }

  /** Sets (or with null, clears) the token sent as {@code X-Plex-Token} from now on. */
  public void token(String newToken) {
    token.set(newToken);
  }

  /** The token sent as {@code X-Plex-Token}, or null. */
  public String token() {
    return token.get();
  }

  /** Whether a token is set. */
  public boolean hasToken() {
    return token.get() != null;
  }

  /**
   * Runs {@code hook} before each request of this transport that carries the token (the JWT
   * refresh), within that request's deadline.
   */
  public void beforeAuthorizedCalls(BeforeAuthorizedCall hook) {
    apiClient.beforeAuthorizedCalls(hook);
  }

  /** A generated API class bound to this transport, e.g. {@code api(AccountApi::new)}. */
  public <A> A api(Function<ApiClient, A> factory) {
    return factory.apply(apiClient);
  }

  /**
   * Runs a generated API call. Failures arrive as the typed exceptions of {@code
   * io.github.plexapi.myplex}; what the generated client itself refuses before sending (a missing
   * required argument) is an {@link IllegalArgumentException}.
   */
  public <T> T call(ApiCall<T> call) {
    ensureOpen();
    try {
      return call.run();
    } catch (ApiException e) {
      if (e.getCause() instanceof IOException) {
        throw new PlexConnectionException(
            "request failed: " + e.getCause().getClass().getSimpleName(),
            redactor.mask(e.getCause()));
      }
      throw new IllegalArgumentException(redactor.redact(e.getMessage()));
    }
  }

  /**
   * Sends a request the spec does not describe, with the same headers, decoding and errors as the
   * generated calls. {@code url} is absolute or a path on plex.tv. The token goes only to plex.tv
   * hosts (and the URLs standing in for them), never to another host.
   *
   * @param type what to decode the answer into; {@code String.class} for the raw text, null to
   *     ignore the body
   * @throws IllegalArgumentException if the URL is malformed, carries a token in its query, or is
   *     plain http to plex.tv (where the token would travel in the clear); if the method is not an
   *     HTTP method name or a header is null or not allowed in HTTP
   * @throws IllegalStateException if the transport is closed
   */
  public <T> T query(String url, String method, Map<String, String> headers, Type type) {
    HttpUrl target = resolve(url);
    boolean trusted = isPlexHost(target);
    if (!trusted && !target.isHttps() && HostMapping.isPlexDomain(target.host())) {
      throw new IllegalArgumentException(
          "url must be https for plex.tv: over plain http the token would travel in the clear");
    }
    return send(apiClient, target, method, headers, type, trusted);
  }

  /**
   * Sends a request through {@code client} (this transport's, or a {@link #clientFor}), with the
   * client's token only when {@code withToken}.
   *
   * @throws IllegalArgumentException if the URL carries a token in its query, the method is not an
   *     HTTP method name, or a header is null or not allowed in HTTP
   * @throws IllegalStateException if the transport is closed
   */
  public <T> T send(
      PlexApiClient client,
      HttpUrl target,
      String method,
      Map<String, String> headers,
      Type type,
      boolean withToken) {
    if (target.queryParameter("X-Plex-Token") != null) {
      throw new IllegalArgumentException(
          "a token must not travel in a URL; it is sent as a header");
    }
    WireText.method(method);
    WireText.headers(headers);
    Map<String, String> headerParams = new HashMap<>();
    headerParams.put("Accept", "application/json");
    if (headers != null) {
      headerParams.putAll(headers);
    }
    String base = target.scheme() + "://" + target.host() + ":" + target.port();
    String path =
        target.encodedPath() + (target.encodedQuery() == null ? "" : "?" + target.encodedQuery());
    String[] auth = withToken ? new String[] {"PlexToken"} : new String[0];
    return call(
        () -> {
          Call call =
              client.buildCall(
                  base,
                  path,
                  method.toUpperCase(Locale.ROOT),
                  List.of(),
                  List.of(),
                  null,
                  headerParams,
                  new HashMap<>(),
                  new HashMap<>(),
                  auth,
                  null);
          return client.<T>execute(call, type).getData();
        });
  }

  private HttpUrl resolve(String url) {
    HttpUrl parsed =
        url == null
            ? null
            : url.startsWith("/") ? HttpUrl.parse(HostMapping.PLEX_TV + url) : HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("url must be an http(s) URL or a path starting with /");
    }
    return parsed;
  }

  private boolean isPlexHost(HttpUrl url) {
    if (HostMapping.isPlexHost(url)) {
      return true;
    }
    String host = url.host();
    return standIns.stream()
        .anyMatch(
            s ->
                s.scheme().equals(url.scheme()) && s.host().equals(host) && s.port() == url.port());
  }

  /** The OkHttp client requests go through (shares pool and dispatcher with the caller's). */
  public OkHttpClient httpClient() {
    return http;
  }

  /** The secrets this transport masks in messages. */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * Fails once this transport is closed.
   *
   * @throws IllegalStateException if {@link #close()} was called
   */
  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException(
          "closed: the account (or server) this call belongs to was closed");
    }
  }

  /**
   * Closes the transport: every later call fails at once with {@link IllegalStateException} and
   * opens no connection. Releases the OkHttp client if this transport created it (a caller's
   * client, or a parent's for a derived transport, is left alone). Closing twice does nothing more.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Configures a {@link PlexTransport}. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(HostMapping.PLEX_TV);
    private HttpUrl clientsUrl = HttpUrl.get(HostMapping.CLIENTS);
    private HttpUrl discoverUrl = HttpUrl.get(HostMapping.DISCOVER);
    private Duration timeout = Duration.ofSeconds(30);
    private Identity identity = Identity.defaults();
    private OkHttpClient okHttpClient;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpLoggingInterceptor.Level httpLogging = HttpLoggingInterceptor.Level.NONE;
    private final Map<String, HttpUrl> hostUrls = new LinkedHashMap<>();

    private Builder() {}

    Builder(TransportOptions from) {
      this.baseUrl = from.baseUrl();
      this.clientsUrl = from.clientsUrl();
      this.discoverUrl = from.discoverUrl();
      this.timeout = from.timeout();
      this.identity = from.identity();
      this.okHttpClient = from.okHttpClient();
      this.maxBodyBytes = from.maxBodyBytes();
      this.clock = from.clock();
      this.retryPolicy = from.retryPolicy();
      this.httpLogging = from.httpLogging();
      this.hostUrls.putAll(from.hostUrls());
    }

    /**
     * Logs each exchange through SLF4J at DEBUG ({@code io.github.plexapi.myplex.http.wire}) with
     * OkHttp's logging interceptor: BASIC or HEADERS, the token header and any known token masked.
     * Bodies are never logged (plex.tv bodies carry tokens).
     */
    public Builder httpLogging(HttpLoggingInterceptor.Level level) {
      if (level == null || level == HttpLoggingInterceptor.Level.BODY) {
        throw new IllegalArgumentException(
            "httpLogging must be NONE, BASIC or HEADERS: bodies carry tokens");
      }
      this.httpLogging = level;
      return this;
    }

    /** When requests are tried again. */
    public Builder retryPolicy(RetryPolicy policy) {
      if (policy == null) {
        throw new IllegalArgumentException("retryPolicy must not be null (use RetryPolicy.none())");
      }
      this.retryPolicy = policy;
      return this;
    }

    /**
     * Where {@code https://plex.tv} requests go; unless set separately, also {@code
     * clients.plex.tv} and {@code discover.provider.plex.tv}.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = parse("baseUrl", url);
      this.clientsUrl = null;
      this.discoverUrl = null;
      return this;
    }

    /** Where {@code https://clients.plex.tv} requests go. */
    public Builder clientsUrl(String url) {
      this.clientsUrl = parse("clientsUrl", url);
      return this;
    }

    /**
     * Where requests for one plex.tv host go, e.g. {@code hostUrl("sonos.plex.tv",
     * "http://127.0.0.1:8080/sonos")}; it wins over {@link #baseUrl}, {@link #clientsUrl} and
     * {@link #discoverUrl} for that host.
     *
     * @param plexHost {@code plex.tv} or a sub-domain of it, e.g. {@code metadata.provider.plex.tv}
     * @throws IllegalArgumentException if the host is not a plex.tv name or the URL is not http(s)
     */
    public Builder hostUrl(String plexHost, String url) {
      String host = plexHost == null ? "" : plexHost.trim().toLowerCase(Locale.ROOT);
      if (!HostMapping.isPlexDomain(host)) {
        throw new IllegalArgumentException(
            "plexHost must be plex.tv or a sub-domain of it, e.g. sonos.plex.tv");
      }
      hostUrls.put(host, parse("url", url));
      return this;
    }

    /** Where {@code https://discover.provider.plex.tv} requests go. */
    public Builder discoverUrl(String url) {
      this.discoverUrl = parse("discoverUrl", url);
      return this;
    }

    /**
     * The longest one call may take, connect to last byte.
     *
     * @throws IllegalArgumentException if null or under 1 ms (OkHttp would read it as no timeout)
     */
    public Builder timeout(Duration timeout) {
      WireText.timeout("timeout", timeout);
      this.timeout = timeout;
      return this;
    }

    /** The identity headers. */
    public Builder identity(Identity identity) {
      this.identity = Objects.requireNonNull(identity, "identity");
      return this;
    }

    /** The caller's OkHttp client, whose pool, dispatcher, proxy and TLS settings are reused. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /** The largest answer read, in bytes. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** The clock used to read HTTP dates (tests only). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The longest one call may take. */
    public Duration timeout() {
      return timeout;
    }

    /** These settings, immutable. */
    public TransportOptions options() {
      return new TransportOptions(
          baseUrl,
          clientsUrl,
          discoverUrl,
          timeout,
          identity,
          okHttpClient,
          maxBodyBytes,
          clock,
          retryPolicy,
          httpLogging,
          hostUrls);
    }

    /** Builds the transport; nothing is sent yet. */
    public PlexTransport build() {
      return new PlexTransport(options());
    }

    private static HttpUrl parse(String what, String url) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException(what + " must be an http or https URL");
      }
      return parsed;
    }
  }
}
