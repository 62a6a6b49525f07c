package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions.Location;

/**
 * An address a resource or device lists: its https URL (plex.tv's {@code uri}), its plain-http URL,
 * and where it is. Either URL may be null.
 */
public record Address(String uri, String httpUri, Location location) {}
