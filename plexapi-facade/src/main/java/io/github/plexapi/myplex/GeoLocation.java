package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;

/**
 * Where plex.tv places an IP address ({@link MyPlexAccount#geoip(String)}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class GeoLocation {
  private final io.github.plexapi.generated.model.GeoLocation model;

  GeoLocation(io.github.plexapi.generated.model.GeoLocation model) {
    this.model = model;
  }

  /** The ISO country code, e.g. {@code GB}. */
  public String getCode() {
    return model.getCode();
  }

  /** The continent code, e.g. {@code EU}. */
  public String getContinentCode() {
    return model.getContinentCode();
  }

  /** The country's name. */
  public String getCountry() {
    return model.getCountry();
  }

  /** The city. */
  public String getCity() {
    return model.getCity();
  }

  /** The time zone, e.g. {@code Europe/London}. */
  public String getTimeZone() {
    return model.getTimeZone();
  }

  /** The postal code. */
  public String getPostalCode() {
    return model.getPostalCode();
  }

  /** The subdivisions, e.g. {@code England, Windsor and Maidenhead}. */
  public String getSubdivisions() {
    return model.getSubdivisions();
  }

  /** {@code latitude, longitude}. */
  public String getCoordinates() {
    return model.getCoordinates();
  }

  /** Whether the country is in the European Union. */
  public boolean isEuropeanUnionMember() {
    return isTrue(model.getEuropeanUnionMember());
  }

  /** Whether the country restricts what may be recorded about its users. */
  public boolean isInPrivacyRestrictedCountry() {
    return isTrue(model.getInPrivacyRestrictedCountry());
  }

  /** The generated model, for fields this class does not surface. */
  public io.github.plexapi.generated.model.GeoLocation getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "GeoLocation{" + getCity() + ", " + getCountry() + " (" + getCode() + ")}";
  }
}
