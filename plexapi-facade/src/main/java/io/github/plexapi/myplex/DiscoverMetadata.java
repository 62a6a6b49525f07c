package io.github.plexapi.myplex;

/**
 * A movie or show of Plex's catalogue, as Discover search ({@link DiscoverItem}) and the watchlist
 * ({@link WatchlistItem}) give it: what {@link MyPlexAccount#userState}, {@link
 * MyPlexAccount#markPlayed} and their siblings take. The item is identified by its {@link
 * #getGuid() guid}: the metadata provider's rating key is the last path segment of it.
 */
public interface DiscoverMetadata {
  /** Its rating key on discover.provider.plex.tv, or null. */
  String getRatingKey();

  /** Its Plex GUID, e.g. {@code plex://movie/5d776825880197001ec967c6}, or null. */
  String getGuid();

  /** {@code movie} or {@code show}. */
  String getType();

  /** Its title. */
  String getTitle();

  /** Its year, or null. */
  Integer getYear();

  /** Its poster URL, or null. */
  String getThumb();
}
