package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.generated.ApiClient;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.DeviceKey;
import io.github.plexapi.myplex.UnauthorizedException;
import io.github.plexapi.myplex.internal.transport.ApiCall;
import io.github.plexapi.myplex.internal.transport.Identity;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import io.github.plexapi.myplex.internal.transport.PlexTransport;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every call of one account goes through: the transport, the immutable options, the current
 * token (held once, in the transport's token holder, which is what puts it on the wire), the
 * generated API objects (built once), and the account data last loaded. Area classes and companions
 * are handed a session, never the account. A session derived for another token (a home user's, a
 * server's) shares the HTTP clients and owns nothing.
 */
public final class PlexSession implements AutoCloseable {
  private final AccountOptions options;
  private final PlexTransport transport;
  private final GeneratedApis apis;
  private volatile PinPollApis pinPollApis;
  private volatile User user;

  private PlexSession(AccountOptions options, PlexTransport transport) {
    this.options = options;
    this.transport = transport;
    this.apis = transport.api(GeneratedApis::over);
    transport.token(options.token());
  }

  /** A session made from {@code options}, owning a new transport; nothing is sent yet. */
  public static PlexSession open(AccountOptions options) {
    return new PlexSession(options, PlexTransport.create(options.transport()));
  }

  /**
   * A session for {@code otherToken} with these options, sharing this session's HTTP clients; it
   * owns nothing, so closing it releases nothing.
   */
  public PlexSession derive(String otherToken) {
    return new PlexSession(options.withToken(otherToken), transport.derive());
  }

  /**
   * Refreshes the token through {@code refresh} before any request that carries it, once it is a
   * Plex JWT within the options' margin of expiry; does nothing without a device key.
   */
  public void refreshJwtWith(Consumer<DeviceKey> refresh) {
    DeviceKey key = options.deviceKey();
    if (key != null) {
      transport.beforeAuthorizedCalls(
          new JwtRefreshGate(
              transport::token,
              () -> refresh.accept(key),
              options.jwtRefreshMargin(),
              Clock.systemUTC()));
    }
  }

  /** The options the session was made from. */
  public AccountOptions options() {
    return options;
  }

  /** The transport. */
  public PlexTransport transport() {
    return transport;
  }

  /** The identity headers. */
  public Identity identity() {
    return transport.identity();
  }

  /** The generated API objects of this session. */
  public GeneratedApis apis() {
    return apis;
  }

  /** The generated client's own objects for PIN polling, built on first use. */
  public PinPollApis pinPollApis() {
    ensureOpen();
    PinPollApis polling = pinPollApis;
    if (polling == null) {
      synchronized (this) {
        if (pinPollApis == null) {
          pinPollApis = PinPollApis.over(transport);
        }
        polling = pinPollApis;
      }
    }
    return polling;
  }

  /** Runs a call that needs no token (sign-in, PIN login, the public IP). */
  public <T> T call(ApiCall<T> call) {
    return transport.call(call);
  }

  /**
   * Runs a call that needs the token.
   *
   * @throws UnauthorizedException at once if the session has no token
   */
  public <T> T authorized(ApiCall<T> call) {
    requireToken();
    return transport.call(call);
  }

  /** {@link #authorized(ApiCall)} for a call whose answer is not read. */
  public void authorizedRun(ApiRun call) {
    authorized(
        () -> {
          call.run();
          return null;
        });
  }

  /** Something built from the session's generated client, e.g. a test's own API object. */
  public <A> A api(Function<ApiClient, A> factory) {
    return transport.api(factory);
  }

  /** The current token, or null. */
  public String token() {
    return transport.token();
  }

  /** Replaces the token (null clears it). */
  public void token(String newToken) {
    transport.token(newToken);
  }

  /** The account data last loaded, or null before the first load. */
  public User userOrNull() {
    return user;
  }

  /**
   * The account data last loaded.
   *
   * @throws UnauthorizedException if the session has no token
   * @throws IllegalStateException if nothing was loaded yet
   */
  public User user() {
    requireTokenSet(); // what was loaded stays readable after close
    User u = user;
    if (u == null) {
      throw new IllegalStateException("the account is not loaded yet: call connect() first");
    }
    return u;
  }

  /** Keeps {@code loaded} as the account data (null forgets it). */
  public void user(User loaded) {
    user = loaded;
  }

  /**
   * Fails unless the session is open and has a token.
   *
   * @throws IllegalStateException if the session is closed
   * @throws UnauthorizedException if it has no token
   */
  public void requireToken() {
    ensureOpen();
    requireTokenSet();
  }

  private void requireTokenSet() {
    if (transport.token() == null) {
      throw new UnauthorizedException(
          "this account has no token: build it with a token or username and password, or finish"
              + " the browser login",
          0,
          null);
    }
  }

  /** A client for a media server or player with its own token, sharing this session's setup. */
  public PlexApiClient clientFor(String token) {
    return transport.clientFor(transport.httpClient(), token);
  }

  /**
   * Fails once the session is closed.
   *
   * @throws IllegalStateException if it is
   */
  public void ensureOpen() {
    transport.ensureOpen();
  }

  /**
   * Closes the session: every later call through it fails at once with {@link
   * IllegalStateException}. Releases the HTTP client the session created; a derived session
   * releases nothing, and sessions derived from this one keep their own lifetime. Closing twice
   * does nothing more.
   */
  @Override
  public void close() {
    transport.close();
  }
}
