package io.github.plexapi.myplex;

import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.login.AuthPage;
import io.github.plexapi.myplex.internal.login.PinPoll;
import io.github.plexapi.myplex.internal.session.AccountOptions;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.transport.HostMapping;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Signing in, loading the account, and the browser and PIN logins. */
final class LoginCalls {
  /** The product plex.tv's own clients name when they link a PIN. */
  private static final String LINK_PRODUCT = "Plex SSO";

  private final PlexSession session;
  private final JwtCalls jwt;

  LoginCalls(PlexSession session, JwtCalls jwt) {
    this.session = session;
    this.jwt = jwt;
  }

  /** Signs in with the options' username and password, or loads the account behind the token. */
  void connect() {
    AccountOptions options = session.options();
    if (options.username() != null) {
      User signedIn =
          session.call(
              () ->
                  session
                      .apis()
                      .authentication()
                      .signIn(options.username(), options.password(), true, options.code()));
      session.token(signedIn.getAuthToken());
      session.user(signedIn);
    } else {
      session.requireToken();
      loadUser();
    }
  }

  private void loadUser() {
    session.user(session.call(() -> session.apis().account().getUser()));
  }

  WebLogin getWebLogin(String forwardUrl) {
    Pin pin = session.call(() -> session.apis().authentication().createPin(true, null));
    return new WebLogin(pin, authPage(pin, forwardUrl));
  }

  WebLogin getPinLogin() {
    Pin pin = session.call(() -> session.apis().authentication().createPin(false, null));
    return new WebLogin(pin, linkPage(pin));
  }

  /** The page the user types a 4-character PIN on, the code filled in, as Plex documents it. */
  private static String linkPage(Pin pin) {
    String code = pin.getCode();
    return code == null
        ? HostMapping.LINK_PAGE
        : HostMapping.LINK_PAGE + "/?pin=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
  }

  WebLogin getJwtWebLogin(DeviceKey key, String forwardUrl) {
    Pin pin = jwt.createJwtPin(key);
    return new WebLogin(pin, authPage(pin, forwardUrl), key);
  }

  /** The page the user approves {@code pin} on. */
  private String authPage(Pin pin, String forwardUrl) {
    return AuthPage.url(session.options().authUrl(), session.identity(), pin.getCode(), forwardUrl);
  }

  /**
   * Polls the login until it is approved, then takes its token and loads the account; completes
   * with {@code connected}.
   */
  <A> CompletableFuture<A> webLoginCheckAsync(WebLogin login, Duration timeout, A connected) {
    if (login == null || login.getId() == null) {
      throw new IllegalArgumentException(
          "login must be a WebLogin from getWebLogin or getPinLogin");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    DeviceKey key = login.deviceKey();
    String clientId = session.identity().clientIdentifier();
    CompletableFuture<String> token =
        PinPoll.start(
                session.pinPollApis(),
                login.getId(),
                session.options().pinPollInterval(),
                timeout,
                key == null ? null : () -> key.sign(JwtCalls.deviceClaims(clientId, Map.of())))
            .token();
    CompletableFuture<A> result =
        token.thenApply(
            t -> {
              session.token(t);
              loadUser();
              return connected;
            });
    Futures.propagateCancel(result, token);
    return result;
  }

  void link(String pin) {
    if (pin == null || !pin.trim().matches("[A-Za-z0-9]{4}")) {
      throw new IllegalArgumentException("pin must be the 4 letters or digits the device shows");
    }
    session.requireToken();
    PlexApiClient sso = session.clientFor(session.token());
    sso.addDefaultHeader("X-Plex-Product", LINK_PRODUCT); // as Plex's own clients link a PIN
    AuthenticationApi api = new AuthenticationApi(sso);
    session.authorizedRun(() -> api.linkPin(pin.trim().toUpperCase(Locale.ROOT)));
  }
}
