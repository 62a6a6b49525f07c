package io.github.plexapi.testkit.internal;

import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.ResourceConnection;
import io.github.plexapi.generated.model.Subscription;
import io.github.plexapi.generated.model.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the fake plex.tv knows, shared by the responder and the test that drives it. */
public final class FakeState {
  /** A resource the fake lists: its identity and the connections its hosts serve. */
  public record Server(
      String name,
      String machineId,
      String accessToken,
      boolean owned,
      List<Connection> connections) {}

  /** A connection as plex.tv lists it. */
  public record Connection(String kind, boolean https, int port) {}

  /** A managed user of the home: its name, PIN (or null) and own token. */
  public record HomeMember(long id, String uuid, String title, String pin, String token) {}

  /** A friend or invitation. */
  public record FriendState(long id, String title, String email, String status) {}

  /** A server share made through {@code api/v2/shared_servers}. */
  public record Share(
      String machineIdentifier, List<Long> sectionIds, String invitedEmail, Long invitedId) {
    /** A stable id for the share (what the legacy {@code shared_servers/{id}} paths take). */
    public long id() {
      return Math.abs((machineIdentifier + "/" + invitedId + "/" + invitedEmail).hashCode());
    }

    /** Whether the share was made for {@code friend}: for its id, or for its e-mail address. */
    public boolean isFor(FriendState friend) {
      return Long.valueOf(friend.id()).equals(invitedId)
          || (invitedEmail != null && invitedEmail.equalsIgnoreCase(friend.email()));
    }
  }

  private final AtomicLong ids = new AtomicLong(100_000);
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final Map<String, HomeMember> members = new ConcurrentHashMap<>();
  private final Map<Long, PinState> pins = new ConcurrentHashMap<>();
  private final List<Server> servers = new CopyOnWriteArrayList<>();
  private final List<Long> deletedDevices = new CopyOnWriteArrayList<>();
  private final List<String> webhooks = new CopyOnWriteArrayList<>();
  private final List<FriendState> friends = new CopyOnWriteArrayList<>();
  private final List<Share> shares = new CopyOnWriteArrayList<>();
  private final Map<Long, Map<String, String>> friendSettings = new ConcurrentHashMap<>();
  private volatile boolean sonos;
  private final String token;
  private final String username;
  private final String password;
  private volatile Duration autoApprove;
  private volatile boolean optOutPlayback;
  private volatile boolean optOutLibraryStats;

  /** State for an account {@code username} / {@code password} whose token is {@code token}. */
  public FakeState(String username, String password, String token) {
    this.username = username;
    this.password = password;
    this.token = token;
    tokens.add(token);
  }

  /** The account's token. */
  public String token() {
    return token;
  }

  boolean isValidToken(String candidate) {
    return candidate != null
        && (tokens.contains(candidate)
            || members.values().stream().anyMatch(m -> m.token().equals(candidate)));
  }

  /** Adds a managed home user with {@code pin} (null for none). */
  public HomeMember addHomeUser(String title, String pin) {
    long id = newId();
    HomeMember member = new HomeMember(id, "home-" + id, title, pin, "home-token-" + id);
    members.put(member.uuid(), member);
    return member;
  }

  List<HomeMember> homeMembers() {
    return List.copyOf(members.values());
  }

  HomeMember member(String uuid) {
    return members.get(uuid);
  }

  /** The user a token belongs to: a managed home user's, or the account's. */
  User user(String usedToken) {
    for (HomeMember member : members.values()) {
      if (member.token().equals(usedToken)) {
        return new User()
            .id(member.id())
            .uuid(member.uuid())
            .title(member.title())
            .restricted(true)
            .home(true)
            .authToken(member.token());
      }
    }
    return user();
  }

  boolean checkPassword(String login, String attempt) {
    return username.equals(login) && password.equals(attempt);
  }

  void signOut(String used) {
    tokens.remove(used);
  }

  long newId() {
    return ids.incrementAndGet();
  }

  User user() {
    return new User()
        .id(4242L)
        .uuid("fake0uuid0001")
        .username(username)
        .title(username)
        .email(username + "@example.com")
        .friendlyName(username)
        .locale("en")
        .confirmed(true)
        .joinedAt(1_600_000_000L)
        .hasPassword(true)
        .thumb("https://plex.tv/users/fake0uuid0001/avatar")
        .authToken(token)
        .mailingListStatus("active")
        .mailingListActive(true)
        .scrobbleTypes("")
        .country("XX")
        .restricted(false)
        .home(true)
        .guest(false)
        .homeSize(1)
        .homeAdmin(true)
        .maxHomeSize(15)
        .twoFactorEnabled(false)
        .subscription(
            new Subscription()
                .active(true)
                .status("Active")
                .plan("lifetime")
                .subscribedAt("2020-01-01T00:00:00Z")
                .features(
                    sonos
                        ? List.of("webhooks", "home", "pass", "companions_sonos")
                        : List.of("webhooks", "home", "pass")))
        .entitlements(List.of("all"))
        .roles(List.of("plexpass"));
  }

