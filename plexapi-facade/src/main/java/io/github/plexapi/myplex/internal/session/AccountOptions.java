package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.myplex.DeviceKey;
import io.github.plexapi.myplex.internal.transport.TransportOptions;
import java.time.Duration;

/**
 * Everything an account is made from, immutable: the transport's options, the credentials (a token,
 * or a username and password with an optional two-factor code), the PIN poll interval, the browser
 * login page, the device key whose JWT the token is, and the default connect preference window.
 * {@link #toString()} names no secret.
 */
public record AccountOptions(
    TransportOptions transport,
    String token,
    String username,
    String password,
    String code,
    Duration pinPollInterval,
    String authUrl,
    DeviceKey deviceKey,
    Duration jwtRefreshMargin,
    Duration connectPreferenceWindow) {

  /** These options with {@code otherToken} as the only credential, for a derived session. */
  public AccountOptions withToken(String otherToken) {
    return new AccountOptions(
        transport,
        otherToken,
        null,
        null,
        null,
        pinPollInterval,
        authUrl,
        deviceKey,
        jwtRefreshMargin,
        connectPreferenceWindow);
  }

  /** The longest one call may take; also the default connect deadline. */
  public Duration timeout() {
    return transport.timeout();
  }

  @Override
  public String toString() {
    return "AccountOptions{baseUrl="
        + transport.baseUrl()
        + ", timeout="
        + transport.timeout()
        + ", credentials="
        + (token != null ? "token" : username != null ? "password" : "none")
        + "}";
  }
}
