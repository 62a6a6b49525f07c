package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;
import java.util.List;

/**
 * A server or player the account can reach, as {@code api/v2/resources} lists it. Its
 * {@link #getAccessToken()} is the token to present to that resource: never the account token.
 */
public final class MyPlexResource {
  private final Resource model;

  MyPlexResource(Resource model) {
    this.model = model;
  }

  /** The resource's name, e.g. the server's friendly name. */
  public String getName() {
    return model.getName();
  }

  /** The resource's unique id (a server's machine identifier). */
  public String getClientIdentifier() {
    return model.getClientIdentifier();
  }

  /** The product, e.g. {@code Plex Media Server}. */
  public String getProduct() {
    return model.getProduct();
  }

  /** The product's version. */
  public String getProductVersion() {
    return model.getProductVersion();
  }

  /** The platform, e.g. {@code Linux}. */
  public String getPlatform() {
    return model.getPlatform();
  }

  /** The platform's version. */
  public String getPlatformVersion() {
    return model.getPlatformVersion();
  }

  /** The device kind, e.g. {@code Docker Container}. */
  public String getDevice() {
    return model.getDevice();
  }

  /** Comma-separated roles, e.g. {@code server} or {@code client,player}. */
  public String getProvides() {
    return model.getProvides();
  }

  /** Whether {@link #getProvides()} lists {@code role} (e.g. {@code server}, {@code player}). */
  public boolean provides(String role) {
    String provides = getProvides();
    return provides != null && List.of(provides.split(",")).contains(role);
  }

  /** Whether the account owns the resource. */
  public boolean isOwned() {
    return isTrue(model.getOwned());
  }

  /** Whether the resource belongs to the account's Plex Home. */
  public boolean isHome() {
    return isTrue(model.getHome());
  }

  /** Whether plex.tv has seen the resource online recently. */
  public boolean isPresence() {
    return isTrue(model.getPresence());
  }

  /** Whether the resource accepts only https connections. */
  public boolean isHttpsRequired() {
    return isTrue(model.getHttpsRequired());
  }

  /** The owner's account id, or null for resources the account owns. */
  public Long getOwnerId() {
    return model.getOwnerId();
  }

  /** The owner's name, or null for resources the account owns. */
  public String getSourceTitle() {
    return model.getSourceTitle();
  }

  /** The resource's public IP address. */
  public String getPublicAddress() {
    return model.getPublicAddress();
  }

  /** The token to present to this resource (a secret); null for some players. */
  public String getAccessToken() {
    return model.getAccessToken();
  }

  /** When the resource was first registered, or null. */
  public Instant getCreatedAt() {
    return PlexTimestamps.toInstant(model.getCreatedAt());
  }

  /** When plex.tv last saw the resource, or null. */
  public Instant getLastSeenAt() {
    return PlexTimestamps.toInstant(model.getLastSeenAt());
  }

  /** The ways to reach the resource, as plex.tv lists them; never null. */
  public List<ResourceConnection> getConnections() {
    return list(model.getConnections()).stream().map(ResourceConnection::new).toList();
  }

  /** The generated model, for fields this class does not surface. */
  public Resource getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "MyPlexResource{name=" + getName() + ", clientIdentifier=" + getClientIdentifier()
        + ", provides=" + getProvides() + ", owned=" + isOwned() + "}";
  }
}
