package io.github.plexapi.myplex;

/**
 * A hub of Plex's free movies and shows ({@link MyPlexAccount#videoOnDemand}). Immutable.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class DiscoverHub {
  private final io.github.plexapi.generated.model.DiscoverHub model;

  DiscoverHub(io.github.plexapi.generated.model.DiscoverHub model) {
    this.model = model;
  }

  /** The title, e.g. {@code Most Popular Movies}. */
  public String getTitle() {
    return model.getTitle();
  }

  /** What it holds, e.g. {@code movie}. */
  public String getType() {
    return model.getType();
  }

  /** Its identifier, e.g. {@code movie.top}, or null. */
  public String getHubIdentifier() {
    return model.getHubIdentifier();
  }

  /** The path of its items on vod.provider.plex.tv, or null. */
  public String getKey() {
    return model.getKey();
  }

  /** How many items it lists (0 when plex.tv does not say). */
  public int getSize() {
    return model.getSize() == null ? 0 : model.getSize();
  }

  /** Whether it holds more items than it lists. */
  public boolean isMore() {
    return Boolean.TRUE.equals(model.getMore());
  }

  /** Its display style, e.g. {@code shelf}, or null. */
  public String getStyle() {
    return model.getStyle();
  }

  /** The generated model (its items are in the additional properties). */
  public io.github.plexapi.generated.model.DiscoverHub getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "DiscoverHub{" + getTitle() + ", " + getType() + ", size=" + getSize() + "}";
  }
}
