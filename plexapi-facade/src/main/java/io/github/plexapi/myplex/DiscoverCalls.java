package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.DiscoverSearchContainer;
import io.github.plexapi.generated.model.DiscoverSearchResult;
import io.github.plexapi.generated.model.DiscoverSearchResults;
import io.github.plexapi.generated.model.DiscoverUserStateContainer;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plex's catalogue: Discover search, the account's state of an item (played, on the watchlist) and
 * changing it, and the video-on-demand hubs.
 */
final class DiscoverCalls {
  /** The library identifier the metadata provider's scrobbles take. */
  private static final String LIBRARY = "com.plexapp.plugins.library";

  private static final Map<String, String> SEARCH_TYPES = Map.of("movie", "movies", "show", "tv");

  private final PlexSession session;

  DiscoverCalls(PlexSession session) {
    this.session = session;
  }

  List<DiscoverItem> searchDiscover(String query, Integer limit, String libtype, String providers) {
    Require.text("query", query);
    if (limit != null && limit <= 0) {
      throw new IllegalArgumentException("limit must be positive");
    }
    String searchTypes =
        libtype == null ? "movies,tv" : SEARCH_TYPES.get(libtype.toLowerCase(Locale.ROOT));
    if (searchTypes == null) {
      throw new IllegalArgumentException("libtype must be movie, show or null (both)");
    }
    DiscoverSearchContainer found =
        session
            .authorized(
                () ->
                    session
                        .apis()
                        .discover()
                        .searchDiscover(
                            query.trim(),
                            limit == null ? 30 : limit,
                            searchTypes,
                            providers == null ? "discover" : providers,
                            1,
                            1))
            .getMediaContainer();
    List<DiscoverItem> items = new ArrayList<>();
    for (DiscoverSearchResults group : catalogueGroups(found)) {
      for (DiscoverSearchResult result : list(group.getSearchResult())) {
        if (result.getMetadata() != null
            && SEARCH_TYPES.containsKey(String.valueOf(result.getMetadata().getType()))) {
          items.add(new DiscoverItem(result.getMetadata()));
        }
      }
    }
    return items;
  }

  /** The {@code external} group, which holds the catalogue's items; every group if none is. */
  private static List<DiscoverSearchResults> catalogueGroups(DiscoverSearchContainer found) {
    List<DiscoverSearchResults> groups = found == null ? List.of() : list(found.getSearchResults());
    List<DiscoverSearchResults> external =
        groups.stream().filter(g -> "external".equals(g.getId())).toList();
    return external.isEmpty() ? groups : external;
  }

  DiscoverUserState userState(DiscoverMetadata item) {
    String key = metadataKey(item);
    DiscoverUserStateContainer states =
        session.authorized(() -> session.apis().discover().getUserState(key));
    List<io.github.plexapi.generated.model.DiscoverUserState> found = list(states.getUserStates());
    return new DiscoverUserState(
        found.isEmpty() ? new io.github.plexapi.generated.model.DiscoverUserState() : found.get(0));
  }

  void markPlayed(DiscoverMetadata item) {
    String key = metadataKey(item);
    session.authorizedRun(() -> session.apis().discover().markPlayed(key, LIBRARY));
  }

  void markUnplayed(DiscoverMetadata item) {
    String key = metadataKey(item);
    session.authorizedRun(() -> session.apis().discover().markUnplayed(key, LIBRARY));
  }

  List<DiscoverHub> videoOnDemand() {
    return list(
            session.authorized(() -> session.apis().discover().getVideoOnDemandHubs()).getHubs())
        .stream()
        .map(DiscoverHub::new)
        .toList();
  }

  /**
   * The rating key the metadata provider takes: the last path segment of the item's guid.
   *
   * @throws IllegalArgumentException if the item has no guid
   */
  static String metadataKey(DiscoverMetadata item) {
    Require.present("item", item);
    String guid = item.getGuid();
    if (guid == null || guid.isBlank() || guid.endsWith("/")) {
      throw new IllegalArgumentException("the item needs a Plex guid such as plex://movie/<key>");
    }
    return guid.substring(guid.lastIndexOf('/') + 1);
  }
}
