package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;

/**
 * The account's state of a catalogue item ({@link MyPlexAccount#userState}). Immutable.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class DiscoverUserState {
  private final io.github.plexapi.generated.model.DiscoverUserState model;

  DiscoverUserState(io.github.plexapi.generated.model.DiscoverUserState model) {
    this.model = model;
  }

  /** How many times it was watched (0 when plex.tv does not say). */
  public int getViewCount() {
    return model.getViewCount() == null ? 0 : model.getViewCount();
  }

  /** How far into it playback got, in milliseconds, or null. */
  public Long getViewOffset() {
    return model.getViewOffset();
  }

  /** When it was last watched, or null. */
  public Instant getLastViewedAt() {
    return PlexTimestamps.toInstant(model.getLastViewedAt());
  }

  /** plex.tv's word for the state, e.g. {@code complete}, or null. */
  public String getViewState() {
    return model.getViewState();
  }

  /** When it was put on the watchlist, or null when it is not on it. */
  public Instant getWatchlistedAt() {
    return PlexTimestamps.toInstant(model.getWatchlistedAt());
  }

  /** Whether it was watched at least once. */
  public boolean isPlayed() {
    return getViewCount() > 0;
  }

  /** Whether it is on the watchlist. */
  public boolean isOnWatchlist() {
    return model.getWatchlistedAt() != null && model.getWatchlistedAt() > 0;
  }

  /** The generated model. */
  public io.github.plexapi.generated.model.DiscoverUserState getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "DiscoverUserState{viewCount="
        + getViewCount()
        + ", viewState="
        + getViewState()
        + ", onWatchlist="
        + isOnWatchlist()
        + "}";
  }
}