  /** Gives the account's subscription the {@code companions_sonos} feature. */
  public void enableSonos() {
    sonos = true;
  }

  /** Adds a server to the resources plex.tv lists. */
  public void addServer(Server server) {
    servers.add(server);
  }

  List<Resource> resources() {
    List<Resource> resources = new ArrayList<>();
    for (Server server : servers) {
      List<ResourceConnection> connections = new ArrayList<>();
      for (Connection c : server.connections()) {
        String uri = (c.https() ? "https://localhost:" : "http://127.0.0.1:") + c.port();
        connections.add(
            new ResourceConnection()
                .protocol(c.https() ? "https" : "http")
                .address("127.0.0.1")
                .port(c.port())
                .uri(uri)
                .local(c.kind().equals("LOCAL"))
                .relay(c.kind().equals("RELAY"))
                .ipv6(false));
      }
      resources.add(
          new Resource()
              .name(server.name())
              .product("Plex Media Server")
              .productVersion("1.41.0.0000-fake")
              .platform("Linux")
              .clientIdentifier(server.machineId())
              .provides("server")
              .owned(server.owned())
              .ownerId(server.owned() ? null : 7L)
              .sourceTitle(server.owned() ? null : "a friend")
              .accessToken(server.accessToken())
              .presence(true)
              .home(false)
              .httpsRequired(false)
              .createdAt("2024-01-01T00:00:00Z")
              .lastSeenAt(Instant.now().toString())
              .connections(connections));
    }
    return resources;
  }

  String devicesXml() {
    StringBuilder xml = new StringBuilder("<MediaContainer size=\"" + servers.size() + "\">");
    long id = 1;
    for (Server server : servers) {
      long deviceId = id++;
      if (deletedDevices.contains(deviceId)) {
        continue;
      }
      xml.append("<Device name=\"")
          .append(server.name())
          .append("\" product=\"Plex Media Server\" provides=\"server\"")
          .append(" clientIdentifier=\"")
          .append(server.machineId())
          .append("\" id=\"")
          .append(deviceId)
          .append("\" token=\"")
          .append(server.accessToken())
          .append("\" createdAt=\"1700000000\" lastSeenAt=\"")
          .append(Instant.now().getEpochSecond())
          .append("\">");
      for (Connection c : server.connections()) {
        xml.append("<Connection uri=\"")
            .append(c.https() ? "https://localhost:" : "http://127.0.0.1:")
            .append(c.port())
            .append("\"/>");
      }
      xml.append("</Device>");
    }
    return xml.append("</MediaContainer>").toString();
  }

  boolean deleteDevice(long id) {
    if (id < 1 || id > servers.size() || deletedDevices.contains(id)) {
      return false;
    }
    deletedDevices.add(id);
    return true;
  }

  PinState createPin(boolean strong) {
    long id = newId();
    String code =
        strong ? "fakestrongcode" + id : String.format("%04d", id % 10_000).replace('0', 'A');
    PinState pin = new PinState(id, code, strong, Instant.now());
    Duration after = autoApprove;
    if (after != null) {
      pin.token = token;
      pin.approveAt = pin.createdAt.plus(after);
    }
    pins.put(id, pin);
    return pin;
  }

  PinState pin(long id) {
    PinState pin = pins.get(id);
    if (pin != null) {
      pin.polls++;
    }
    return pin;
  }

  /** The PINs issued so far. */
  public List<PinState> pins() {
    return List.copyOf(pins.values());
  }

  /** Approves PIN {@code id} now (with the account's token); false if there is no such PIN. */
  public boolean approve(long id) {
    PinState pin = pins.get(id);
    if (pin == null) {
      return false;
    }
    pin.token = token;
    pin.approveAt = Instant.now();
    return true;
  }

  /**
   * Makes every PIN created from now on approve itself {@code after} its creation (null: never).
   */
  public void autoApprove(Duration after) {
    this.autoApprove = after;
  }

  /** Expires PIN {@code id}: polling it answers 404, code 1020. */
  public void expire(long id) {
    pins.remove(id);
  }

