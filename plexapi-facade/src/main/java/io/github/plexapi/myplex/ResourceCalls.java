package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.SyncList;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The account's resources (servers and players) and devices, and claiming a server. */
final class ResourceCalls {
  private final PlexSession session;

  ResourceCalls(PlexSession session) {
    this.session = session;
  }

  List<MyPlexResource> resources() {
    return list(session.authorized(() -> session.apis().resources().getResources(1, 1, 1))).stream()
        .map(r -> new MyPlexResource(r, session))
        .toList();
  }

  MyPlexResource resource(String nameOrClientId) {
    Require.text("nameOrClientId", nameOrClientId);
    List<MyPlexResource> all = resources();
    return all.stream()
        .filter(r -> nameOrClientId.equals(r.getClientIdentifier()))
        .findFirst()
        .or(
            () ->
                all.stream()
                    .filter(r -> nameOrClientId.equalsIgnoreCase(r.getName()))
                    .min(Comparator.comparing(r -> !r.isOwned())))
        .orElseThrow(() -> new NotFoundException("no resource named " + nameOrClientId, 0, null));
  }

  List<MyPlexDevice> devices() {
    return list(session.authorized(() -> session.apis().devices().getDevices()).getDevices())
        .stream()
        .map(d -> new MyPlexDevice(d, session))
        .toList();
  }

  /**
   * The sync items of the device {@code clientId} (null: this application's own client identifier),
   * whether plex.tv lists them inside {@code <SyncItems>} or directly.
   */
  static List<SyncItem> syncItems(PlexSession session, String clientId) {
    String id = clientId == null ? session.identity().clientIdentifier() : clientId.trim();
    Require.text("clientId", id);
    SyncList sync = session.authorized(() -> session.apis().devices().getSyncItems(id));
    List<io.github.plexapi.generated.model.SyncItem> items = new ArrayList<>();
    if (sync.getSyncItems() != null) {
      items.addAll(list(sync.getSyncItems().getSyncItem()));
    }
    items.addAll(list(sync.getSyncItem()));
    return items.stream().map(SyncItem::new).toList();
  }

  MyPlexDevice device(String name, String clientId) {
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

  String claimToken() {
    return session.authorized(() -> session.apis().resources().getClaimToken()).getToken();
  }
}
