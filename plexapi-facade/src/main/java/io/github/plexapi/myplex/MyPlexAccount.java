package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.csvIntegers;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.ApiClient;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.generated.api.DevicesApi;
import io.github.plexapi.generated.api.FriendsApi;
import io.github.plexapi.generated.api.HomeApi;
import io.github.plexapi.generated.api.JwtAuthenticationApi;
import io.github.plexapi.generated.api.ResourcesApi;
import io.github.plexapi.generated.api.SettingsApi;
import io.github.plexapi.generated.api.SharingApi;
import io.github.plexapi.generated.api.WatchlistApi;
import io.github.plexapi.generated.api.WebhooksApi;
import io.github.plexapi.generated.model.DeviceJwtRequest;
import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.Jwk;
import io.github.plexapi.generated.model.JwkRegistration;
import io.github.plexapi.generated.model.JwtPinRequest;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.generated.model.Subscription;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.generated.model.WatchlistPage;
import io.github.plexapi.generated.model.Webhook;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.connect.Probe;
import io.github.plexapi.myplex.internal.jwt.Jwts;
import io.github.plexapi.myplex.internal.login.AuthPage;
import io.github.plexapi.myplex.internal.login.PinPoll;
import io.github.plexapi.myplex.internal.paging.WatchlistPages;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import io.github.plexapi.myplex.internal.transport.Identity;
import io.github.plexapi.myplex.internal.transport.PlexTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * A plex.tv account: the entry point of this library.
 *
 * <pre>{@code
 * try (MyPlexAccount account = MyPlexAccount.builder().token(token).build().connect()) {
 *   System.out.println(account.getUsername());
 *   account.resources().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Building sends nothing; {@link #connect()} signs in or loads the account. An account built
 * without credentials is how the browser login starts; any other call on it throws {@link
 * UnauthorizedException} until it is connected. Instances are safe to share between threads. The
 * token never appears in {@link #toString()} or in an exception message.
 */
public final class MyPlexAccount implements AutoCloseable {
  private static final String LINK_PAGE = "https://plex.tv/link";
  private static final int WATCHLIST_PAGE = 50;
  private static final String JWT_SCOPE =
      "username,email,friendly_name,restricted,anonymous,joinedAt";
  private static final Duration DEVICE_JWT_LIFETIME = Duration.ofMinutes(5);
  private static final Duration JWT_LEEWAY = Duration.ofSeconds(30);
  private final PlexTransport transport;
  private final Builder settings;
  private final Duration timeout;
  private final String username;
  private final String password;
  private final String code;
  private volatile String token;
  private volatile User user;

  private MyPlexAccount(Builder b, PlexTransport transport) {
    this.transport = transport;
    this.settings = b;
    this.timeout = b.timeout();
    this.username = b.username;
    this.password = b.password;
    this.code = b.code;
    setToken(b.token);
  }

  /** A builder for an account on {@code https://plex.tv}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Signs in (with a username and password) or loads the account behind the token ({@code GET
   * api/v2/user}).
   *
   * @return this account, connected
   * @throws TwoFactorRequiredException if the account needs a two-factor code that was not given
   * @throws UnauthorizedException if the credentials are wrong, or the account has none
   */
  public MyPlexAccount connect() {
    if (username != null) {
      AuthenticationApi api = transport.api(AuthenticationApi::new);
      User signedIn = transport.call(() -> api.signIn(username, password, true, code));
      setToken(signedIn.getAuthToken());
      user = signedIn;
    } else {
      requireToken();
      loadUser();
    }
    return this;
  }

  private void loadUser() {
    AccountApi api = transport.api(AccountApi::new);
    user = transport.call(api::getUser);
  }

  // --- browser and PIN login ----------------------------------------------------------------

  /**
   * Starts a browser login: creates a strong PIN ({@code POST api/v2/pins?strong=true}) and returns
   * it with the {@code app.plex.tv/auth} page the user opens to approve it. Works on an account
   * built without credentials.
   *
   * @param forwardUrl where the page sends the browser after approval, or null
   */
  public WebLogin getWebLogin(String forwardUrl) {
    AuthenticationApi api = transport.api(AuthenticationApi::new);
    Pin pin = transport.call(() -> api.createPin(true, null));
    return new WebLogin(
        pin, AuthPage.url(settings.authUrl, transport.identity(), pin.getCode(), forwardUrl));
  }

  /**
   * Starts a 4-character PIN login ({@code POST api/v2/pins}): the user types the code at {@code
   * https://plex.tv/link} (or another device approves it with {@link #link(String)}).
   */
  public WebLogin getPinLogin() {
    AuthenticationApi api = transport.api(AuthenticationApi::new);
    return new WebLogin(transport.call(() -> api.createPin(false, null)), LINK_PAGE);
  }

  /**
   * Waits until the login is approved, polling {@code GET api/v2/pins/{id}} at the builder's PIN
   * poll interval (about once a second by default), then connects this account with the token.
   *
   * @return this account, connected
   * @throws LoginTimeoutException if it is not approved within {@code timeout} (to within 100 ms)
   * @throws NotFoundException if the PIN expired or is unknown (plex.tv error 1020), at once
   */
  public MyPlexAccount webLoginCheck(WebLogin login, Duration timeout) {
    return Futures.await(webLoginCheckAsync(login, timeout));
  }

  /**
   * The asynchronous form of {@link #webLoginCheck}: waiting holds no thread, and cancelling the
   * future stops the polling at once.
   */
  public CompletableFuture<MyPlexAccount> webLoginCheckAsync(WebLogin login, Duration timeout) {
    if (login == null || login.getId() == null) {
      throw new IllegalArgumentException(
          "login must be a WebLogin from getWebLogin or getPinLogin");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    DeviceKey key = login.deviceKey();
    CompletableFuture<String> token =
        PinPoll.start(
                transport,
                login.getId(),
                settings.pinPollInterval,
                timeout,
                key == null ? null : () -> key.sign(deviceClaims(Map.of())))
            .token();
    CompletableFuture<MyPlexAccount> connected =
        token.thenApply(
            t -> {
              setToken(t);
              loadUser();
              return this;
            });
    Futures.propagateCancel(connected, token);
    return connected;
  }

  /**
   * Approves another device's 4-character PIN with this account ({@code PUT api/v2/pins/link}), as
   * typing it at plex.tv/link does.
   */
  public void link(String pin) {
    if (pin == null || !pin.trim().matches("[A-Za-z0-9]{4}")) {
      throw new IllegalArgumentException("pin must be the 4 letters or digits the device shows");
    }
    AuthenticationApi api = authorized(AuthenticationApi::new);
    transport.call(
        () -> {
          api.linkPin(pin.trim().toUpperCase(Locale.ROOT));
          return null;
        });
  }

  /** Whether {@link #connect()} has loaded the account data. */
  public boolean isConnected() {
    return user != null;
  }

  // --- JWT device authentication ------------------------------------------------------------

  /**
   * Registers {@code key} as this device's key ({@code POST clients.plex.tv/api/v2/auth/jwk} with
   * the current token), so that {@link #refreshJwt(DeviceKey)} can get Plex JWTs for it.
   *
   * @throws BadRequestException (422) if plex.tv refuses the key, e.g. already registered
   */
  public void registerDeviceKey(DeviceKey key) {
    requireKey(key);
    JwtAuthenticationApi api = authorized(JwtAuthenticationApi::new);
    transport.call(
        () -> {
          api.registerDeviceKey(new JwkRegistration().jwk(key.publicJwk()));
          return null;
        });
  }

  /**
   * Gets a fresh Plex JWT for this device: a nonce ({@code GET auth/nonce}), signed into a device
   * JWT with {@code key}, exchanged at {@code POST auth/token}; the JWT is verified against
   * plex.tv's published keys and becomes this account's token. Works also after expiry.
   *
   * @return the new JWT's verified claims
   * @throws UnauthorizedException (498) if plex.tv says the JWT expired beyond refresh
   * @throws InvalidJwtException if the answer does not verify
   */
  public PlexJwt refreshJwt(DeviceKey key) {
    requireKey(key);
    JwtAuthenticationApi api = transport.api(JwtAuthenticationApi::new);
    String nonce = transport.call(api::getAuthNonce).getNonce();
    if (nonce == null || nonce.isBlank()) {
      throw new PlexApiException("plex.tv sent no nonce", 200);
    }
    String deviceJwt = key.sign(deviceClaims(Map.of("nonce", nonce, "scope", JWT_SCOPE)));
    String plexJwt =
        transport
            .call(() -> api.exchangeDeviceJwt(new DeviceJwtRequest().jwt(deviceJwt)))
            .getAuthToken();
    PlexJwt verified = verifyJwt(plexJwt, key);
    setToken(plexJwt);
    return verified;
  }

  /**
   * Verifies a Plex JWT against every key plex.tv publishes ({@code GET auth/keys}): signature,
   * issuer {@code plex.tv}, audience ({@code plex.tv} or this client identifier), expiry and issue
   * time, and that it was issued for {@code key} (its thumbprint).
   *
   * @throws InvalidJwtException naming the check that failed
   */
  public PlexJwt verifyJwt(String jwt, DeviceKey key) {
    requireKey(key);
    JwtAuthenticationApi api = transport.api(JwtAuthenticationApi::new);
    List<Jwk> keys = list(transport.call(api::getAuthKeys).getKeys());
    String clientId = transport.identity().clientIdentifier();
    return new PlexJwt(
        Jwts.verify(
            jwt, keys, List.of("plex.tv", clientId), key.keyId(), Instant.now(), JWT_LEEWAY));
  }

  /**
   * Starts the JWT browser login: a strong PIN bound to {@code key} ({@code POST
   * clients.plex.tv/api/v2/pins} with the public JWK). {@link #webLoginCheck} then polls it with
   * signed device JWTs, and the token it connects with is a Plex JWT.
   */
  public WebLogin getJwtWebLogin(DeviceKey key, String forwardUrl) {
    requireKey(key);
    AuthenticationApi api = transport.api(AuthenticationApi::new);
    api.setCustomBaseUrl("https://clients.plex.tv");
    Pin pin =
        transport.call(
            () -> api.createPin(true, new JwtPinRequest().jwk(key.publicJwk()).strong(true)));
    return new WebLogin(
        pin, AuthPage.url(settings.authUrl, transport.identity(), pin.getCode(), forwardUrl), key);
  }

  private Map<String, Object> deviceClaims(Map<String, Object> extra) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>(extra);
    claims.put("aud", "plex.tv");
    claims.put("iss", transport.identity().clientIdentifier());
    claims.put("iat", now);
    claims.put("exp", now + DEVICE_JWT_LIFETIME.toSeconds());
    return claims;
  }

  /** Refreshes the token first when it is a JWT within the builder's margin of expiry. */
  private void refreshIfDue() {
    DeviceKey key = settings.deviceKey;
    String current = token;
    if (key == null || current == null || current.chars().filter(c -> c == '.').count() != 2) {
      return;
    }
    long exp;
    try {
      exp = Jwts.unverifiedClaims(current).get("exp").getAsLong();
    } catch (RuntimeException notAJwt) {
      return;
    }
    if (Instant.ofEpochSecond(exp).minus(settings.jwtRefreshMargin).isBefore(Instant.now())) {
      synchronized (this) {
        if (current.equals(token)) {
          refreshJwt(key);
        }
      }
    }
  }

  private static void requireKey(DeviceKey key) {
    if (key == null) {
      throw new IllegalArgumentException("a DeviceKey is required");
    }
  }

  // --- account data -------------------------------------------------------------------------

  /** The account's numeric id. */
  public Long getId() {
    return user().getId();
  }

  /** The account's UUID. */
  public String getUuid() {
    return user().getUuid();
  }

  /** The username; null for some managed users. */
  public String getUsername() {
    return user().getUsername();
  }

  /** The display title. */
  public String getTitle() {
    return user().getTitle();
  }

  /** The friendly name; may be empty. */
  public String getFriendlyName() {
    return user().getFriendlyName();
  }

  /** The e-mail address; null for some managed users. */
  public String getEmail() {
    return user().getEmail();
  }

  /** The avatar URL. */
  public String getThumb() {
    return user().getThumb();
  }

  /** The locale, or null. */
  public String getLocale() {
    return user().getLocale();
  }

  /** The country code, e.g. {@code GB}. */
  public String getCountry() {
    return user().getCountry();
  }

  /** The token this account sends (a secret: keep it out of logs). */
  public String getAuthenticationToken() {
    requireToken();
    return token;
  }

  /** The mailing-list status as plex.tv sends it, e.g. {@code unsubscribed}. */
  public String getMailingListStatus() {
    return user().getMailingListStatus();
  }

  /** Whether the account receives the mailing list. */
  public boolean isMailingListActive() {
    return isTrue(user().getMailingListActive());
  }

  /** Whether the account belongs to a Plex Home. */
  public boolean isHome() {
    return isTrue(user().getHome());
  }

  /** Whether this is a Plex Home guest. */
  public boolean isGuest() {
    return isTrue(user().getGuest());
  }

  /** Whether the account is a restricted (managed) user. */
  public boolean isRestricted() {
    return isTrue(user().getRestricted());
  }

  /** Whether the account is protected by a home PIN. */
  public boolean isProtected() {
    return isTrue(user().getProtected());
  }

  /** Whether the account administers its Plex Home. */
  public boolean isHomeAdmin() {
    return isTrue(user().getHomeAdmin());
  }

  /** Whether two-factor authentication is on. */
  public boolean isTwoFactorEnabled() {
    return isTrue(user().getTwoFactorEnabled());
  }

  /** The number of users in the Plex Home, or null. */
  public Integer getHomeSize() {
    return user().getHomeSize();
  }

  /** The largest Plex Home allowed, or null. */
  public Integer getMaxHomeSize() {
    return user().getMaxHomeSize();
  }

  /** When the account was created, or null. */
  public Instant getJoinedAt() {
    return PlexTimestamps.toInstant(user().getJoinedAt());
  }

  /** When a remembered sign-in expires, or null. */
  public Instant getRememberExpiresAt() {
    return PlexTimestamps.toInstant(user().getRememberExpiresAt());
  }

  /** The media types whose plays are scrobbled; never null. */
  public List<Integer> getScrobbleTypes() {
    return csvIntegers(user().getScrobbleTypes());
  }

  /** Whether the Plex Pass subscription is active. */
  public boolean isSubscriptionActive() {
    Subscription s = user().getSubscription();
    return s != null && isTrue(s.getActive());
  }

  /** The subscription status as plex.tv sends it (e.g. {@code Active}), or null. */
  public String getSubscriptionStatus() {
    Subscription s = user().getSubscription();
    return s == null ? null : s.getStatus();
  }

  /** The subscription plan (e.g. {@code lifetime}), or null. */
  public String getSubscriptionPlan() {
    Subscription s = user().getSubscription();
    return s == null ? null : s.getPlan();
  }

  /** When the subscription started, or null. */
  public Instant getSubscribedAt() {
    Subscription s = user().getSubscription();
    return s == null ? null : PlexTimestamps.toInstant(s.getSubscribedAt());
  }

  /** The features the subscription unlocks; never null. */
  public List<String> getSubscriptionFeatures() {
    Subscription s = user().getSubscription();
    return s == null ? List.of() : list(s.getFeatures());
  }

  /** The account's entitlements (e.g. {@code all}, {@code ios}); never null. */
  public List<String> getEntitlements() {
    return list(user().getEntitlements());
  }

  /** The account's roles (e.g. {@code plexpass}); never null. */
  public List<String> getRoles() {
    return list(user().getRoles());
  }

  /** The seed's legacy {@code queueEmail}; plex.tv no longer sends it, so usually null. */
  public String getQueueEmail() {
    return legacy("queueEmail");
  }

  /** The seed's legacy {@code certificateVersion}; plex.tv no longer sends it, so usually null. */
  public String getCertificateVersion() {
    return legacy("certificateVersion");
  }

  /** The generated model of the account, for fields this class does not surface. */
  public User getModel() {
    return user();
  }

  // --- calls --------------------------------------------------------------------------------

  /**
   * The X-Plex identity headers this account sends with every request (the token is not among
   * them).
   */
  public Map<String, String> headers() {
    return transport.identity().headers();
  }

  /**
   * The servers and players the account can reach, with https, relay and IPv6 connections ({@code
   * GET api/v2/resources}).
   */
  public List<MyPlexResource> resources() {
    ResourcesApi api = authorized(ResourcesApi::new);
    return list(transport.call(() -> api.getResources(1, 1, 1))).stream()
        .map(r -> new MyPlexResource(r, this))
        .toList();
  }

  /**
   * The resource whose name (ignoring case) or client identifier is {@code nameOrClientId}.
   *
   * @throws NotFoundException if none matches
   */
  public MyPlexResource resource(String nameOrClientId) {
    requireText("nameOrClientId", nameOrClientId);
    return resources().stream()
        .filter(
            r ->
                nameOrClientId.equalsIgnoreCase(r.getName())
                    || nameOrClientId.equals(r.getClientIdentifier()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no resource named " + nameOrClientId, 0, null));
  }

  /** The devices registered with the account ({@code GET devices.xml}). */
  public List<MyPlexDevice> devices() {
    DevicesApi api = authorized(DevicesApi::new);
    return list(transport.call(api::getDevices).getDevices()).stream()
        .map(d -> new MyPlexDevice(d, this))
        .toList();
  }

  /**
   * The device with this name (ignoring case) and client identifier; either may be null, not both.
   *
   * @throws NotFoundException if none matches
   */
  public MyPlexDevice device(String name, String clientId) {
    if (name == null && clientId == null) {
      throw new IllegalArgumentException("name or clientId is required");
    }
    return devices().stream()
        .filter(d -> name == null || name.equalsIgnoreCase(d.getName()))
        .filter(d -> clientId == null || clientId.equals(d.getClientIdentifier()))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no device"
                        + (name == null ? "" : " named " + name)
                        + (clientId == null ? "" : " with client identifier " + clientId),
                    0,
                    null));
  }

  void deleteDevice(MyPlexDevice device) {
    Long id = device.getId();
    if (id == null) {
      throw new IllegalArgumentException("the device has no id");
    }
    DevicesApi api = authorized(DevicesApi::new);
    transport.call(
        () -> {
          api.deleteDevice(id);
          return null;
        });
  }

  /**
   * A token to claim a new Plex Media Server for this account ({@code GET api/claim/token.json}).
   */
  public String claimToken() {
    ResourcesApi api = authorized(ResourcesApi::new);
    return transport.call(api::getClaimToken).getToken();
  }

  /** Refreshes the token's lifetime ({@code GET api/v2/ping}); true when plex.tv answered pong. */
  public boolean ping() {
    AccountApi api = authorized(AccountApi::new);
    return isTrue(transport.call(api::ping).getPong());
  }

  /** Signs out, invalidating the token; the account is then no longer connected. */
  public void signout() {
    AuthenticationApi api = authorized(AuthenticationApi::new);
    transport.call(
        () -> {
          api.signOut();
          return null;
        });
    setToken(null);
    user = null;
  }

  /** The account's privacy settings ({@code GET api/v2/user/privacy}). */
  public PrivacySettings privacy() {
    AccountApi api = authorized(AccountApi::new);
    return new PrivacySettings(transport.call(api::getPrivacy));
  }

  /**
   * Changes the privacy settings ({@code PUT api/v2/user/privacy}); a null argument keeps that
   * setting as it is.
   */
  public void setPrivacy(Boolean optOutPlayback, Boolean optOutLibraryStats) {
    AccountApi api = authorized(AccountApi::new);
    transport.call(
        () -> {
          api.updatePrivacy(optOutPlayback, optOutLibraryStats);
          return null;
        });
  }

  /** Where plex.tv places an IP address ({@code GET api/v2/geoip}). */
  public GeoLocation geoip(String ipAddress) {
    requireText("ipAddress", ipAddress);
    AccountApi api = authorized(AccountApi::new);
    return new GeoLocation(transport.call(() -> api.getGeoIp(ipAddress.trim())));
  }

  /** The public IP address plex.tv sees this client come from ({@code GET :/ip}). */
  public String publicIp() {
    AccountApi api = transport.api(AccountApi::new);
    return transport.call(api::getPublicIp);
  }

  // --- friends and sharing ------------------------------------------------------------------

  /** Friends and home users as the legacy list holds them ({@code GET api/users}, XML). */
  public List<MyPlexUser> users() {
    FriendsApi api = authorized(FriendsApi::new);
    return list(transport.call(api::getUsers).getUsers()).stream().map(MyPlexUser::new).toList();
  }

  /**
   * The user whose title, username or e-mail (ignoring case) or id is {@code key}.
   *
   * @throws NotFoundException if none matches
   */
  public MyPlexUser user(String key) {
    requireText("key", key);
    return users().stream()
        .filter(u -> u.matches(key.trim()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no user " + key, 0, null));
  }

  /** The accepted friends, with their shared servers and settings ({@code GET api/v2/friends}). */
  public List<MyPlexFriend> friends() {
    return friends(FriendStatus.ACCEPTED);
  }

  /** The friends, or the invitations received or sent, with their shared servers and settings. */
  public List<MyPlexFriend> friends(FriendStatus status) {
    if (status == null) {
      throw new IllegalArgumentException("status must not be null");
    }
    FriendsApi api = authorized(FriendsApi::new);
    return list(transport.call(() -> api.getFriends(status.value(), true, true, true))).stream()
        .map(MyPlexFriend::new)
        .toList();
  }

  /** The invitations others sent to this account ({@code received}) or this account sent. */
  public List<MyPlexFriend> pendingInvites(boolean received) {
    return friends(received ? FriendStatus.PENDING_RECEIVED : FriendStatus.PENDING_SENT);
  }

  /**
   * Invites {@code user} (a username or e-mail address) to be a friend and, if {@code server} is
   * given, shares its {@code sections} (section objects, ids or titles; null or empty: all) with
   * {@code settings} ({@code POST api/v2/friends/invite}, then {@code POST api/v2/shared_servers}).
   *
   * @return the invited friend, pending
   * @throws NotFoundException if a section title is not on the server
   */
  public MyPlexFriend inviteFriend(
      String user, MyPlexResource server, List<?> sections, SharingSettings settings) {
    requireText("user", user);
    List<Long> sectionIds = server == null ? List.of() : sectionIds(server, sections);
    FriendsApi friendsApi = authorized(FriendsApi::new);
    Friend invited = transport.call(() -> friendsApi.inviteFriend(user.trim()));
    if (server != null) {
      SharingApi sharing = authorized(SharingApi::new);
      ShareServerRequest share =
          new ShareServerRequest()
              .machineIdentifier(server.getClientIdentifier())
              .librarySectionIds(sectionIds)
              .settings(settings == null ? null : settings.toModel());
      if (user.contains("@")) {
        share.invitedEmail(user.trim());
      } else {
        share.invitedId(invited.getId());
      }
      transport.call(() -> sharing.shareServer(share));
    }
    return new MyPlexFriend(invited);
  }

  /**
   * Changes what {@code friend} may do and see ({@code PUT api/v2/sharings/{id}}); null settings
   * stay.
   */
  public void updateFriend(MyPlexFriend friend, SharingSettings settings) {
    long id = idOf(friend);
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    SharingApi api = authorized(SharingApi::new);
    transport.call(
        () -> {
          api.updateSharing(
              id,
              flag(settings.allowSyncOrNull()),
              flag(settings.allowCameraUploadOrNull()),
              flag(settings.allowChannelsOrNull()),
              encoded(settings.getFilterMovies()),
              encoded(settings.getFilterTelevision()),
              encoded(settings.getFilterMusic()));
          return null;
        });
  }

  /**
   * Ends the friendship and every share with {@code friend} ({@code DELETE api/v2/sharings/{id}}).
   */
  public void removeFriend(MyPlexFriend friend) {
    long id = idOf(friend);
    SharingApi api = authorized(SharingApi::new);
    transport.call(
        () -> {
          api.removeSharing(id);
          return null;
        });
  }

  /** Accepts an invitation this account received ({@code POST api/v2/friends/{id}/accept}). */
  public MyPlexFriend acceptInvite(MyPlexFriend invite) {
    long id = idOf(invite);
    FriendsApi api = authorized(FriendsApi::new);
    return new MyPlexFriend(transport.call(() -> api.acceptFriend(id)));
  }

  /** Withdraws an invitation this account sent ({@code DELETE api/v2/sharings/{id}}). */
  public void cancelInvite(MyPlexFriend invite) {
    removeFriend(invite);
  }

  /** The library sections of a server the account owns ({@code GET api/v2/servers/{machineId}}). */
  public List<LibrarySection> sections(MyPlexResource server) {
    if (server == null) {
      throw new IllegalArgumentException("server must not be null");
    }
    SharingApi api = authorized(SharingApi::new);
    return list(
            transport
                .call(() -> api.getServerSections(server.getClientIdentifier()))
                .getLibrarySections())
        .stream()
        .map(LibrarySection::of)
        .toList();
  }

  /**
   * Every user's share of a server the account owns, with their sections and per-server tokens
   * ({@code GET api/servers/{machineId}/shared_servers}, XML).
   */
  public List<UserServerShare> serverShares(String machineIdentifier) {
    requireText("machineIdentifier", machineIdentifier);
    SharingApi api = authorized(SharingApi::new);
    return list(transport.call(() -> api.getSharedServers(machineIdentifier)).getSharedServers())
        .stream()
        .map(UserServerShare::new)
        .toList();
  }

  /**
   * The token the owner of server {@code machineIdentifier} uses to act as {@code user} on it.
   *
   * @throws NotFoundException if the server is not shared with the user
   */
  public String userServerToken(MyPlexUser user, String machineIdentifier) {
    if (user == null) {
      throw new IllegalArgumentException("user must not be null");
    }
    return serverShares(machineIdentifier).stream()
        .filter(s -> Objects.equals(s.getUserId(), user.getId()))
        .map(UserServerShare::getAccessToken)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    machineIdentifier + " is not shared with " + user.getTitle(), 0, null));
  }

  private List<Long> sectionIds(MyPlexResource server, List<?> sections) {
    List<LibrarySection> available = null;
    List<Long> ids = new ArrayList<>();
    if (sections == null || sections.isEmpty()) {
      return sections(server).stream().map(LibrarySection::id).toList();
    }
    for (Object section : sections) {
      if (section instanceof LibrarySection known) {
        ids.add(known.id());
      } else if (section instanceof Number number) {
        ids.add(number.longValue());
      } else if (section instanceof String title) {
        if (available == null) {
          available = sections(server);
        }
        ids.add(
            available.stream()
                .filter(s -> title.equalsIgnoreCase(s.title()))
                .map(LibrarySection::id)
                .findFirst()
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "no section titled " + title + " on " + server.getName(), 0, null)));
      } else {
        throw new IllegalArgumentException(
            "a section is a LibrarySection, an id or a title, not " + section);
      }
    }
    return ids;
  }

  private static long idOf(MyPlexFriend friend) {
    if (friend == null || friend.getId() == null) {
      throw new IllegalArgumentException("a friend with an id is required");
    }
    return friend.getId();
  }

  private static Integer flag(Boolean value) {
    return value == null ? null : value ? 1 : 0;
  }

  private static String encoded(LibraryFilter filter) {
    return filter == null ? null : filter.encode();
  }

  // --- home users, settings and the watchlist -----------------------------------------------

  /** The users of the account's Plex Home ({@code GET api/v2/home/users}). */
  public List<MyPlexHomeUser> homeUsers() {
    HomeApi api = authorized(HomeApi::new);
    return list(transport.call(api::getHome).getUsers()).stream().map(MyPlexHomeUser::new).toList();
  }

  /** Creates a managed home user named {@code name} ({@code POST api/home/users?title=}). */
  public MyPlexHomeUser createHomeUser(String name) {
    requireText("name", name);
    HomeApi api = authorized(HomeApi::new);
    return new MyPlexHomeUser(transport.call(() -> api.addHomeUser(name.trim(), null)));
  }

  /**
   * Invites an existing account (e-mail or username) into the home ({@code POST
   * api/home/users?invitedEmail=}).
   */
  public MyPlexHomeUser createExistingUser(String emailOrUsername) {
    requireText("emailOrUsername", emailOrUsername);
    HomeApi api = authorized(HomeApi::new);
    return new MyPlexHomeUser(transport.call(() -> api.addHomeUser(null, emailOrUsername.trim())));
  }

  /** Removes a user from the home ({@code DELETE api/home/users/{id}}). */
  public void removeHomeUser(MyPlexHomeUser user) {
    long id = homeUserId(user);
    HomeApi api = authorized(HomeApi::new);
    transport.call(
        () -> {
          api.removeHomeUser(id);
          return null;
        });
  }

  /**
   * Switches to a home user ({@code POST api/v2/home/users/{uuid}/switch}): the returned account,
   * connected, acts as that user with its own token (close it when done); this account is
   * unchanged.
   *
   * @param pin the user's PIN, or null if it has none
   * @throws InvalidPinException if the PIN is missing or wrong (plex.tv error 1041)
   */
  public MyPlexAccount switchHomeUser(MyPlexHomeUser user, String pin) {
    if (user == null || user.getUuid() == null) {
      throw new IllegalArgumentException("a home user with a uuid is required");
    }
    HomeApi api = authorized(HomeApi::new);
    User switched = transport.call(() -> api.switchHomeUser(user.getUuid(), pin));
    return deriveWithToken(switched.getAuthToken()).connect();
  }

  /** Sets (or changes, proving {@code currentPin}) this account's home PIN. */
  public void setPin(String newPin, String currentPin) {
    requirePin(newPin);
    updateOwnPin(newPin, currentPin);
  }

  /** Removes this account's home PIN, proving {@code currentPin}. */
  public void removePin(String currentPin) {
    requirePin(currentPin);
    updateOwnPin("", currentPin);
  }

  /** Sets a managed user's PIN ({@code POST api/v2/home/users/restricted/{id}?pin=}). */
  public void setManagedUserPin(MyPlexHomeUser user, String pin) {
    requirePin(pin);
    long id = homeUserId(user);
    HomeApi api = authorized(HomeApi::new);
    transport.call(
        () -> {
          api.updateManagedUserPin(id, pin, null);
          return null;
        });
  }

  /** Removes a managed user's PIN ({@code ?removePin=1}). */
  public void removeManagedUserPin(MyPlexHomeUser user) {
    long id = homeUserId(user);
    HomeApi api = authorized(HomeApi::new);
    transport.call(
        () -> {
          api.updateManagedUserPin(id, null, 1);
          return null;
        });
  }

  /**
   * The online media sources and whether the account uses each ({@code GET
   * api/v2/user/{uuid}/settings/opt_outs}).
   */
  public List<OnlineMediaSource> onlineMediaSources() {
    String uuid = getUuid();
    SettingsApi api = authorized(SettingsApi::new);
    return list(transport.call(() -> api.getOptOuts(uuid)).getOptOuts()).stream()
        .map(o -> new OnlineMediaSource(o.getKey(), o.getValue()))
        .toList();
  }

  /**
   * Sets an online media source to {@code opt_in}, {@code opt_out} or {@code opt_out_managed}.
   *
   * @throws IllegalArgumentException for any other value, before any request
   */
  public void setOnlineMediaSource(String key, String value) {
    requireText("key", key);
    if (value == null || !OnlineMediaSource.VALUES.contains(value)) {
      throw new IllegalArgumentException(
          "value must be one of " + new TreeSet<>(OnlineMediaSource.VALUES));
    }
    String uuid = getUuid();
    SettingsApi api = authorized(SettingsApi::new);
    transport.call(
        () -> {
          api.setOptOut(uuid, key, value);
          return null;
        });
  }

  /** Whether watch state syncs across servers ({@code GET api/v2/user/view_state_sync}). */
  public boolean viewStateSync() {
    SettingsApi api = authorized(SettingsApi::new);
    return isTrue(transport.call(api::getViewStateSync).getConsent());
  }

  /**
   * Gives or withdraws consent to syncing watch state ({@code PUT api/v2/user/view_state_sync}).
   */
  public void setViewStateSync(boolean consent) {
    SettingsApi api = authorized(SettingsApi::new);
    transport.call(
        () -> {
          api.setViewStateSync(consent);
          return null;
        });
  }

  /**
   * The watchlist, fetched lazily a page at a time from discover.provider.plex.tv as the stream is
   * consumed.
   *
   * @param filter {@code all}, {@code available} or {@code released}
   * @param sort e.g. {@code watchlistedAt:desc}, or null
   * @param type 1 for movies, 2 for shows, or null for both
   * @param max the most items to return, or null for all
   */
  public Stream<WatchlistItem> watchlist(String filter, String sort, Integer type, Integer max) {
    if (filter == null || !List.of("all", "available", "released").contains(filter)) {
      throw new IllegalArgumentException("filter must be all, available or released");
    }
    if (max != null && max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
    WatchlistApi api = authorized(WatchlistApi::new);
    Stream<WatchlistItem> all =
        WatchlistPages.stream(
            start -> {
              WatchlistPage page =
                  transport.call(() -> api.getWatchlist(filter, sort, type, start, WATCHLIST_PAGE));
              return page.getMediaContainer();
            },
            WATCHLIST_PAGE);
    return max == null ? all : all.limit(max);
  }

  /** Adds an item to the watchlist ({@code PUT actions/addToWatchlist}). */
  public void addToWatchlist(String ratingKey) {
    requireText("ratingKey", ratingKey);
    WatchlistApi api = authorized(WatchlistApi::new);
    transport.call(
        () -> {
          api.addToWatchlist(ratingKey);
          return null;
        });
  }

  /** Removes an item from the watchlist ({@code PUT actions/removeFromWatchlist}). */
  public void removeFromWatchlist(String ratingKey) {
    requireText("ratingKey", ratingKey);
    WatchlistApi api = authorized(WatchlistApi::new);
    transport.call(
        () -> {
          api.removeFromWatchlist(ratingKey);
          return null;
        });
  }

  private void updateOwnPin(String newPin, String currentPin) {
    long id = getId();
    HomeApi api = authorized(HomeApi::new);
    transport.call(
        () -> {
          api.updateHomePin(id, newPin, currentPin);
          return null;
        });
  }

  private static long homeUserId(MyPlexHomeUser user) {
    if (user == null || user.getId() == null) {
      throw new IllegalArgumentException("a home user with an id is required");
    }
    return user.getId();
  }

  private static void requirePin(String pin) {
    if (pin == null || !pin.matches("\\d{4}")) {
      throw new IllegalArgumentException("a home PIN is 4 digits");
    }
  }

  // --- webhooks -----------------------------------------------------------------------------

  /** The account's webhook URLs, read from plex.tv. */
  public List<String> webhooks() {
    WebhooksApi api = authorized(WebhooksApi::new);
    return list(transport.call(api::getWebhooks)).stream()
        .map(Webhook::getUrl)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Adds a webhook to the list plex.tv holds (read first, so nothing is lost); adding a URL already
   * there changes nothing.
   *
   * @return the list as plex.tv now holds it
   */
  public List<String> addWebhook(String url) {
    requireWebhookUrl(url);
    List<String> current = webhooks();
    if (current.contains(url)) {
      return current;
    }
    List<String> updated = new ArrayList<>(current);
    updated.add(url);
    return setWebhooks(updated);
  }

  /**
   * Removes a webhook from the list plex.tv holds (read first, so nothing else is lost).
   *
   * @return the list as plex.tv now holds it
   * @throws NotFoundException if the account has no such webhook
   */
  public List<String> deleteWebhook(String url) {
    requireText("url", url);
    List<String> current = webhooks();
    if (!current.contains(url)) {
      throw new NotFoundException(
          "no webhook " + url + " among the account's " + current.size(), 0, null);
    }
    List<String> updated = new ArrayList<>(current);
    updated.remove(url);
    return setWebhooks(updated);
  }

  /**
   * Replaces the account's webhooks with {@code urls} (an empty list clears them).
   *
   * @return the list as plex.tv now holds it
   */
  public List<String> setWebhooks(List<String> urls) {
    if (urls == null) {
      throw new IllegalArgumentException(
          "urls must not be null (an empty list clears the webhooks)");
    }
    urls.forEach(MyPlexAccount::requireWebhookUrl);
    WebhooksApi api = authorized(WebhooksApi::new);
    transport.call(
        () -> {
          api.setWebhooks(List.copyOf(urls));
          return null;
        });
    return webhooks();
  }

  // --- escape hatch -------------------------------------------------------------------------

  /**
   * Sends a request this library has no method for, with the account's headers, decoding and
   * errors. The token goes only to plex.tv hosts, as a header.
   *
   * @param url an absolute URL, or a path on plex.tv such as {@code /api/v2/features}
   * @param method the HTTP method, e.g. {@code GET}
   * @param headers extra headers, or null
   * @param type what to read the answer as: a generated model, {@code String.class} for the raw
   *     text, or {@code Void.class} to ignore it
   */
  public <T> T query(String url, String method, Map<String, String> headers, Class<T> type) {
    requireText("method", method);
    return transport.query(url, method, headers, type == Void.class ? null : type);
  }

  /** The longest one call may take; also the default deadline for connecting to a server. */
  public Duration timeout() {
    return timeout;
  }

  /** Releases the HTTP client this account created; a client passed to the builder is left open. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    User u = user;
    if (u == null) {
      return "MyPlexAccount{connected=false}";
    }
    return "MyPlexAccount{username="
        + u.getUsername()
        + ", uuid="
        + u.getUuid()
        + ", title="
        + u.getTitle()
        + "}";
  }

  PlexTransport transport() {
    return transport;
  }

  /** Races {@code candidates} to the server or player that has {@code machineId}. */
  <T> CompletableFuture<Connector.Connected<T>> race(
      Probe<T> probe,
      List<Candidate> candidates,
      String resourceToken,
      String machineId,
      ConnectOptions options) {
    Duration deadline = options.timeout() != null ? options.timeout() : timeout;
    return Connector.connect(transport, probe, candidates, resourceToken, machineId, deadline);
  }

  /**
   * A new, unconnected account with these settings and {@code otherToken} (e.g. a server's token).
   */
  MyPlexAccount deriveWithToken(String otherToken) {
    return settings.copyWithToken(otherToken).build();
  }

  // --- helpers ------------------------------------------------------------------------------

  private void setToken(String newToken) {
    token = newToken;
    transport.token(newToken);
  }

  private User user() {
    requireToken();
    User u = user;
    if (u == null) {
      throw new IllegalStateException("the account is not loaded yet: call connect() first");
    }
    return u;
  }

  private void requireToken() {
    if (token == null) {
      throw new UnauthorizedException(
          "this account has no token: build it with a token or username and password, or finish"
              + " the browser login",
          0,
          null);
    }
  }

  private <A> A authorized(Function<ApiClient, A> api) {
    requireToken();
    refreshIfDue();
    return transport.api(api);
  }

  private String legacy(String field) {
    Object value = user().getAdditionalProperty(field);
    return value == null ? null : value.toString();
  }

  private static void requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static void requireWebhookUrl(String url) {
    requireText("webhook url", url);
    HttpUrl parsed = HttpUrl.parse(url.trim());
    if (parsed == null) {
      throw new IllegalArgumentException("a webhook url must be an http or https URL");
    }
  }

  /**
   * Configures a {@link MyPlexAccount}: credentials, where plex.tv is, the timeout, the identity
   * headers and, optionally, the caller's OkHttp client.
   */
  public static final class Builder {
    private static final Identity DEFAULTS = Identity.defaults();

    private PlexTransport.Builder transport = PlexTransport.builder();
    private String clientIdentifier;
    private String product = DEFAULTS.product();
    private String version = DEFAULTS.version();
    private String platform = DEFAULTS.platform();
    private String platformVersion = DEFAULTS.platformVersion();
    private String device = DEFAULTS.device();
    private String deviceName = DEFAULTS.deviceName();
    private String provides = DEFAULTS.provides();
    private String language = DEFAULTS.language();
    private String token;
    private String username;
    private String password;
    private String code;
    private Duration pinPollInterval = Duration.ofSeconds(1);
    private String authUrl = "https://app.plex.tv/auth";
    private DeviceKey deviceKey;
    private Duration jwtRefreshMargin = Duration.ofDays(1);

    private Builder() {}

    /**
     * The device key whose Plex JWT this account's token is: before each call, a token within
     * {@link #jwtRefreshMargin(Duration)} of expiry is refreshed on its own.
     */
    public Builder deviceKey(DeviceKey key) {
      this.deviceKey = key;
      return this;
    }

    /** How long before a JWT's expiry the account refreshes it (default 1 day of its 7). */
    public Builder jwtRefreshMargin(Duration margin) {
      if (margin == null || margin.isNegative()) {
        throw new IllegalArgumentException("jwtRefreshMargin must not be negative");
      }
      this.jwtRefreshMargin = margin;
      return this;
    }

    /**
     * Logs each HTTP exchange through SLF4J at DEBUG (logger {@code
     * io.github.plexapi.myplex.http.wire}): {@code BASIC} or {@code HEADERS}, with every token
     * masked; bodies are never logged.
     */
    public Builder httpLogging(HttpLoggingInterceptor.Level level) {
      transport.httpLogging(level);
      return this;
    }

    /**
     * When plex.tv requests are tried again (default {@link RetryPolicy#defaults()}: GET and HEAD,
     * at most twice, within the timeout).
     */
    public Builder retryPolicy(RetryPolicy policy) {
      transport.retryPolicy(policy);
      return this;
    }

    /** How often a pending browser or PIN login is polled (default 1 s). */
    public Builder pinPollInterval(Duration interval) {
      if (interval == null || interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("pinPollInterval must be positive");
      }
      this.pinPollInterval = interval;
      return this;
    }

    /** The browser login page (default {@code https://app.plex.tv/auth}). */
    public Builder authUrl(String url) {
      this.authUrl = requireUrl("authUrl", url);
      return this;
    }

    /** Signs in with an existing token. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** The username or e-mail address to sign in with (needs {@link #password(String)}). */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** The password to sign in with. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The current two-factor code, for accounts that have two-factor authentication on. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * Where plex.tv is (default {@code https://plex.tv}); unless set separately, also stands in for
     * {@code clients.plex.tv} and {@code discover.provider.plex.tv}.
     */
    public Builder baseUrl(String baseUrl) {
      transport.baseUrl(baseUrl);
      return this;
    }

    /** Where {@code clients.plex.tv} is, when it is not at the base URL. */
    public Builder clientsUrl(String url) {
      transport.clientsUrl(url);
      return this;
    }

    /** Where {@code discover.provider.plex.tv} is, when it is not at the base URL. */
    public Builder discoverUrl(String url) {
      transport.discoverUrl(url);
      return this;
    }

    /** The longest one call may take (default 30 s); also the default connect deadline. */
    public Builder timeout(Duration timeout) {
      transport.timeout(timeout);
      return this;
    }

    /**
     * The {@code X-Plex-Client-Identifier}: persist one per installation (by default a new random
     * one is made, and plex.tv tells the owner about each "new device").
     */
    public Builder clientIdentifier(String clientIdentifier) {
      this.clientIdentifier = clientIdentifier;
      return this;
    }

    /** The {@code X-Plex-Product}, the application's name. */
    public Builder product(String product) {
      this.product = product;
      return this;
    }

    /** The {@code X-Plex-Version}, the application's version. */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** The {@code X-Plex-Platform} and {@code X-Plex-Platform-Version}. */
    public Builder platform(String platform, String platformVersion) {
      this.platform = platform;
      this.platformVersion = platformVersion;
      return this;
    }

    /** The {@code X-Plex-Device}, the kind of device. */
    public Builder device(String device) {
      this.device = device;
      return this;
    }

    /** The {@code X-Plex-Device-Name} shown in the account's device list. */
    public Builder deviceName(String deviceName) {
      this.deviceName = deviceName;
      return this;
    }

    /** The {@code X-Plex-Provides} roles (default {@code controller}). */
    public Builder provides(String provides) {
      this.provides = provides;
      return this;
    }

    /** The {@code X-Plex-Language} (default {@code en}). */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * The caller's OkHttp client: its pool, dispatcher, proxy and TLS settings are reused, and it
     * is never closed.
     */
    public Builder okHttpClient(OkHttpClient client) {
      if (client == null) {
        throw new IllegalArgumentException("client must not be null");
      }
      transport.okHttpClient(client);
      return this;
    }

    /** The largest answer read, in bytes (default 32 MiB). */
    public Builder maxBodyBytes(long bytes) {
      transport.maxBodyBytes(bytes);
      return this;
    }

    /**
     * Reads {@code PLEX_TOKEN}, {@code PLEX_CLIENT_IDENTIFIER} and {@code PLEX_BASE_URL} from the
     * environment, where set.
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    Builder fromEnv(Function<String, String> env) {
      String envToken = env.apply("PLEX_TOKEN");
      String envClientId = env.apply("PLEX_CLIENT_IDENTIFIER");
      String envBaseUrl = env.apply("PLEX_BASE_URL");
      if (envToken != null && !envToken.isBlank()) {
        token(envToken.trim());
      }
      if (envClientId != null && !envClientId.isBlank()) {
        clientIdentifier(envClientId.trim());
      }
      if (envBaseUrl != null && !envBaseUrl.isBlank()) {
        baseUrl(envBaseUrl.trim());
      }
      return this;
    }

    /**
     * Builds the account; nothing is sent yet.
     *
     * @throws IllegalArgumentException if the credentials are incomplete or contradictory
     */
    public MyPlexAccount build() {
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
      return new MyPlexAccount(copy(), transport.copy().identity(identity).build());
    }

    /**
     * A copy of these settings with {@code token} as the only credential (for derived accounts).
     */
    Builder copyWithToken(String newToken) {
      Builder copy = copy();
      copy.username = null;
      copy.password = null;
      copy.code = null;
      copy.token = newToken;
      return copy;
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.transport = transport.copy();
      copy.clientIdentifier = clientIdentifier;
      copy.product = product;
      copy.version = version;
      copy.platform = platform;
      copy.platformVersion = platformVersion;
      copy.device = device;
      copy.deviceName = deviceName;
      copy.provides = provides;
      copy.language = language;
      copy.token = token;
      copy.username = username;
      copy.password = password;
      copy.code = code;
      copy.pinPollInterval = pinPollInterval;
      copy.authUrl = authUrl;
      copy.deviceKey = deviceKey;
      copy.jwtRefreshMargin = jwtRefreshMargin;
      return copy;
    }

    private static String requireUrl(String what, String url) {
      if (url == null || HttpUrl.parse(url) == null) {
        throw new IllegalArgumentException(what + " must be an http or https URL");
      }
      return url;
    }

    private Duration timeout() {
      return transport.timeout();
    }
  }
}
