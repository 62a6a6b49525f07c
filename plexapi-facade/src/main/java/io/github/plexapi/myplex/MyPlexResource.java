package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.myplex.ConnectOptions.Location;
import io.github.plexapi.myplex.internal.connect.Address;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.CandidatePlanner;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A server or player the account can reach, as {@code api/v2/resources} lists it. Its {@link
 * #getAccessToken()} is the token to present to that resource: never the account token.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MyPlexResource {
  private final Resource model;
  private final PlexSession session;

  MyPlexResource(Resource model, PlexSession session) {
    this.model = model;
    this.session = session;
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

  /**
   * The URLs {@link #connect(ConnectOptions)} would try, best first (python-plexapi's {@code
   * preferred_connections}). Sends nothing.
   */
  public List<String> preferredConnections(ConnectOptions options) {
    Require.present("options", options);
    return candidates(options).stream().map(Candidate::url).toList();
  }

  /**
   * Connects to this server through the best of its addresses, with the default options: see {@link
   * #connectAsync(ConnectOptions)} (one {@code GET /} to each address, all at once).
   *
   * @return the connected server
   * @throws PlexConnectionException if no address answered in time; it lists each and why
   * @throws IllegalStateException if the resource does not provide {@code server}
   */
  public PlexServer connect() {
    return connect(ConnectOptions.defaults());
  }

  /**
   * Connects to this server as {@link #connectAsync(ConnectOptions)} describes, waiting for the
   * result (one {@code GET /} to each address, all at once).
   *
   * @return the connected server
   * @throws PlexConnectionException if no address answered in time; it lists each and why
   * @throws IllegalStateException if the resource does not provide {@code server}
   */
  public PlexServer connect(ConnectOptions options) {
    return Futures.await(connectAsync(options));
  }

  /** {@link #connectAsync(ConnectOptions)} with the default options (one {@code GET /} each). */
  public CompletableFuture<PlexServer> connectAsync() {
    return connectAsync(ConnectOptions.defaults());
  }

  /**
   * Tries every address at once ({@code GET /} with this resource's token) and completes with the
   * highest-priority one that answers as this server: local before remote before relay, https
   * before http, as soon as every better address has failed, is still unable to connect when a
   * worse one has answered, or has not answered within the preference window after it (see {@link
   * ConnectOptions.Builder#preferenceWindow}). Addresses of a resource the account does not own are
   * not tried locally; plain http to a non-local address carries no token unless the options allow
   * it. One deadline covers everything; cancelling the future stops every attempt. Costs one {@code
   * GET /} to each address, all at once, and nothing to plex.tv.
   *
   * @throws IllegalStateException if the resource does not provide {@code server}
   */
  public CompletableFuture<PlexServer> connectAsync(ConnectOptions options) {
    requireProvides("server");
    return ServerConnector.server(
        session, candidates(options), getAccessToken(), getClientIdentifier(), options, false);
  }

  /** Connects to this player ({@code GET /resources} on each address) with the default options. */
  public PlexClient connectClient() {
    return connectClient(ConnectOptions.defaults());
  }

  /**
   * Connects to this player as {@link #connectAsync(ConnectOptions)} connects to a server, with one
   * {@code GET /resources} to each address, all at once.
   *
   * @return the connected player
   * @throws PlexConnectionException if no address answered in time
   * @throws IllegalStateException if the resource does not provide {@code player}
   */
  public PlexClient connectClient(ConnectOptions options) {
    return Futures.await(connectClientAsync(options));
  }

  /**
   * {@link #connectClientAsync(ConnectOptions)} with the default options (no request to plex.tv).
   */
  public CompletableFuture<PlexClient> connectClientAsync() {
    return connectClientAsync(ConnectOptions.defaults());
  }

  /**
   * The asynchronous form of {@link #connectClient(ConnectOptions)}; cancelling stops every
   * attempt.
   */
  public CompletableFuture<PlexClient> connectClientAsync(ConnectOptions options) {
    requireProvides("player");
    return ServerConnector.player(
        session, candidates(options), getAccessToken(), getClientIdentifier(), options);
  }

  private List<Candidate> candidates(ConnectOptions options) {
    Require.present("options", options);
    List<Address> addresses =
        getConnections().stream()
            .map(
                c ->
                    new Address(
                        c.getUri(),
                        c.getHttpUri(),
                        c.isRelay()
                            ? Location.RELAY
                            : c.isLocal() ? Location.LOCAL : Location.REMOTE,
                        c))
            .toList();
    return CandidatePlanner.plan(addresses, isOwned(), options);
  }

  private void requireProvides(String role) {
    if (!provides(role)) {
      throw new IllegalStateException(
          getName() + " does not provide " + role + " (it provides " + getProvides() + ")");
    }
  }

  /** The generated model, for fields this class does not surface. */
  public Resource getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "MyPlexResource{name="
        + getName()
        + ", clientIdentifier="
        + getClientIdentifier()
        + ", provides="
        + getProvides()
        + ", owned="
        + isOwned()
        + "}";
  }
}
