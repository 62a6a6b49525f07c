package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.session.AccountOptions;
import io.github.plexapi.myplex.internal.transport.HostMapping;
import io.github.plexapi.myplex.internal.transport.Identity;
import io.github.plexapi.myplex.internal.transport.PlexTransport;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a {@link MyPlexAccount.Builder} has been told so far, mutable, and how it becomes checked,
 * immutable {@link AccountOptions}. The builder's setters write these fields; nothing here sends.
 */
final class AccountDraft {
  private static final Identity DEFAULTS = Identity.defaults();

  PlexTransport.Builder transport = PlexTransport.builder();
  String clientIdentifier;
  String product = DEFAULTS.product();
  String version = DEFAULTS.version();
  String platform = DEFAULTS.platform();
  String platformVersion = DEFAULTS.platformVersion();
  String device = DEFAULTS.device();
  String deviceName = DEFAULTS.deviceName();
  String provides = DEFAULTS.provides();
  String language = DEFAULTS.language();
  String token;
  String username;
  String password;
  String code;
  Duration pinPollInterval = Duration.ofSeconds(1);
  String authUrl = HostMapping.AUTH_PAGE;
  DeviceKey deviceKey;
  Duration jwtRefreshMargin = Duration.ofDays(1);
  Duration connectPreferenceWindow = ConnectOptions.DEFAULT_PREFERENCE_WINDOW;

  AccountDraft() {}

  /** A draft holding {@code from}, to change some of it. */
  AccountDraft(AccountOptions from) {
    Identity identity = from.transport().identity();
    this.transport = from.transport().toBuilder();
    this.clientIdentifier = identity.clientIdentifier();
    this.product = identity.product();
    this.version = identity.version();
    this.platform = identity.platform();
    this.platformVersion = identity.platformVersion();
    this.device = identity.device();
    this.deviceName = identity.deviceName();
    this.provides = identity.provides();
    this.language = identity.language();
    this.token = from.token();
    this.username = from.username();
    this.password = from.password();
    this.code = from.code();
    this.pinPollInterval = from.pinPollInterval();
    this.authUrl = from.authUrl();
    this.deviceKey = from.deviceKey();
    this.jwtRefreshMargin = from.jwtRefreshMargin();
    this.connectPreferenceWindow = from.connectPreferenceWindow();
  }

  /**
   * The settings as options, the credentials checked.
   *
   * @throws IllegalArgumentException if the credentials are incomplete or contradictory
   */
  AccountOptions options() {
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    if (token != null && username != null) {
      throw new IllegalArgumentException("give a token or a username and password, not both");
    }
    if (username != null && (username.isBlank() || password == null || password.isEmpty())) {
      throw new IllegalArgumentException("signing in needs both a username and a password");
    }
    if (username == null && (password != null || code != null)) {
      throw new IllegalArgumentException("a password or code needs a username");
    }
    return uncheckedOptions();
  }

  /** The settings with {@code newToken} as the only credential (for a server's session). */
  AccountOptions optionsWithToken(String newToken) {
    return uncheckedOptions().withToken(newToken);
  }

  /**
   * Applies {@code PLEX_TOKEN}, {@code PLEX_CLIENT_IDENTIFIER} and {@code PLEX_BASE_URL} from
   * {@code env} through the builder's own setters, so they are checked as set by hand.
   */
  void fromEnv(Function<String, String> env, MyPlexAccount.Builder builder) {
    String envToken = env.apply("PLEX_TOKEN");
    String envClientId = env.apply("PLEX_CLIENT_IDENTIFIER");
    String envBaseUrl = env.apply("PLEX_BASE_URL");
    if (envToken != null && !envToken.isBlank()) {
      builder.token(envToken.trim());
    }
    if (envClientId != null && !envClientId.isBlank()) {
      builder.clientIdentifier(envClientId.trim());
    }
    if (envBaseUrl != null && !envBaseUrl.isBlank()) {
      builder.baseUrl(envBaseUrl.trim());
    }
  }

  private AccountOptions uncheckedOptions() {
    if (clientIdentifier != null && clientIdentifier.isBlank()) {
      throw new IllegalArgumentException("clientIdentifier must not be blank");
    }
    if (clientIdentifier == null) {
      clientIdentifier = UUID.randomUUID().toString();
    }
    Identity identity =
        new Identity(
            clientIdentifier,
            product,
            version,
            platform,
            platformVersion,
            device,
            deviceName,
            provides,
            language);
    return new AccountOptions(
        transport.identity(identity).options(),
        token,
        username,
        password,
        code,
        pinPollInterval,
        authUrl,
        deviceKey,
        jwtRefreshMargin,
        connectPreferenceWindow);
  }
}
