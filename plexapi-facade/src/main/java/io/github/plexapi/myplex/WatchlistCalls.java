package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.paging.WatchlistPages;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.List;
import java.util.stream.Stream;

/** The watchlist on discover.provider.plex.tv, read lazily a page at a time. */
final class WatchlistCalls {
  private static final int PAGE_SIZE = 50;

  private final PlexSession session;

  WatchlistCalls(PlexSession session) {
    this.session = session;
  }

  Stream<WatchlistItem> watchlist(String filter, String sort, Integer type, Integer max) {
    if (filter == null || !List.of("all", "available", "released").contains(filter)) {
      throw new IllegalArgumentException("filter must be all, available or released");
    }
    if (max != null && max < 0) {
      throw new IllegalArgumentException("max must not be negative");
    }
    session.requireToken();
    Stream<WatchlistItem> all =
        WatchlistPages.stream(
            start ->
                session
                    .authorized(
                        () ->
                            session
                                .apis()
                                .watchlist()
                                .getWatchlist(filter, sort, type, start, PAGE_SIZE))
                    .getMediaContainer(),
            PAGE_SIZE);
    return max == null ? all : all.limit(max);
  }

  void addToWatchlist(String ratingKey) {
    Require.text("ratingKey", ratingKey);
    session.authorizedRun(() -> session.apis().watchlist().addToWatchlist(ratingKey));
  }

  void removeFromWatchlist(String ratingKey) {
    Require.text("ratingKey", ratingKey);
    session.authorizedRun(() -> session.apis().watchlist().removeFromWatchlist(ratingKey));
  }
}
