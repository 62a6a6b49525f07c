package io.github.plexapi.myplex;

/**
 * A movie or show on the watchlist ({@link MyPlexAccount#watchlist}).
 *
 * @param ratingKey its key on discover.provider.plex.tv (what add and remove take)
 * @param guid its Plex GUID, or null
 * @param title its title
 * @param type {@code movie} or {@code show}
 * @param year its year, or null
 */
public record WatchlistItem(
    String ratingKey, String guid, String title, String type, Integer year) {}
