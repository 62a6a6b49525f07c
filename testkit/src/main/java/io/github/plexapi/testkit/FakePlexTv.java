package io.github.plexapi.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.plexapi.myplex.FriendStatus;
import io.github.plexapi.testkit.internal.FakeState;
import io.github.plexapi.testkit.internal.FaultPlan;
import io.github.plexapi.testkit.internal.MediaServerHost;
import io.github.plexapi.testkit.internal.PinState;
import io.github.plexapi.testkit.internal.PlexTvResponder;
import io.github.plexapi.testkit.internal.ProviderRoutes;
import io.github.plexapi.testkit.internal.RequestLog;
import io.github.plexapi.testkit.internal.Tls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * A fake plex.tv on 127.0.0.1, for tests and demos of code that uses plexapi-java:
 *
 * <pre>{@code
 * try (FakePlexTv plexTv = FakePlexTv.start()) {
 *   plexTv.addServer("Living Room", FakeConnection.local(), FakeConnection.remote());
 *   MyPlexAccount account = MyPlexAccount.builder()
 *       .baseUrl(plexTv.baseUrl()).okHttpClient(plexTv.okHttpClient()).token(plexTv.token())
 *       .build().connect();
 *   // account.resources(), resource("Living Room").connect(), webhooks, browser login ...
 * }
 * }</pre>
 *
 * <p>It serves the account, resources, devices, PINs (approved on demand or after a delay),
 * webhooks, friends and sharing (every server offers the sections Movies 1001 and TV Shows 1002),
 * home users (switching checks their PINs and hands out their own tokens), privacy settings and the
 * small calls from in-memory state, answers as plex.tv does (its JSON shapes and error bodies, 401
 * without the token), and starts a fake media server on loopback for each connection of each server
 * added. Its https connections use a self-signed certificate that {@link #okHttpClient()} trusts.
 *
 * <p>Setting up and inspecting its state is in memory and sends no request. It listens on 127.0.0.1
 * only and connects nowhere, except {@link #sendWebhookEvent}, which posts to the webhook URLs the
 * account registered (keep those on loopback in tests).
 */
public final class FakePlexTv implements AutoCloseable {
  /** The username and password the fake accepts for password sign-in. */
  public static final String USERNAME = "fake-user";

  /** See {@link #USERNAME}. */
  public static final String PASSWORD = "fake-password";

  private final FakeState state;
  private final ProviderRoutes providers = new ProviderRoutes();
  private final WireMockServer server;
  private final List<FakeMediaServer> mediaServers = new ArrayList<>();
  private final RequestLog requests = new RequestLog();
  private final FaultPlan faults = new FaultPlan();

  private FakePlexTv(int port) {
    state = new FakeState(USERNAME, PASSWORD, "fake-token-" + UUID.randomUUID());
    var config = wireMockConfig().bindAddress("127.0.0.1");
    server =
        new WireMockServer(
            (port == 0 ? config.dynamicPort() : config.port(port))
                .extensions(new PlexTvResponder(state, providers, requests, faults)));
  }

  /**
   * Starts a fake plex.tv on a free port of 127.0.0.1.
   *
   * @return the running fake; close it to stop it and its media servers
   */
  public static FakePlexTv start() {
    return start(0);
  }

  /**
   * Starts a fake plex.tv on {@code port} of 127.0.0.1 (0 for a free one).
   *
   * @return the running fake; close it to stop it and its media servers
   * @throws IllegalArgumentException if {@code port} is not 0 to 65535
   * @throws IllegalStateException if the port is taken
   */
  public static FakePlexTv start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
    }
    FakePlexTv fake = new FakePlexTv(port);
    try {
      fake.server.start();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    fake.server.stubFor(any(anyUrl()).willReturn(ok()));
    return fake;
  }

  /** The port the fake listens on, on 127.0.0.1. */
  public int port() {
    return server.port();
  }

  /** The URL to give {@code MyPlexAccount.builder().baseUrl(...)}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The URL to give {@code MyPlexAccount.builder().hostUrl(plexHost, ...)}: the fake serves each
   * plex.tv host under its own path prefix too, so two hosts can answer the same path differently.
   * {@link #baseUrl()} alone serves every host's paths at the root.
   */
  public String hostUrl(String plexHost) {
    return server.baseUrl() + "/" + plexHost;
  }

  /** The account's token. */
  public String token() {
    return state.token();
  }

  /** An OkHttp client that trusts the fake media servers' certificate (give it to the builder). */
  public OkHttpClient okHttpClient() {
    return Tls.trustingClient();
  }

  /**
   * Adds a server the account owns, with a fake media server on loopback for each connection.
   *
   * @throws IllegalArgumentException without connections
   */
  public FakeMediaServer addServer(String name, FakeConnection... connections) {
    return addServer(name, true, connections);
  }

  /** Adds a server, owned by the account or shared with it by a friend. */
  public synchronized FakeMediaServer addServer(
      String name, boolean owned, FakeConnection... connections) {
    if (connections == null || connections.length == 0) {
      throw new IllegalArgumentException("a server needs at least one connection");
    }
    String machineId = "fake-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String accessToken = "server-token-" + UUID.randomUUID();
    List<MediaServerHost> hosts = new ArrayList<>();
    List<FakeState.Connection> listed = new ArrayList<>();
    try {
      for (FakeConnection c : connections) {
        MediaServerHost host =
            new MediaServerHost(
                c.wrongMachine ? machineId + "-stale" : machineId,
                accessToken,
                c.https,
                c.delay,
                c.dead);
        hosts.add(host);
        listed.add(new FakeState.Connection(c.kind.name(), c.https, host.port()));
      }
    } catch (IOException e) {
      hosts.forEach(MediaServerHost::close);
      throw new UncheckedIOException(e);
    }
    state.addServer(new FakeState.Server(name, machineId, accessToken, owned, listed));
    FakeMediaServer media = new FakeMediaServer(name, machineId, accessToken, owned, hosts);
    mediaServers.add(media);
    return media;
  }

  /**
   * Makes every PIN created from now on approve itself after {@code delay} (null: only on demand).
   */
  public void approvePinsAfter(Duration delay) {
    state.autoApprove(delay);
  }

  /** Approves every PIN issued so far. */
  public void approveAllPins() {
    state.pins().forEach(pin -> state.approve(pin.id()));
  }

  /** Approves PIN {@code id}; false if the fake never issued it. */
  public boolean approvePin(long id) {
    return state.approve(id);
  }

  /** Expires PIN {@code id}: polling it then answers 404 with error code 1020. */
  public void expirePin(long id) {
    state.expire(id);
  }

  /** How many times PIN {@code id} was polled. */
  public int pinPolls(long id) {
    return state.pins().stream()
        .filter(p -> p.id() == id)
        .mapToInt(PinState::polls)
        .findFirst()
        .orElse(0);
  }

  /** The webhooks the fake holds. */
  public List<String> webhooks() {
    return state.webhooks();
  }

  /** Sets the webhooks the fake holds. */
  public void setWebhooks(List<String> urls) {
    state.setWebhooks(List.copyOf(urls));
  }

  /**
   * Adds a friend whose invitation is {@code status}: accepted, pending_received or pending_sent.
   *
   * @return the friend's id
   * @deprecated use {@link #addFriend(String, String, FriendStatus)}, the library's own values
   */
  @Deprecated
  public long addFriend(String title, String email, String status) {
    return state.addFriend(title, email, status).id();
  }

  /**
   * Adds a friend, or an invitation sent or received, as {@code status} says.
   *
   * @return the friend's id (what {@link #shareWithFriend} and {@link #setFriendSetting} take)
   */
  public long addFriend(String title, String email, FriendStatus status) {
    return state.addFriend(title, email, Objects.requireNonNull(status, "status").value()).id();
  }

  /**
   * Plays {@code fault} on requests for {@code method} (null: any) and {@code path} instead of the
   * normal answer. {@code path} is as the library sends it, without a host prefix ({@code
   * /api/v2/user}); a trailing {@code *} makes it a prefix ({@code /api/v2/*}). Faults are tried in
   * the order added; a fault with {@link FakeFault#times(int)} stops once used up.
   */
  public void inject(String method, String path, FakeFault fault) {
    faults.add(
        method, Objects.requireNonNull(path, "path"), Objects.requireNonNull(fault, "fault"));
  }

  /** Removes every injected fault: every path answers as normal again. */
  public void clearFaults() {
    faults.clear();
  }

  /** Every request the fake received so far, in arrival order (faulted ones too). */
  public List<FakeRequest> requests() {
    return requests.all();
  }

  /** The friends and invitations the fake holds, as values. */
  public List<FakeFriend> fakeFriends() {
    return state.friends().stream()
        .map(f -> new FakeFriend(f.id(), f.title(), f.email(), FriendStatus.fromValue(f.status())))
        .toList();
  }

  /** The server shares the fake holds, as values. */
  public List<FakeShare> fakeShares() {
    return state.shares().stream()
        .map(
            s ->
                new FakeShare(
                    s.machineIdentifier(), s.invitedEmail(), s.invitedId(), s.sectionIds()))
        .toList();
  }

  /**
   * Shares sections of {@code server} with the friend {@code friendId} (from {@link #addFriend}),
   * as an accepted share: {@code friends()} then lists the server under the friend. The fake's
   * sections are 1001 (Movies) and 1002 (TV Shows).
   */
  public void shareWithFriend(long friendId, FakeMediaServer server, long... sectionIds) {
    FakeState.FriendState friend =
        state.friends().stream()
            .filter(f -> f.id() == friendId)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no friend " + friendId));
    state.share(
        new FakeState.Share(
            server.machineIdentifier(),
            Arrays.stream(sectionIds).boxed().toList(),
            friend.email(),
            friendId));
  }

  /**
   * Sets one of a friend's sharing settings as plex.tv holds it: {@code allowSync}, {@code
   * allowCameraUpload} or {@code allowChannels} as {@code 1} or {@code 0}; a filter ({@code
   * filterMovies}, {@code filterTelevision}, {@code filterMusic}, {@code filterPhotos}, {@code
   * filterAll}) in plex.tv's own encoded form, e.g. {@code
   * contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved}. Null removes it.
   */
  public void setFriendSetting(long friendId, String setting, String value) {
    state.setFriendSetting(friendId, setting, value);
  }

  /**
   * A friend's sharing setting exactly as the fake holds it (what {@link #setFriendSetting} or the
   * library's {@code updateFriend} last wrote), or null.
   */
  public String friendSetting(long friendId, String setting) {
    return state.friendSettings(friendId).get(setting);
  }

  /**
   * Posts {@code event} (e.g. {@code media.play}) to every webhook URL the account registered, as a
   * Plex Media Server does: {@code multipart/form-data} with a {@code payload} part of JSON (an
   * episode of "The Expanse" on the server "Box", played on "Living Room") and, for {@code media.*}
   * and {@code library.new} events, a {@code thumb} part with a small JPEG.
   *
   * @return the HTTP status each URL answered, in the order registered
   */
  public List<Integer> sendWebhookEvent(String event) {
    return WebhookSender.send(state.webhooks(), event);
  }

  /**
   * The titles of the friends and invitations, with their status ({@code title: status}).
   *
   * @deprecated use {@link #fakeFriends()}, which gives them as values
   */
  @Deprecated
  public List<String> friends() {
    return state.friends().stream().map(f -> f.title() + ": " + f.status()).toList();
  }

  /**
   * The server shares made, as {@code machineIdentifier -> invitee: sectionIds} (the invitee's
   * e-mail, or id).
   *
   * @deprecated use {@link #fakeShares()}, which gives them as values
   */
  @Deprecated
  public List<String> shares() {
    return state.shares().stream()
        .map(
            s ->
                s.machineIdentifier()
                    + " -> "
                    + (s.invitedEmail() != null ? s.invitedEmail() : String.valueOf(s.invitedId()))
                    + ": "
                    + s.sectionIds())
        .toList();
  }

  /**
   * Adds a Sonos speaker to the account ({@code sonos.plex.tv/resources}); the subscription then
   * has the {@code companions_sonos} feature.
   */
  public void addSonosSpeaker(String title, String machineIdentifier) {
    providers.addSpeaker(new ProviderRoutes.Speaker(title, machineIdentifier));
    state.enableSonos();
  }

  /** Sets {@code title} to sync to the device {@code clientIdentifier} (its sync items). */
  public void addSyncItem(String clientIdentifier, String title) {
    providers.addSyncItem(clientIdentifier, title);
  }

  /**
   * The rating keys of the catalogue items marked played ({@code actions/scrobble}); the fake's
   * catalogue holds the movie "Dune" and the show "Dune: Prophecy".
   */
  public java.util.Set<String> played() {
    return providers.played();
  }

  /**
   * Adds a managed home user; switching to it needs {@code pin} (null for none) and gives it its
   * own token, which the fake also accepts.
   */
  public String addHomeUser(String title, String pin) {
    return state.addHomeUser(title, pin).uuid();
  }

  /** The servers added so far. */
  public synchronized List<FakeMediaServer> servers() {
    return List.copyOf(mediaServers);
  }

  /** Stops plex.tv and every fake media server. */
  @Override
  public synchronized void close() {
    mediaServers.forEach(FakeMediaServer::close);
    server.stop();
  }
}
