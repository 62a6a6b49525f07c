package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.SyncLocation;
import io.github.plexapi.generated.model.SyncServer;
import io.github.plexapi.generated.model.SyncStatus;

/**
 * One thing set to sync to a device ({@link MyPlexAccount#syncItems}). Immutable.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class SyncItem {
  private final io.github.plexapi.generated.model.SyncItem model;

  SyncItem(io.github.plexapi.generated.model.SyncItem model) {
    this.model = model;
  }

  /** The sync item's id. */
  public Long getId() {
    return model.getId();
  }

  /** Its version, or null. */
  public Integer getVersion() {
    return model.getVersion();
  }

  /** The title of what it belongs to (the show of a season), or null. */
  public String getRootTitle() {
    return model.getRootTitle();
  }

  /** Its title, or null. */
  public String getTitle() {
    return model.getTitle();
  }

  /** What it syncs, e.g. {@code movie} or {@code season}, or null. */
  public String getMetadataType() {
    return model.getMetadataType();
  }

  /** {@code video}, {@code audio} or {@code photo}, or null. */
  public String getContentType() {
    return model.getContentType();
  }

  /** The machine identifier of the server it syncs from, or null. */
  public String getServerMachineIdentifier() {
    SyncServer server = model.getServer();
    return server == null ? null : server.getMachineIdentifier();
  }

  /** How far the sync got, e.g. {@code complete} or {@code pending}, or null. */
  public String getState() {
    SyncStatus status = model.getStatus();
    return status == null ? null : status.getState();
  }

  /** The library URI of what is synced, or null. */
  public String getLocationUri() {
    SyncLocation location = model.getLocation();
    return location == null ? null : location.getUri();
  }

  /** The generated model, with the status, media settings and policy in full. */
  public io.github.plexapi.generated.model.SyncItem getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "SyncItem{" + getId() + " " + getTitle() + ", " + getState() + "}";
  }
}
