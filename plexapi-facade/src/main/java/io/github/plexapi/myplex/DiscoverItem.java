package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.DiscoverItemMetadata;

/**
 * A movie or show found by {@link MyPlexAccount#searchDiscover}. Immutable.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class DiscoverItem implements DiscoverMetadata {
  private final DiscoverItemMetadata model;

  DiscoverItem(DiscoverItemMetadata model) {
    this.model = model;
  }

  @Override
  public String getRatingKey() {
    return model.getRatingKey();
  }

  @Override
  public String getGuid() {
    return model.getGuid();
  }

  @Override
  public String getType() {
    return model.getType();
  }

  @Override
  public String getTitle() {
    return model.getTitle();
  }

  @Override
  public Integer getYear() {
    return model.getYear();
  }

  @Override
  public String getThumb() {
    return model.getThumb();
  }

  /** The summary, or null. */
  public String getSummary() {
    return model.getSummary();
  }

  /** The content rating, e.g. {@code PG-13}, or null. */
  public String getContentRating() {
    return model.getContentRating();
  }

  /** The length in milliseconds, or null. */
  public Long getDuration() {
    return model.getDuration();
  }

  /** The generated model, for fields this class does not surface. */
  public DiscoverItemMetadata getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "DiscoverItem{"
        + getType()
        + " "
        + getTitle()
        + " ("
        + getYear()
        + "), "
        + getGuid()
        + "}";
  }
}
