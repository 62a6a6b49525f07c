package io.github.plexapi.testkit.internal;

import static io.github.plexapi.testkit.internal.Answers.empty;
import static io.github.plexapi.testkit.internal.Answers.error;
import static io.github.plexapi.testkit.internal.Answers.json;
import static io.github.plexapi.testkit.internal.Answers.query;
import static io.github.plexapi.testkit.internal.Answers.xml;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.ClaimToken;
import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.GeoLocation;
import io.github.plexapi.generated.model.Home;
import io.github.plexapi.generated.model.HomeUser;
import io.github.plexapi.generated.model.LibrarySection;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.Pong;
import io.github.plexapi.generated.model.Privacy;
import io.github.plexapi.generated.model.ServerSections;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.generated.model.SharedServer;
import io.github.plexapi.generated.model.SharingSettings;
import io.github.plexapi.generated.model.Webhook;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the fake plex.tv from {@link FakeState}, with plex.tv's shapes (the
 * generated models, serialised as plex.tv would) and errors ({@code {"errors":[...]}}).
 */
public final class PlexTvResponder implements ResponseDefinitionTransformerV2 {
  private static final Pattern PIN = Pattern.compile("/api/v2/pins/(\\d+)");
  private static final Pattern DEVICE = Pattern.compile("/devices/(\\d+)\\.xml");
  private static final Pattern ACCEPT = Pattern.compile("/api/v2/friends/(\\d+)/accept");
  private static final Pattern SHARING = Pattern.compile("/api/v2/sharings/(\\d+)");
  private static final List<String> SETTINGS =
      List.of(
          "allowSync",
          "allowCameraUpload",
          "allowChannels",
          "filterMovies",
          "filterTelevision",
          "filterMusic");
  private static final LibrarySection MOVIES =
      new LibrarySection().id(1001L).key(1).title("Movies").type("movie");
  private static final LibrarySection SHOWS =
      new LibrarySection().id(1002L).key(2).title("TV Shows").type("show");
  private static final Pattern SERVER = Pattern.compile("/api/v2/servers/([^/]+)");
  private static final Pattern SWITCH = Pattern.compile("/api/v2/home/users/([^/]+)/switch");

  private final FakeState state;
  private final ProviderRoutes providers;
  private final LegacyShareRoutes legacyShares;
  private final RequestLog log;
  private final FaultPlan faults;

  /**
   * A responder over {@code state}, answering the provider hosts' calls from {@code providers},
   * recording every request in {@code log} and playing the faults of {@code faults} first.
   */
  public PlexTvResponder(
      FakeState state, ProviderRoutes providers, RequestLog log, FaultPlan faults) {
    this.state = state;
    this.providers = providers;
    this.legacyShares = new LegacyShareRoutes(state);
    this.log = log;
    this.faults = faults;
  }

  @Override
  public String getName() {
    return "fake-plex-tv";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String method = request.getMethod().getName();
    String path = withoutHostPrefix(URI.create(request.getUrl()).getPath());
    ServedRequests.record(method, path);
    log.record(request, method, path);
    io.github.plexapi.testkit.FakeFault fault = faults.take(method, path);
    if (fault == null) {
      return normalAnswer(method, path, request);
    }
    ResponseDefinition faulty = FaultPlan.answer(fault);
    return faulty != null
        ? faulty
        : FaultPlan.delayed(normalAnswer(method, path, request), fault.delay());
  }

  private ResponseDefinition normalAnswer(String method, String path, Request request) {
    if (request.getHeader("X-Plex-Client-Identifier") == null) {
      return error(400, 1000, "X-Plex-Client-Identifier is missing");
    }
    ResponseDefinition open = openEndpoint(method, path, request);
    if (open != null) {
      return open;
    }
    if (!state.isValidToken(request.getHeader("X-Plex-Token"))) {
      return error(401, 1001, "User could not be authenticated");
    }
    return authorizedEndpoint(method, path, request);
  }

  /**
   * The path without a leading plex.tv host name: {@code /sonos.plex.tv/resources} is
   * sonos.plex.tv's {@code /resources}, so each host can be given its own prefix where two hosts
   * share a path.
   */
  static String withoutHostPrefix(String path) {
    int end = path.indexOf('/', 1);
    String first = end < 0 ? "" : path.substring(1, end);
    return first.endsWith("plex.tv") ? path.substring(end) : path;
  }

