package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;

import io.github.plexapi.generated.model.Privacy;

/**
 * Whether the account shares playback and library statistics with Plex ({@link
 * MyPlexAccount#privacy()}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class PrivacySettings {
  private final Privacy model;

  PrivacySettings(Privacy model) {
    this.model = model;
  }

  /** Whether playback statistics are withheld from Plex. */
  public boolean isOptOutPlayback() {
    return isTrue(model.getOptOutPlayback());
  }

  /** Whether library statistics are withheld from Plex. */
  public boolean isOptOutLibraryStats() {
    return isTrue(model.getOptOutLibraryStats());
  }

  /** The generated model, with the analytics events and how each is reported. */
  public Privacy getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "PrivacySettings{optOutPlayback="
        + isOptOutPlayback()
        + ", optOutLibraryStats="
        + isOptOutLibraryStats()
        + "}";
  }
}
