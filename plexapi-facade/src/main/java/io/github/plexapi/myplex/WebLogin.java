package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;

/**
 * A pending login: the PIN plex.tv issued and the page where the user approves it. Pass it to
 * {@link MyPlexAccount#webLoginCheck(WebLogin, java.time.Duration)} to wait for the approval.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class WebLogin {
  private final Pin pin;
  private final String uri;
  private final DeviceKey deviceKey;

  WebLogin(Pin pin, String uri) {
    this(pin, uri, null);
  }

  WebLogin(Pin pin, String uri, DeviceKey deviceKey) {
    this.pin = pin;
    this.uri = uri;
    this.deviceKey = deviceKey;
  }

  /** The device key of a JWT PIN, or null. */
  DeviceKey deviceKey() {
    return deviceKey;
  }

  /** The PIN's id, which the login is polled by. */
  public Long getId() {
    return pin.getId();
  }

  /** The code: a long one for the browser page, or 4 characters to type at plex.tv/link. */
  public String getCode() {
    return pin.getCode();
  }

  /** The page the user opens to approve the login. */
  public String getUri() {
    return uri;
  }

  /** When the PIN expires, or null if plex.tv did not say. */
  public Instant getExpiresAt() {
    return PlexTimestamps.toInstant(pin.getExpiresAt());
  }

  @Override
  public String toString() {
    return "WebLogin{id=" + getId() + ", uri=" + uri + "}";
  }
}
