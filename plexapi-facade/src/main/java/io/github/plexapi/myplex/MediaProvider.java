package io.github.plexapi.myplex;

/**
 * A media provider the account can use ({@link MyPlexAccount#mediaProviders}), with its own token:
 * a secret, never in {@link #toString()} or a message. Immutable.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MediaProvider {
  private final io.github.plexapi.generated.model.MediaProvider model;

  MediaProvider(io.github.plexapi.generated.model.MediaProvider model) {
    this.model = model;
  }

  /** The identifier, e.g. {@code tv.plex.provider.vod}. */
  public String getIdentifier() {
    return model.getIdentifier();
  }

  /** Its base URL, or null. */
  public String getBaseUrl() {
    return model.getBaseURL();
  }

  /** The title, or null. */
  public String getTitle() {
    return model.getTitle();
  }

  /** The icon URL, or null. */
  public String getIcon() {
    return model.getIcon();
  }

  /** Who offers it, or null. */
  public String getSourceTitle() {
    return model.getSourceTitle();
  }

  /** The provider's token for this account (a secret), or null. */
  public String getToken() {
    return model.getToken();
  }

  @Override
  public String toString() {
    return "MediaProvider{" + getIdentifier() + ", " + getTitle() + " at " + getBaseUrl() + "}";
  }
}