  private ResponseDefinition openEndpoint(String method, String path, Request request) {
    Matcher pin = PIN.matcher(path);
    if (method.equals("POST") && path.equals("/api/v2/users/signin")) {
      Map<String, List<String>> form = form(request);
      if (!state.checkPassword(first(form, "login"), first(form, "password"))) {
        return error(401, 1001, "User could not be authenticated");
      }
      return json(201, state.user());
    }
    if (method.equals("POST") && path.equals("/api/v2/pins")) {
      String strong = query(request, "strong");
      return json(201, pinModel(state.createPin("true".equals(strong))));
    }
    if (method.equals("GET") && pin.matches()) {
      PinState found = state.pin(Long.parseLong(pin.group(1)));
      return found == null
          ? error(404, 1020, "Code not found or expired")
          : json(200, pinModel(found));
    }
    if (method.equals("GET") && path.equals("/:/ip")) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "text/plain")
          .withBody("127.0.0.1")
          .build();
    }
    return null;
  }

  private ResponseDefinition authorizedEndpoint(String method, String path, Request request) {
    Matcher device = DEVICE.matcher(path);
    switch (method + " " + path) {
      case "GET /api/v2/user":
        return json(200, state.user(request.getHeader("X-Plex-Token")));
      case "POST /api/home/users":
        String title = query(request, "title");
        String invited = query(request, "invitedEmail");
        FakeState.HomeMember created =
            state.addHomeUser(title != null ? title : String.valueOf(invited), null);
        return xml(
            "<User id=\""
                + created.id()
                + "\" uuid=\""
                + created.uuid()
                + "\" title=\""
                + created.title()
                + "\" restricted=\""
                + (title != null ? 1 : 0)
                + "\" admin=\"0\"/>");
      case "GET /api/v2/home/users":
        List<HomeUser> users =
            new ArrayList<>(
                List.of(
                    new HomeUser()
                        .id(4242L)
                        .uuid("fake0uuid0001")
                        .title(state.user().getTitle())
                        .admin(true)));
        state
            .homeMembers()
            .forEach(
                m ->
                    users.add(
                        new HomeUser()
                            .id(m.id())
                            .uuid(m.uuid())
                            .title(m.title())
                            .restricted(true)
                            ._protected(m.pin() != null)));
        return json(200, new Home().id(1L).name("Fake Home").users(users));
      case "DELETE /api/v2/users/signout":
        state.signOut(request.getHeader("X-Plex-Token"));
        return empty(204);
      case "GET /api/v2/ping":
        return json(200, new Pong().pong(true));
      case "GET /api/v2/resources":
        return json(200, state.resources());
      case "GET /devices.xml":
        return xml(state.devicesXml());
      case "GET /api/claim/token.json":
        return json(200, new ClaimToken().token("claim-" + state.newId()));
      case "GET /api/v2/user/webhooks":
        return json(200, state.webhooks().stream().map(u -> new Webhook().url(u)).toList());
      case "POST /api/v2/user/webhooks":
        Map<String, List<String>> form = form(request);
        state.setWebhooks(form.getOrDefault("urls[]", List.of()));
        return empty(201);
      case "GET /api/v2/user/privacy":
        return json(
            200,
            new Privacy()
                .optOutPlayback(state.optOutPlayback())
                .optOutLibraryStats(state.optOutLibraryStats()));
      case "PUT /api/v2/user/privacy":
        Map<String, List<String>> privacy = form(request);
        state.setPrivacy(first(privacy, "optOutPlayback"), first(privacy, "optOutLibraryStats"));
        return empty(204);
      case "GET /api/v2/geoip":
        return json(
            200,
            new GeoLocation()
                .code("XX")
                .country("Loopback")
                .city("Localhost")
                .timeZone("UTC")
                .europeanUnionMember(false)
                .inPrivacyRestrictedCountry(false));
      case "GET /api/v2/friends":
        return json(
            200, state.friends(query(request, "status")).stream().map(this::friend).toList());
      case "POST /api/v2/friends/invite":
        return json(201, friend(state.invite(query(request, "identifier"))));
      case "POST /api/v2/shared_servers":
        ShareServerRequest share =
            JSON.deserialize(request.getBodyAsString(), ShareServerRequest.class);
        state.share(
            new FakeState.Share(
                share.getMachineIdentifier(),
                share.getLibrarySectionIds(),
                share.getInvitedEmail(),
                share.getInvitedId()));
        return json(
            201,
            new SharedServer().id(state.newId()).machineIdentifier(share.getMachineIdentifier()));
      case "PUT /api/v2/pins/link":
        return state.link(first(form(request), "code"))
            ? empty(204)
            : error(404, 1020, "Code not found or expired");
      default:
        Matcher switched = SWITCH.matcher(path);
        if (method.equals("POST") && switched.matches()) {
          FakeState.HomeMember member = state.member(switched.group(1));
          if (member == null) {
            return error(404, 1002, "Not found");
          }
          if (member.pin() != null && !member.pin().equals(query(request, "pin"))) {
            return error(403, 1041, "Invalid PIN");
          }
          return json(201, state.user(member.token()));
        }
        Matcher accept = ACCEPT.matcher(path);
        Matcher sharing = SHARING.matcher(path);
        Matcher server = SERVER.matcher(path);
        if (method.equals("POST") && accept.matches()) {
          FakeState.FriendState accepted = state.accept(Long.parseLong(accept.group(1)));
          return accepted == null ? error(404, 1002, "Not found") : json(200, friend(accepted));
        }
        if (sharing.matches() && (method.equals("DELETE") || method.equals("PUT"))) {
          boolean known =
              state.friends(null).stream()
                  .anyMatch(f -> f.id() == Long.parseLong(sharing.group(1)));
          if (method.equals("DELETE") && known) {
            state.removeFriend(Long.parseLong(sharing.group(1)));
          }
          if (method.equals("PUT") && known) {
            for (String setting : SETTINGS) {
              String value = query(request, setting);
              if (value != null) {
                state.setFriendSetting(Long.parseLong(sharing.group(1)), setting, value);
              }
            }
          }
          return known ? empty(204) : error(404, 1002, "Not found");
        }
        if (method.equals("GET") && server.matches()) {
          return json(
              200,
              new ServerSections()
                  .machineIdentifier(server.group(1))
                  .librarySections(List.of(MOVIES, SHOWS)));
        }
        if (method.equals("DELETE") && device.matches()) {
          return state.deleteDevice(Long.parseLong(device.group(1)))
              ? empty(200)
              : error(404, 1002, "Not found");
        }
        ResponseDefinition provided = providers.answer(method, path, request);
        if (provided == null) {
          provided = legacyShares.answer(method, path, request);
        }
        return provided != null ? provided : error(404, 1002, "Not found");
    }
  }

  /** A friend as plex.tv lists it, with its sharing settings and server shares. */
  private Friend friend(FakeState.FriendState f) {
    SharingSettings settings = sharingSettings(state.friendSettings(f.id()));
    List<SharedServer> servers = new ArrayList<>();
    for (FakeState.Share share : state.sharesOf(f)) {
      servers.add(
          new SharedServer()
              .id(share.id()) // the id the legacy shared_servers paths take
              .name(state.serverName(share.machineIdentifier()))
              .machineIdentifier(share.machineIdentifier())
              .invitedId(f.id())
              .invitedEmail(f.email())
              .accepted(f.status().equals("accepted"))
              .allLibraries(false)
              .numLibraries(share.sectionIds().size())
              .sharingSettings(settings)
              .libraries(share.sectionIds().stream().map(PlexTvResponder::section).toList()));
    }
    return new Friend()
        .id(f.id())
        .title(f.title())
        .username(f.email() == null ? f.title() : null)
        .email(f.email())
        .status(f.status().startsWith("pending") ? "pending" : f.status())
        .home(false)
        .restricted(false)
        .sharingSettings(settings)
        .sharedServers(servers);
  }

  /** plex.tv's sharing settings from the raw values it holds (filters in their encoded form). */
  private static SharingSettings sharingSettings(Map<String, String> raw) {
    return new SharingSettings()
        .allowSync(flag(raw.get("allowSync")))
        .allowCameraUpload(flag(raw.get("allowCameraUpload")))
        .allowChannels(flag(raw.get("allowChannels")))
        .filterMovies(raw.get("filterMovies"))
        .filterTelevision(raw.get("filterTelevision"))
        .filterMusic(raw.get("filterMusic"))
        .filterPhotos(raw.get("filterPhotos"))
        .filterAll(raw.get("filterAll"));
  }

  private static Boolean flag(String value) {
    return value == null ? null : value.equals("1") || value.equals("true");
  }

  private static LibrarySection section(long id) {
    return id == MOVIES.getId()
        ? MOVIES
        : id == SHOWS.getId() ? SHOWS : new LibrarySection().id(id);
  }

  private Pin pinModel(PinState pin) {
    boolean approved = pin.approvedAt(Instant.now());
    return new Pin()
        .id(pin.id)
        .code(pin.code)
        .product("0")
        .trusted(false)
        .clientIdentifier("fake")
        .expiresIn(pin.strong ? 1800 : 900)
        .createdAt(pin.createdAt.toString())
        .expiresAt(pin.createdAt.plusSeconds(pin.strong ? 1800 : 900).toString())
        .authToken(approved ? pin.token : null)
        .newRegistration(approved ? false : null);
  }

  private static Map<String, List<String>> form(Request request) {
    return UrlEncoded.parse(request.getBodyAsString());
  }

  private static String first(Map<String, List<String>> form, String key) {
    List<String> values = form.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
