package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions.Location;
import io.github.plexapi.myplex.ResourceConnection;

/**
 * One address to try, in the race's priority order.
 *
 * @param url the base URL, e.g. {@code https://10-0-0-2.abc.plex.direct:32400}
 * @param location where the address is
 * @param sendToken whether the resource's token may be sent to it
 * @param connection the resource connection the URL comes from, or null for none
 */
public record Candidate(
    String url, Location location, boolean sendToken, ResourceConnection connection) {
  /** A candidate that comes from no resource connection (a device's address, or a known URL). */
  public Candidate(String url, Location location, boolean sendToken) {
    this(url, location, sendToken, null);
  }
}
