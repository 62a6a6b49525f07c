package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions.Location;
import io.github.plexapi.myplex.ResourceConnection;

/**
 * An address a resource or device lists: its https URL (plex.tv's {@code uri}), its plain-http URL,
 * and where it is. Either URL may be null.
 *
 * @param uri the https URL, or null
 * @param httpUri the plain-http URL, or null
 * @param location where the address is
 * @param connection the resource connection it comes from, or null for a device's address
 */
public record Address(
    String uri, String httpUri, Location location, ResourceConnection connection) {
  /** An address that comes from no resource connection (a device's, or a URL's). */
  public Address(String uri, String httpUri, Location location) {
    this(uri, httpUri, location, null);
  }
}
