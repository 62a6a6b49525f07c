package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions.Location;
import java.util.Locale;

/**
 * One address to try, in the race's priority order.
 *
 * @param url the base URL, e.g. {@code https://10-0-0-2.abc.plex.direct:32400}
 * @param location where the address is
 * @param sendToken whether the resource's token may be sent to it
 */
public record Candidate(String url, Location location, boolean sendToken) {
  /** {@code url (local)}, or {@code url (remote, no token)}: for failure reports. */
  public String describe() {
    return url
        + " ("
        + location.name().toLowerCase(Locale.ROOT)
        + (sendToken ? "" : ", no token")
        + ")";
  }
}
