package io.github.plexapi.myplex;

/**
 * A movie or show on the watchlist ({@link MyPlexAccount#watchlist}); also a {@link
 * DiscoverMetadata}, so its user state can be read and changed.
 *
 * @param ratingKey its key on discover.provider.plex.tv (what add and remove take)
 * @param guid its Plex GUID, or null
 * @param title its title
 * @param type {@code movie} or {@code show}
 * @param year its year, or null
 *     <p>A value read from an answer already received: its getters send no request.
 */
public record WatchlistItem(String ratingKey, String guid, String title, String type, Integer year)
    implements DiscoverMetadata {

  @Override
  public String getRatingKey() {
    return ratingKey;
  }

  @Override
  public String getGuid() {
    return guid;
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public String getTitle() {
    return title;
  }

  @Override
  public Integer getYear() {
    return year;
  }

  /** Null: the watchlist answer's poster is not kept. */
  @Override
  public String getThumb() {
    return null;
  }
}
