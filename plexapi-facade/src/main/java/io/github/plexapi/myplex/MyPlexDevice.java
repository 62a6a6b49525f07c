package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Device;
import io.github.plexapi.generated.model.DeviceConnection;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.CandidatePlanner;
import io.github.plexapi.myplex.internal.connect.DeviceAddresses;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A device registered with the account, as {@code devices.xml} lists it.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MyPlexDevice {
  private final Device model;
  private final PlexSession session;

  MyPlexDevice(Device model, PlexSession session) {
    this.model = model;
    this.session = session;
  }

  /** The device's numeric id. */
  public Long getId() {
    return model.getId();
  }

  /** The device's name. */
  public String getName() {
    return model.getName();
  }

  /** The device's client identifier. */
  public String getClientIdentifier() {
    return model.getClientIdentifier();
  }

  /** The product, e.g. {@code Plex Web}. */
  public String getProduct() {
    return model.getProduct();
  }

  /** The product's version. */
  public String getProductVersion() {
    return model.getProductVersion();
  }

  /** The platform, e.g. {@code Safari}. */
  public String getPlatform() {
    return model.getPlatform();
  }

  /** The platform's version. */
  public String getPlatformVersion() {
    return model.getPlatformVersion();
  }

  /** The device kind, e.g. {@code OSX}. */
  public String getDevice() {
    return model.getDevice();
  }

  /** The device's model name, e.g. {@code hosted} (the XML's {@code model} attribute). */
  public String getModelName() {
    return model.getModel();
  }

  /** The vendor. */
  public String getVendor() {
    return model.getVendor();
  }

  /** The version of the software on the device. */
  public String getVersion() {
    return model.getVersion();
  }

  /** Comma-separated roles; may be empty. */
  public String getProvides() {
    return model.getProvides();
  }

  /** The device's public IP address. */
  public String getPublicAddress() {
    return model.getPublicAddress();
  }

  /** The device's own token (a secret). */
  public String getToken() {
    return model.getToken();
  }

  /** The screen resolutions the device reported. */
  public String getScreenResolution() {
    return model.getScreenResolution();
  }

  /** The screen density the device reported. */
  public String getScreenDensity() {
    return model.getScreenDensity();
  }

  /** When the device was registered, or null. */
  public Instant getCreatedAt() {
    return PlexTimestamps.toInstant(model.getCreatedAt());
  }

  /** When plex.tv last saw the device, or null. */
  public Instant getLastSeenAt() {
    return PlexTimestamps.toInstant(model.getLastSeenAt());
  }

  /** The device's connection URIs; never null. */
  public List<String> getConnections() {
    return list(model.getConnections()).stream()
        .map(DeviceConnection::getUri)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Removes the device from the account ({@code DELETE devices/{id}.xml}); its token stops working.
   *
   * @throws PlexApiException if plex.tv refuses
   */
  public void delete() {
    Long id = getId();
    if (id == null) {
      throw new IllegalArgumentException("the device has no id");
    }
    session.authorizedRun(() -> session.apis().devices().deleteDevice(id));
  }

  /**
   * Connects to this device as a media server through the best of its connection URIs, as {@link
   * MyPlexResource#connectAsync(ConnectOptions)} does, with the device's own token: one {@code GET
   * /} to each URI, all at once, and nothing to plex.tv.
   *
   * @return the connected server
   * @throws PlexConnectionException if no address answered in time
   */
  public PlexServer connect() {
    return connect(ConnectOptions.defaults());
  }

  /**
   * {@link #connect()} with options (one {@code GET /} to each URI).
   *
   * @return the connected server
   * @throws PlexConnectionException if no address answered in time
   */
  public PlexServer connect(ConnectOptions options) {
    return Futures.await(connectAsync(options));
  }

  /** {@link #connectAsync(ConnectOptions)} with the default options (one {@code GET /} each). */
  public CompletableFuture<PlexServer> connectAsync() {
    return connectAsync(ConnectOptions.defaults());
  }

  /**
   * The asynchronous form of {@link #connect(ConnectOptions)} (one {@code GET /} to each URI);
   * cancelling stops every attempt.
   */
  public CompletableFuture<PlexServer> connectAsync(ConnectOptions options) {
    Require.present("options", options);
    List<Candidate> candidates =
        CandidatePlanner.plan(DeviceAddresses.of(getConnections()), true, options);
    return ServerConnector.server(
        session, candidates, getToken(), getClientIdentifier(), options, false);
  }

  /**
   * What is set to sync to this device ({@code GET devices/{clientIdentifier}/sync_items}, XML).
   */
  public List<SyncItem> syncItems() {
    return ResourceCalls.syncItems(session, getClientIdentifier());
  }

  /** The generated model, for fields this class does not surface. */
  public Device getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "MyPlexDevice{name="
        + getName()
        + ", clientIdentifier="
        + getClientIdentifier()
        + ", product="
        + getProduct()
        + "}";
  }
}
