package io.github.plexapi.myplex;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A verified Plex JWT's claims ({@link MyPlexAccount#verifyJwt}). Holds no token text.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class PlexJwt {
  private final JsonObject claims;

  PlexJwt(JsonObject claims) {
    this.claims = claims;
  }

  /** When the JWT expires. */
  public Instant getExpiresAt() {
    return instant("exp");
  }

  /** When it was issued, or null. */
  public Instant getIssuedAt() {
    return instant("iat");
  }

  /** The device key thumbprint it was issued for, or null. */
  public String getThumbprint() {
    return text("thumbprint");
  }

  /** A claim as text (e.g. {@code username}), or null. */
  public String getClaim(String name) {
    return text(name);
  }

  /** Every claim, as text. */
  public Map<String, String> getClaims() {
    Map<String, String> all = new TreeMap<>();
    for (Map.Entry<String, JsonElement> claim : claims.entrySet()) {
      all.put(
          claim.getKey(),
          claim.getValue().isJsonPrimitive()
              ? claim.getValue().getAsString()
              : claim.getValue().toString());
    }
    return all;
  }

  private String text(String name) {
    JsonElement value = claims.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  private Instant instant(String name) {
    JsonElement value = claims.get(name);
    return value != null && value.isJsonPrimitive()
        ? Instant.ofEpochSecond(value.getAsLong())
        : null;
  }

  @Override
  public String toString() {
    return "PlexJwt{thumbprint=" + getThumbprint() + ", expiresAt=" + getExpiresAt() + "}";
  }
}
