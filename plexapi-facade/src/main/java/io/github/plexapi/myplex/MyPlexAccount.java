package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.blankToNull;
import static io.github.plexapi.myplex.internal.convert.Convert.csvIntegers;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Subscription;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.session.AccountOptions;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import io.github.plexapi.myplex.internal.transport.TokenText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
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
 *
 * <p>What needs {@link #connect()}: only the getters of the account's own data ({@code getId()} to
 * {@code getModel()}), which read what it loaded, send nothing, and throw {@link
 * IllegalStateException} before it. Every other method works on an account built with a token and
 * sends the requests its documentation names, each at most as often as the {@link RetryPolicy}
 * allows; lookups by name ({@link #resource(String)}, {@link #device(String, String)}, {@link
 * #user(String)}) download the whole list each time. Errors are unchecked: a {@link
 * PlexApiException} subclass for each way plex.tv or the network fails, {@link
 * IllegalArgumentException} for bad arguments (before anything is sent), {@link
 * IllegalStateException} once the account is closed.
 *
 * <p>The methods are thin: each area of plex.tv (login, JWT, resources, friends, sharing, home,
 * settings, watchlist, webhooks, Discover, Sonos) has a class of its own over one internal session.
 */
public final class MyPlexAccount implements AutoCloseable {
  private final PlexSession session;
  private final LoginCalls loginCalls;
  private final JwtCalls jwtCalls;
  private final ResourceCalls resourceCalls;
  private final AccountCalls accountCalls;
  private final SharingCalls sharingCalls;
  private final FriendCalls friendCalls;
  private final HomeCalls homeCalls;
  private final SettingsCalls settingsCalls;
  private final WatchlistCalls watchlistCalls;
  private final WebhookCalls webhookCalls;
  private final DiscoverCalls discoverCalls;
  private final SonosCalls sonosCalls;

  /** An account over {@code session}, which it owns from now on (closing the account closes it). */
  MyPlexAccount(PlexSession session) {
    this.session = session;
    this.jwtCalls = new JwtCalls(session);
    this.loginCalls = new LoginCalls(session, jwtCalls);
    this.resourceCalls = new ResourceCalls(session);
    this.accountCalls = new AccountCalls(session);
    this.sharingCalls = new SharingCalls(session);
    this.friendCalls = new FriendCalls(session, sharingCalls);
    this.homeCalls = new HomeCalls(session, sharingCalls);
    this.settingsCalls = new SettingsCalls(session);
    this.watchlistCalls = new WatchlistCalls(session);
    this.webhookCalls = new WebhookCalls(session);
    this.discoverCalls = new DiscoverCalls(session);
    this.sonosCalls = new SonosCalls(session);
    session.refreshJwtWith(jwtCalls::refreshJwt);
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
    loginCalls.connect();
    return this;
  }

  /**
   * Starts a browser login: creates a strong PIN ({@code POST api/v2/pins?strong=true}) and returns
   * it with the {@code app.plex.tv/auth} page the user opens to approve it. Works on an account
   * built without credentials.
   *
   * @param forwardUrl where the page sends the browser after approval, or null
   */
  public WebLogin getWebLogin(String forwardUrl) {
    return loginCalls.getWebLogin(forwardUrl);
  }

  /**
   * Starts a 4-character PIN login ({@code POST api/v2/pins}): the user opens the login's {@link
   * WebLogin#getUri() page}, {@code https://plex.tv/link/?pin=CODE} with the code filled in (or
   * another device approves it with {@link #link(String)}).
   */
  public WebLogin getPinLogin() {
    return loginCalls.getPinLogin();
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
    return loginCalls.webLoginCheckAsync(login, timeout, this);
  }

  /**
   * Approves another device's 4-character PIN with this account ({@code PUT api/v2/pins/link}), as
   * typing it at plex.tv/link does; sent as Plex's own clients send it, with {@code X-Plex-Product:
   * Plex SSO}.
   */
  public void link(String pin) {
    loginCalls.link(pin);
  }

  /** Whether {@link #connect()} has loaded the account data; no request is sent. */
  public boolean isConnected() {
    return session.userOrNull() != null;
  }

  /**
   * Registers {@code key} as this device's key ({@code POST clients.plex.tv/api/v2/auth/jwk} with
   * the current token), so that {@link #refreshJwt(DeviceKey)} can get Plex JWTs for it.
   *
   * @throws BadRequestException (422) if plex.tv refuses the key, e.g. already registered
   */
  public void registerDeviceKey(DeviceKey key) {
    jwtCalls.registerDeviceKey(key);
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
    return jwtCalls.refreshJwt(key);
  }

  /**
   * Verifies a Plex JWT against every key plex.tv publishes ({@code GET auth/keys}): signature,
   * issuer {@code plex.tv}, audience ({@code plex.tv} or this client identifier), expiry and issue
   * time, and that it was issued for {@code key} (its thumbprint).
   *
   * @throws InvalidJwtException naming the check that failed
   */
  public PlexJwt verifyJwt(String jwt, DeviceKey key) {
    return jwtCalls.verifyJwt(jwt, key);
  }

  /**
   * Starts the JWT browser login: a strong PIN bound to {@code key} ({@code POST
   * clients.plex.tv/api/v2/pins} with the public JWK). {@link #webLoginCheck} then polls it with
   * signed device JWTs, and the token it connects with is a Plex JWT.
   */
  public WebLogin getJwtWebLogin(DeviceKey key, String forwardUrl) {
    return loginCalls.getJwtWebLogin(key, forwardUrl);
  }

  /**
   * The account's numeric id.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Long getId() {
    return session.user().getId();
  }

  /**
   * The account's UUID.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getUuid() {
    return session.user().getUuid();
  }

  /**
   * The username; null for managed users (plex.tv sends an empty one).
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getUsername() {
    return blankToNull(session.user().getUsername());
  }

  /**
   * The display title.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getTitle() {
    return session.user().getTitle();
  }

  /**
   * The friendly name; may be empty.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getFriendlyName() {
    return session.user().getFriendlyName();
  }

  /**
   * The e-mail address; null for managed users (plex.tv sends an empty one).
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getEmail() {
    return blankToNull(session.user().getEmail());
  }

  /**
   * The restriction preset of a managed user ({@code little_kid}, {@code older_kid}, {@code teen}),
   * or null for an unrestricted account.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getRestrictionProfile() {
    return blankToNull(session.user().getRestrictionProfile());
  }

  /**
   * The avatar URL.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getThumb() {
    return session.user().getThumb();
  }

  /**
   * The locale, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getLocale() {
    return session.user().getLocale();
  }

  /**
   * The country code, e.g. {@code GB}.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getCountry() {
    return session.user().getCountry();
  }

  /**
   * The token this account sends (a secret: keep it out of logs). Needs no {@link #connect()} and
   * sends no request.
   *
   * @return the token
   * @throws UnauthorizedException if the account has no token yet (a browser login not finished)
   */
  public String getAuthenticationToken() {
    session.requireToken();
    return session.token();
  }

  /**
   * The mailing-list status as plex.tv sends it, e.g. {@code unsubscribed}.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getMailingListStatus() {
    return session.user().getMailingListStatus();
  }

  /**
   * Whether the account receives the mailing list.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isMailingListActive() {
    return isTrue(session.user().getMailingListActive());
  }

  /**
   * Whether the account belongs to a Plex Home.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isHome() {
    return isTrue(session.user().getHome());
  }

  /**
   * Whether this is a Plex Home guest.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isGuest() {
    return isTrue(session.user().getGuest());
  }

  /**
   * Whether the account is a restricted (managed) user.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isRestricted() {
    return isTrue(session.user().getRestricted());
  }

  /**
   * Whether the account is protected by a home PIN.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isProtected() {
    return isTrue(session.user().getProtected());
  }

  /**
   * Whether the account administers its Plex Home.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isHomeAdmin() {
    return isTrue(session.user().getHomeAdmin());
  }

  /**
   * Whether two-factor authentication is on.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isTwoFactorEnabled() {
    return isTrue(session.user().getTwoFactorEnabled());
  }

  /**
   * The number of users in the Plex Home, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Integer getHomeSize() {
    return session.user().getHomeSize();
  }

  /**
   * The largest Plex Home allowed, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Integer getMaxHomeSize() {
    return session.user().getMaxHomeSize();
  }

  /**
   * When the account was created, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Instant getJoinedAt() {
    return PlexTimestamps.toInstant(session.user().getJoinedAt());
  }

  /**
   * When a remembered sign-in expires, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Instant getRememberExpiresAt() {
    return PlexTimestamps.toInstant(session.user().getRememberExpiresAt());
  }

  /**
   * The media types whose plays are scrobbled; never null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public List<Integer> getScrobbleTypes() {
    return csvIntegers(session.user().getScrobbleTypes());
  }

  /**
   * Whether the Plex Pass subscription is active.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public boolean isSubscriptionActive() {
    Subscription s = session.user().getSubscription();
    return s != null && isTrue(s.getActive());
  }

  /**
   * The subscription status as plex.tv sends it (e.g. {@code Active}), or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getSubscriptionStatus() {
    Subscription s = session.user().getSubscription();
    return s == null ? null : s.getStatus();
  }

  /**
   * The subscription plan (e.g. {@code lifetime}), or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getSubscriptionPlan() {
    Subscription s = session.user().getSubscription();
    return s == null ? null : s.getPlan();
  }

  /**
   * When the subscription started, or null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public Instant getSubscribedAt() {
    Subscription s = session.user().getSubscription();
    return s == null ? null : PlexTimestamps.toInstant(s.getSubscribedAt());
  }

  /**
   * The features the subscription unlocks; never null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public List<String> getSubscriptionFeatures() {
    Subscription s = session.user().getSubscription();
    return s == null ? List.of() : list(s.getFeatures());
  }

  /**
   * The account's entitlements (e.g. {@code all}, {@code ios}); never null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public List<String> getEntitlements() {
    return list(session.user().getEntitlements());
  }

  /**
   * The account's roles (e.g. {@code plexpass}); never null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public List<String> getRoles() {
    return list(session.user().getRoles());
  }

  /**
   * The seed's legacy {@code queueEmail}; plex.tv no longer sends it, so usually null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getQueueEmail() {
    return legacy("queueEmail");
  }

  /**
   * The seed's legacy {@code certificateVersion}; plex.tv no longer sends it, so usually null.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public String getCertificateVersion() {
    return legacy("certificateVersion");
  }

  /**
   * The generated model of the account, for fields this class does not surface.
   *
   * @throws IllegalStateException before {@link #connect()} has loaded the account (a getter reads
   *     what it loaded and sends no request)
   */
  public User getModel() {
    return session.user();
  }

  /**
   * The X-Plex identity headers this account sends with every request (the token is not among
   * them).
   */
  public Map<String, String> headers() {
    return session.identity().headers();
  }

  /**
   * The servers and players the account can reach, with https, relay and IPv6 connections ({@code
   * GET api/v2/resources}).
   */
  public List<MyPlexResource> resources() {
    return resourceCalls.resources();
  }

  /**
   * The resource whose client identifier is {@code nameOrClientId}, or else whose name is (ignoring
   * case). When two resources have that name (a server of yours and a friend's of the same name),
   * the one the account owns wins, then the first plex.tv lists. Costs one {@code GET
   * api/v2/resources} per call, which downloads the whole list: to look up several, call {@link
   * #resources()} once and search it.
   *
   * @return the resource
   * @throws NotFoundException if none matches
   * @throws IllegalArgumentException if {@code nameOrClientId} is null or blank
   */
  public MyPlexResource resource(String nameOrClientId) {
    return resourceCalls.resource(nameOrClientId);
  }

  /** The devices registered with the account ({@code GET devices.xml}). */
  public List<MyPlexDevice> devices() {
    return resourceCalls.devices();
  }

  /**
   * The device with this name (ignoring case) and client identifier; either may be null, not both.
   * Costs one {@code GET devices.xml}, the whole list.
   *
   * @return the device
   * @throws NotFoundException if none matches
   * @throws IllegalArgumentException if both are null
   */
  public MyPlexDevice device(String name, String clientId) {
    return resourceCalls.device(name, clientId);
  }

  /**
   * The sync items of the device {@code clientId} ({@code GET devices/{id}/sync_items}, XML); null
   * means this application's own client identifier.
   *
   * @throws NotFoundException if plex.tv knows no such device
   */
  public List<SyncItem> syncItems(String clientId) {
    return ResourceCalls.syncItems(session, clientId);
  }

  /**
   * The feature ids plex.tv turns on for the account ({@code GET api/v2/features}), e.g. {@code
   * adaptive_bitrate}.
   */
  public List<String> features() {
    return accountCalls.features();
  }

  /**
   * The media providers the account can use ({@code GET media/providers}), each with its own token
   * (a secret: masked in messages like the account token).
   */
  public List<MediaProvider> mediaProviders() {
    return accountCalls.mediaProviders();
  }

  /**
   * A token to claim a new Plex Media Server for this account ({@code GET api/claim/token.json}).
   */
  public String claimToken() {
    return resourceCalls.claimToken();
  }

  /** Refreshes the token's lifetime ({@code GET api/v2/ping}); true when plex.tv answered pong. */
  public boolean ping() {
    return accountCalls.ping();
  }

  /**
   * Signs out, invalidating the token ({@code DELETE api/v2/users/signout}); the account is then no
   * longer connected.
   */
  public void signout() {
    accountCalls.signout();
  }

  /** The account's privacy settings ({@code GET api/v2/user/privacy}). */
  public PrivacySettings privacy() {
    return accountCalls.privacy();
  }

  /**
   * Changes the privacy settings ({@code PUT api/v2/user/privacy}); a null argument keeps that
   * setting as it is.
   */
  public void setPrivacy(Boolean optOutPlayback, Boolean optOutLibraryStats) {
    accountCalls.setPrivacy(optOutPlayback, optOutLibraryStats);
  }

  /** Where plex.tv places an IP address ({@code GET api/v2/geoip}). */
  public GeoLocation geoip(String ipAddress) {
    return accountCalls.geoip(ipAddress);
  }

  /** The public IP address plex.tv sees this client come from ({@code GET :/ip}). */
  public String publicIp() {
    return accountCalls.publicIp();
  }

  /** Friends and home users as the legacy list holds them ({@code GET api/users}, XML). */
  public List<MyPlexUser> users() {
    return friendCalls.users();
  }

  /**
   * The user whose title, username or e-mail (ignoring case) or id is {@code key}. Costs one {@link
   * #users()} call ({@code GET api/users}, XML), the whole list.
   *
   * @return the user
   * @throws NotFoundException if none matches
   */
  public MyPlexUser user(String key) {
    return friendCalls.user(key);
  }

  /** The accepted friends, with their shared servers and settings ({@code GET api/v2/friends}). */
  public List<MyPlexFriend> friends() {
    return friends(FriendStatus.ACCEPTED);
  }

  /** The friends, or the invitations received or sent, with their shared servers and settings. */
  public List<MyPlexFriend> friends(FriendStatus status) {
    return friendCalls.friends(status);
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
    return friendCalls.inviteFriend(user, server, sections, settings);
  }

  /**
   * Changes what {@code friend} may do and see ({@code PUT api/v2/sharings/{id}}); null settings
   * stay.
   */
  public void updateFriend(MyPlexFriend friend, SharingSettings settings) {
    sharingCalls.updateFriend(friend, settings);
  }

  /**
   * Sets exactly {@code sections} (sections, ids or titles) of {@code server} as shared with {@code
   * friend}: an empty list stops sharing the server, null leaves its sections as they are (the
   * legacy {@code api/servers/{machineId}/shared_servers} calls, a new share through {@code
   * api/v2/shared_servers}); then applies {@code settings} unless null.
   *
   * @throws NotFoundException if a section title is not one of the server's
   */
  public void updateFriend(
      MyPlexFriend friend, MyPlexResource server, List<?> sections, SharingSettings settings) {
    sharingCalls.updateFriend(friend, server, sections, settings);
  }

  /**
   * The invitation sent to ({@code includeSent}) or received from ({@code includeReceived}) {@code
   * username}, matched ignoring case against e-mail address, username and title (one or two {@code
   * GET api/v2/friends} calls).
   *
   * @throws NotFoundException if there is none
   */
  public MyPlexFriend pendingInvite(String username, boolean includeSent, boolean includeReceived) {
    return friendCalls.pendingInvite(username, includeSent, includeReceived);
  }

  /**
   * Ends the friendship and every share with {@code friend} ({@code DELETE api/v2/sharings/{id}}).
   */
  public void removeFriend(MyPlexFriend friend) {
    sharingCalls.removeFriend(friend);
  }

  /** Accepts an invitation this account received ({@code POST api/v2/friends/{id}/accept}). */
  public MyPlexFriend acceptInvite(MyPlexFriend invite) {
    return friendCalls.acceptInvite(invite);
  }

  /** Withdraws an invitation this account sent ({@code DELETE api/v2/sharings/{id}}). */
  public void cancelInvite(MyPlexFriend invite) {
    sharingCalls.removeFriend(invite);
  }

  /** The library sections of a server the account owns ({@code GET api/v2/servers/{machineId}}). */
  public List<LibrarySection> sections(MyPlexResource server) {
    return sharingCalls.sections(server);
  }

  /**
   * Every user's share of a server the account owns, with their sections and per-server tokens
   * ({@code GET api/servers/{machineId}/shared_servers}, XML).
   */
  public List<UserServerShare> serverShares(String machineIdentifier) {
    return sharingCalls.serverShares(machineIdentifier);
  }

  /**
   * The token the owner of server {@code machineIdentifier} uses to act as {@code user} on it: one
   * {@link #serverShares(String)} call ({@code GET api/servers/{machineId}/shared_servers}, XML).
   *
   * @return the user's token for that server (a secret)
   * @throws NotFoundException if the server is not shared with the user
   */
  public String userServerToken(MyPlexUser user, String machineIdentifier) {
    return sharingCalls.userServerToken(user, machineIdentifier);
  }

  /** The users of the account's Plex Home ({@code GET api/v2/home/users}). */
  public List<MyPlexHomeUser> homeUsers() {
    return homeCalls.homeUsers();
  }

  /** Creates a managed home user named {@code name} ({@code POST api/home/users?title=}). */
  public MyPlexHomeUser createHomeUser(String name) {
    return homeCalls.createHomeUser(name);
  }

  /**
   * Invites an existing account (e-mail or username) into the home ({@code POST
   * api/home/users?invitedEmail=}).
   */
  public MyPlexHomeUser createExistingUser(String emailOrUsername) {
    return homeCalls.createExistingUser(emailOrUsername);
  }

  /**
   * Creates a managed home user and shares {@code sections} (null or empty: all) of {@code server}
   * with it, with {@code settings} (null: plex.tv's defaults). The section titles are checked
   * before the user is created.
   *
   * @throws NotFoundException if a section title is not one of the server's
   */
  public MyPlexHomeUser createHomeUser(
      String name, MyPlexResource server, List<?> sections, SharingSettings settings) {
    return homeCalls.createHomeUser(name, server, sections, settings);
  }

  /**
   * Invites an existing account into the home and shares {@code sections} of {@code server} with
   * it, as {@link #createHomeUser(String, MyPlexResource, List, SharingSettings)} does.
   */
  public MyPlexHomeUser createExistingUser(
      String emailOrUsername, MyPlexResource server, List<?> sections, SharingSettings settings) {
    return homeCalls.createExistingUser(emailOrUsername, server, sections, settings);
  }

  /** Removes a user from the home ({@code DELETE api/home/users/{id}}). */
  public void removeHomeUser(MyPlexHomeUser user) {
    homeCalls.removeHomeUser(user);
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
    return new MyPlexAccount(homeCalls.switchHomeUser(user, pin)).connect();
  }

  /**
   * Sets (or changes, proving {@code currentPin}) this account's home PIN ({@code PUT
   * api/home/users/{id}}).
   *
   * @throws InvalidPinException if plex.tv refuses {@code currentPin} (error 1041)
   */
  public void setPin(String newPin, String currentPin) {
    homeCalls.setPin(newPin, currentPin);
  }

  /**
   * Removes this account's home PIN, proving {@code currentPin} ({@code PUT api/home/users/{id}}).
   *
   * @throws InvalidPinException if plex.tv refuses {@code currentPin} (error 1041)
   */
  public void removePin(String currentPin) {
    homeCalls.removePin(currentPin);
  }

  /** Sets a managed user's PIN ({@code POST api/v2/home/users/restricted/{id}?pin=}). */
  public void setManagedUserPin(MyPlexHomeUser user, String pin) {
    homeCalls.setManagedUserPin(user, pin);
  }

  /** Removes a managed user's PIN ({@code POST api/v2/home/users/restricted/{id}?removePin=1}). */
  public void removeManagedUserPin(MyPlexHomeUser user) {
    homeCalls.removeManagedUserPin(user);
  }

  /**
   * The online media sources and whether the account uses each ({@code GET
   * api/v2/user/{uuid}/settings/opt_outs}).
   */
  public List<OnlineMediaSource> onlineMediaSources() {
    return settingsCalls.onlineMediaSources();
  }

  /**
   * Sets an online media source to {@code opt_in}, {@code opt_out} or {@code opt_out_managed}.
   *
   * @throws IllegalArgumentException for any other value, before any request
   */
  public void setOnlineMediaSource(String key, String value) {
    settingsCalls.setOnlineMediaSource(key, value);
  }

  /** Whether watch state syncs across servers ({@code GET api/v2/user/view_state_sync}). */
  public boolean viewStateSync() {
    return settingsCalls.viewStateSync();
  }

  /**
   * Gives or withdraws consent to syncing watch state ({@code PUT api/v2/user/view_state_sync}).
   */
  public void setViewStateSync(boolean consent) {
    settingsCalls.setViewStateSync(consent);
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
    return watchlistCalls.watchlist(filter, sort, type, max);
  }

  /** Adds an item to the watchlist ({@code PUT actions/addToWatchlist}). */
  public void addToWatchlist(String ratingKey) {
    watchlistCalls.addToWatchlist(ratingKey);
  }

  /** Removes an item from the watchlist ({@code PUT actions/removeFromWatchlist}). */
  public void removeFromWatchlist(String ratingKey) {
    watchlistCalls.removeFromWatchlist(ratingKey);
  }

  /**
   * Searches Plex's catalogue ({@code GET discover.provider.plex.tv/library/search}): movies and
   * shows only, as python-plexapi's {@code searchDiscover} returns them.
   *
   * @param limit the most results (null: 30)
   * @param libtype {@code movie}, {@code show}, or null for both
   * @param providers e.g. {@code discover,plexAVOD} (null: {@code discover})
   */
  public List<DiscoverItem> searchDiscover(
      String query, Integer limit, String libtype, String providers) {
    return discoverCalls.searchDiscover(query, limit, libtype, providers);
  }

  /**
   * The account's state of {@code item} ({@code GET
   * metadata.provider.plex.tv/library/metadata/{key}/userState}, XML; the key is the last path
   * segment of the item's guid).
   */
  public DiscoverUserState userState(DiscoverMetadata item) {
    return discoverCalls.userState(item);
  }

  /** Whether {@code item} was watched at least once (one {@link #userState} call). */
  public boolean isPlayed(DiscoverMetadata item) {
    return userState(item).isPlayed();
  }

  /** Whether {@code item} is on the watchlist (one {@link #userState} call). */
  public boolean onWatchlist(DiscoverMetadata item) {
    return userState(item).isOnWatchlist();
  }

  /** Marks {@code item} played ({@code PUT metadata.provider.plex.tv/actions/scrobble}). */
  public void markPlayed(DiscoverMetadata item) {
    discoverCalls.markPlayed(item);
  }

  /** Marks {@code item} unplayed ({@code PUT metadata.provider.plex.tv/actions/unscrobble}). */
  public void markUnplayed(DiscoverMetadata item) {
    discoverCalls.markUnplayed(item);
  }

  /** The hubs of Plex's free movies and shows ({@code GET vod.provider.plex.tv/hubs}, XML). */
  public List<DiscoverHub> videoOnDemand() {
    return discoverCalls.videoOnDemand();
  }

  /**
   * The account's Sonos speakers ({@code GET sonos.plex.tv/resources} with the account token): an
   * empty list, without a request, when the subscription lacks the {@code companions_sonos}
   * feature. A speaker is reached through sonos.plex.tv, never directly. Loads the account first if
   * it is not loaded.
   */
  public List<PlexClient> sonosSpeakers() {
    return sonosCalls.sonosSpeakers();
  }

  /**
   * The Sonos speaker titled {@code name} (a grouped speaker's title before {@code +}): one {@link
   * #sonosSpeakers()} call.
   *
   * @return the speaker
   * @throws NotFoundException if there is none
   */
  public PlexClient sonosSpeaker(String name) {
    return sonosCalls.sonosSpeaker(name);
  }

  /**
   * The Sonos speaker whose machine identifier starts with {@code idPrefix}: one {@link
   * #sonosSpeakers()} call.
   *
   * @return the speaker
   * @throws NotFoundException if there is none
   */
  public PlexClient sonosSpeakerById(String idPrefix) {
    return sonosCalls.sonosSpeakerById(idPrefix);
  }

  /** The account's webhook URLs, read from plex.tv ({@code GET api/v2/user/webhooks}). */
  public List<String> webhooks() {
    return webhookCalls.webhooks();
  }

  /**
   * Adds a webhook to the list plex.tv holds; adding a URL already there changes nothing. Costs two
   * requests: the list is read first ({@code GET api/v2/user/webhooks}), so webhooks set elsewhere
   * are kept, then written whole ({@code POST api/v2/user/webhooks}).
   *
   * @return the list as plex.tv now holds it
   */
  public List<String> addWebhook(String url) {
    return webhookCalls.addWebhook(url);
  }

  /**
   * Removes a webhook from the list plex.tv holds. Costs two requests, as {@link #addWebhook}: a
   * read of the list, then a write of it whole.
   *
   * @return the list as plex.tv now holds it
   * @throws NotFoundException if the account has no such webhook
   */
  public List<String> deleteWebhook(String url) {
    return webhookCalls.deleteWebhook(url);
  }

  /**
   * Replaces the account's webhooks with {@code urls} (an empty list clears them): one {@code POST
   * api/v2/user/webhooks}.
   *
   * @return the list as plex.tv now holds it
   */
  public List<String> setWebhooks(List<String> urls) {
    return webhookCalls.setWebhooks(urls);
  }

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
    return accountCalls.query(url, method, headers, type);
  }

  /** The longest one call may take; also the default deadline for connecting to a server. */
  public Duration timeout() {
    return session.options().timeout();
  }

  /**
   * Closes the account: from now on every call on it and on what it created (resources, devices,
   * servers connected through it) throws {@link IllegalStateException} at once and opens no
   * connection; what was already loaded stays readable. Releases the HTTP client this account
   * created (a client passed to the builder is left open). Accounts derived from it ({@link
   * #switchHomeUser}, {@link PlexServer#myPlexAccount()}) keep their own lifetime: close them
   * yourself. Closing twice does nothing more.
   */
  @Override
  public void close() {
    session.close();
  }

  @Override
  public String toString() {
    User u = session.userOrNull();
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

  /**
   * A builder with this account's settings, to make a variant (another timeout, another identity,
   * ...). Its credential is this account's current token when it has one (a login's or a refresh's
   * included), otherwise the credentials it was built with. Sends nothing.
   */
  public Builder newBuilder() {
    String current = session.token();
    AccountOptions options = session.options();
    return new Builder(current == null ? options : options.withToken(current));
  }

  /** The session behind this account (for tests in this package). */
  PlexSession session() {
    return session;
  }

  private String legacy(String field) {
    Object value = session.user().getAdditionalProperty(field);
    return value == null ? null : value.toString();
  }

  /**
   * Configures a {@link MyPlexAccount}: credentials, where plex.tv is, the timeout, the identity
   * headers and, optionally, the caller's OkHttp client.
   *
   * <p>Setting options sends nothing; {@link #build()} sends nothing either.
   */
  public static final class Builder {
    private final AccountDraft draft;

    private Builder() {
      this.draft = new AccountDraft();
    }

    private Builder(AccountOptions from) {
      this.draft = new AccountDraft(from);
    }

    /**
     * The device key whose Plex JWT this account's token is: before each call, a token within
     * {@link #jwtRefreshMargin(Duration)} of expiry is refreshed on its own.
     */
    public Builder deviceKey(DeviceKey key) {
      draft.deviceKey = key;
      return this;
    }

    /** How long before a JWT's expiry the account refreshes it (default 1 day of its 7). */
    public Builder jwtRefreshMargin(Duration margin) {
      if (margin == null || margin.isNegative()) {
        throw new IllegalArgumentException("jwtRefreshMargin must not be negative");
      }
      draft.jwtRefreshMargin = margin;
      return this;
    }

    /**
     * Logs each HTTP exchange through SLF4J at DEBUG (logger {@code
     * io.github.plexapi.myplex.http.wire}): {@code BASIC} or {@code HEADERS}, with every token
     * masked; bodies are never logged.
     */
    public Builder httpLogging(HttpLoggingInterceptor.Level level) {
      draft.transport.httpLogging(level);
      return this;
    }

    /**
     * When plex.tv requests are tried again (default {@link RetryPolicy#defaults()}: GET and HEAD,
     * at most twice, within the timeout).
     */
    public Builder retryPolicy(RetryPolicy policy) {
      draft.transport.retryPolicy(policy);
      return this;
    }

    /**
     * The preference window of every connect of this account (default 1 s): see {@link
     * ConnectOptions.Builder#preferenceWindow(Duration)}, which overrides it for one connect.
     *
     * @throws IllegalArgumentException if null or negative
     */
    public Builder connectPreferenceWindow(Duration window) {
      if (window == null || window.isNegative()) {
        throw new IllegalArgumentException("connectPreferenceWindow must not be null or negative");
      }
      draft.connectPreferenceWindow = window;
      return this;
    }

    /** How often a pending browser or PIN login is polled (default 1 s). */
    public Builder pinPollInterval(Duration interval) {
      if (interval == null || interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("pinPollInterval must be positive");
      }
      draft.pinPollInterval = interval;
      return this;
    }

    /** The browser login page (default {@code https://app.plex.tv/auth}). */
    public Builder authUrl(String url) {
      draft.authUrl = Require.url("authUrl", url);
      return this;
    }

    /**
     * Signs in with an existing token, trimmed of surrounding whitespace (a token read from a file
     * keeps its newline).
     *
     * @throws IllegalArgumentException if a character inside is a control or non-ASCII character
     *     (the message does not quote the token)
     */
    public Builder token(String token) {
      draft.token = TokenText.clean("token", token);
      return this;
    }

    /** The username or e-mail address to sign in with (needs {@link #password(String)}). */
    public Builder username(String username) {
      draft.username = username;
      return this;
    }

    /** The password to sign in with. */
    public Builder password(String password) {
      draft.password = password;
      return this;
    }

    /** The current two-factor code, for accounts that have two-factor authentication on. */
    public Builder code(String code) {
      draft.code = code;
      return this;
    }

    /**
     * Where plex.tv is (default {@code https://plex.tv}); unless set separately, also stands in for
     * {@code clients.plex.tv} and {@code discover.provider.plex.tv}.
     */
    public Builder baseUrl(String baseUrl) {
      draft.transport.baseUrl(baseUrl);
      return this;
    }

    /** Where {@code clients.plex.tv} is, when it is not at the base URL. */
    public Builder clientsUrl(String url) {
      draft.transport.clientsUrl(url);
      return this;
    }

    /**
     * Where one plex.tv host is, e.g. {@code hostUrl("sonos.plex.tv", url)} ({@code plex.tv},
     * {@code clients.plex.tv}, {@code discover.provider.plex.tv}, {@code
     * metadata.provider.plex.tv}, {@code vod.provider.plex.tv}, {@code sonos.plex.tv}, or any other
     * plex.tv name); without it a host is at the base URL.
     *
     * @throws IllegalArgumentException if the host is not a plex.tv name or the URL is not http(s)
     */
    public Builder hostUrl(String plexHost, String url) {
      draft.transport.hostUrl(plexHost, url);
      return this;
    }

    /** Where {@code discover.provider.plex.tv} is, when it is not at the base URL. */
    public Builder discoverUrl(String url) {
      draft.transport.discoverUrl(url);
      return this;
    }

    /** The longest one call may take (default 30 s); also the default connect deadline. */
    public Builder timeout(Duration timeout) {
      draft.transport.timeout(timeout);
      return this;
    }

    /**
     * The {@code X-Plex-Client-Identifier}: persist one per installation (by default a new random
     * one is made, and plex.tv tells the owner about each "new device").
     */
    public Builder clientIdentifier(String clientIdentifier) {
      draft.clientIdentifier = clientIdentifier;
      return this;
    }

    /** The {@code X-Plex-Product}, the application's name. */
    public Builder product(String product) {
      draft.product = product;
      return this;
    }

    /** The {@code X-Plex-Version}, the application's version. */
    public Builder version(String version) {
      draft.version = version;
      return this;
    }

    /** The {@code X-Plex-Platform} and {@code X-Plex-Platform-Version}. */
    public Builder platform(String platform, String platformVersion) {
      draft.platform = platform;
      draft.platformVersion = platformVersion;
      return this;
    }

    /** The {@code X-Plex-Device}, the kind of device. */
    public Builder device(String device) {
      draft.device = device;
      return this;
    }

    /** The {@code X-Plex-Device-Name} shown in the account's device list. */
    public Builder deviceName(String deviceName) {
      draft.deviceName = deviceName;
      return this;
    }

    /** The {@code X-Plex-Provides} roles (default {@code controller}). */
    public Builder provides(String provides) {
      draft.provides = provides;
      return this;
    }

    /** The {@code X-Plex-Language} (default {@code en}). */
    public Builder language(String language) {
      draft.language = language;
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
      draft.transport.okHttpClient(client);
      return this;
    }

    /** The largest answer read, in bytes (default 32 MiB). */
    public Builder maxBodyBytes(long bytes) {
      draft.transport.maxBodyBytes(bytes);
      return this;
    }

    /**
     * Reads {@code PLEX_TOKEN}, {@code PLEX_CLIENT_IDENTIFIER} and {@code PLEX_BASE_URL} from the
     * environment, where set.
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /**
     * As {@link #fromEnv()}, reading the variables from {@code env} (a name to its value, null when
     * unset): for a program that takes its environment as a map, and for tests.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code env} is null
     */
    public Builder fromEnv(Function<String, String> env) {
      Require.present("env", env);
      draft.fromEnv(env, this);
      return this;
    }

    /**
     * Builds the account; nothing is sent yet.
     *
     * @throws IllegalArgumentException if the credentials are incomplete or contradictory
     */
    public MyPlexAccount build() {
      return new MyPlexAccount(PlexSession.open(options()));
    }

    /** These settings as immutable options, the credentials checked. */
    AccountOptions options() {
      return draft.options();
    }

    /** These settings with {@code newToken} as the only credential (for a server's session). */
    AccountOptions optionsWithToken(String newToken) {
      return draft.optionsWithToken(newToken);
    }
  }
}
