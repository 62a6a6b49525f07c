package io.github.plexapi.myplex;

/**
 * The item of a {@link WebhookEvent}: a movie, episode, track or photo. Immutable.
 *
 * <p>A value read from a webhook body already received: parsing it and its getters send no request.
 */
public final class WebhookMetadata {
  private final io.github.plexapi.generated.model.WebhookMetadata model;

  WebhookMetadata(io.github.plexapi.generated.model.WebhookMetadata model) {
    this.model = model;
  }

  /** Its rating key on the server, or null. */
  public String getRatingKey() {
    return model.getRatingKey();
  }

  /** Its Plex GUID, or null. */
  public String getGuid() {
    return model.getGuid();
  }

  /** {@code movie}, {@code episode}, {@code track}, {@code photo} ..., or null. */
  public String getType() {
    return model.getType();
  }

  /** Its title, or null. */
  public String getTitle() {
    return model.getTitle();
  }

  /** The title of its parent (an episode's season, a track's album), or null. */
  public String getParentTitle() {
    return model.getParentTitle();
  }

  /** The title of its grandparent (an episode's show, a track's artist), or null. */
  public String getGrandparentTitle() {
    return model.getGrandparentTitle();
  }

  /** Its number within its parent (an episode's number), or null. */
  public Integer getIndex() {
    return model.getIndex();
  }

  /** Its parent's number (an episode's season), or null. */
  public Integer getParentIndex() {
    return model.getParentIndex();
  }

  /** The library section's type, e.g. {@code show}, or null. */
  public String getLibrarySectionType() {
    return model.getLibrarySectionType();
  }

  /** The library section's title, or null. */
  public String getLibrarySectionTitle() {
    return model.getLibrarySectionTitle();
  }

  /** Its year, or null. */
  public Integer getYear() {
    return model.getYear();
  }

  /** The generated model, with every field the server sent (unknown ones included). */
  public io.github.plexapi.generated.model.WebhookMetadata getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "WebhookMetadata{"
        + getType()
        + " "
        + getTitle()
        + ", ratingKey="
        + getRatingKey()
        + "}";
  }
}