  boolean link(String code) {
    for (PinState pin : pins.values()) {
      if (pin.code.equalsIgnoreCase(code)) {
        pin.token = token;
        pin.approveAt = Instant.now();
        return true;
      }
    }
    return false;
  }

  /** The webhooks plex.tv holds. */
  public List<String> webhooks() {
    return List.copyOf(webhooks);
  }

  /** Replaces the webhooks plex.tv holds. */
  public synchronized void setWebhooks(List<String> urls) {
    webhooks.clear();
    webhooks.addAll(urls);
  }

  /** Adds a friend (status {@code accepted}, {@code pending_received} or {@code pending_sent}). */
  public FriendState addFriend(String title, String email, String status) {
    FriendState friend = new FriendState(newId(), title, email, status);
    friends.add(friend);
    return friend;
  }

  /** The friends and invitations. */
  public List<FriendState> friends() {
    return List.copyOf(friends);
  }

  List<FriendState> friends(String status) {
    return friends.stream().filter(f -> status == null || f.status().equals(status)).toList();
  }

  /** Invites {@code identifier}; an existing friend or invitation is returned, not duplicated. */
  synchronized FriendState invite(String identifier) {
    for (FriendState friend : friends) {
      if (identifier.equalsIgnoreCase(friend.email()) || identifier.equals(friend.title())) {
        return friend;
      }
    }
    return addFriend(identifier, identifier.contains("@") ? identifier : null, "pending_sent");
  }

  /**
   * Sets one of a friend's sharing settings as plex.tv holds it: {@code allowSync}, {@code
   * allowCameraUpload}, {@code allowChannels} as {@code 1} or {@code 0}, or {@code filterMovies},
   * {@code filterTelevision}, {@code filterMusic}, {@code filterPhotos}, {@code filterAll} in
   * plex.tv's encoded form; null removes it.
   */
  public void setFriendSetting(long friendId, String setting, String value) {
    Map<String, String> settings =
        friendSettings.computeIfAbsent(friendId, id -> new ConcurrentHashMap<>());
    if (value == null) {
      settings.remove(setting);
    } else {
      settings.put(setting, value);
    }
  }

  /**
   * A friend's sharing settings as plex.tv holds them (the values of {@link #setFriendSetting}).
   */
  public Map<String, String> friendSettings(long friendId) {
    return Map.copyOf(friendSettings.getOrDefault(friendId, Map.of()));
  }

  /** The server shares of a friend: those made for its id or its e-mail address. */
  List<Share> sharesOf(FriendState friend) {
    return shares.stream().filter(s -> s.isFor(friend)).toList();
  }

  /** The name of the server {@code machineId}, or null. */
  String serverName(String machineId) {
    return servers.stream()
        .filter(s -> s.machineId().equals(machineId))
        .map(Server::name)
        .findFirst()
        .orElse(null);
  }

  FriendState accept(long id) {
    for (FriendState friend : friends) {
      if (friend.id() == id) {
        friends.remove(friend);
        FriendState accepted = new FriendState(id, friend.title(), friend.email(), "accepted");
        friends.add(accepted);
        return accepted;
      }
    }
    return null;
  }

  boolean removeFriend(long id) {
    friendSettings.remove(id);
    shares.removeIf(s -> Long.valueOf(id).equals(s.invitedId()));
    return friends.removeIf(f -> f.id() == id);
  }

  /** Adds a server share (an invitation's, or one a test gives an existing friend). */
  public void share(Share share) {
    shares.add(share);
  }

  /** Replaces the sections of the share {@code id} (an empty list removes it); false if unknown. */
  synchronized boolean reshare(long id, List<Long> sectionIds) {
    for (Share share : shares) {
      if (share.id() == id) {
        shares.remove(share);
        if (!sectionIds.isEmpty()) {
          shares.add(
              new Share(
                  share.machineIdentifier(), sectionIds, share.invitedEmail(), share.invitedId()));
        }
        return true;
      }
    }
    return false;
  }

  /** The server shares made. */
  public List<Share> shares() {
    return List.copyOf(shares);
  }

  boolean optOutPlayback() {
    return optOutPlayback;
  }

  boolean optOutLibraryStats() {
    return optOutLibraryStats;
  }

  /** plex.tv's form flags: {@code 1} or {@code 0} ({@code true} and {@code false} read too). */
  void setPrivacy(String playback, String libraryStats) {
    if (playback != null) {
      optOutPlayback = isSet(playback);
    }
    if (libraryStats != null) {
      optOutLibraryStats = isSet(libraryStats);
    }
  }

  private static boolean isSet(String flag) {
    return flag.equals("1") || Boolean.parseBoolean(flag);
  }
}
