package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.SharedServer;
import java.util.List;

/**
 * A server shared with a friend, and the library sections shared ({@link
 * MyPlexFriend#getSharedServers()}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class ServerShare {
  private final SharedServer model;

  ServerShare(SharedServer model) {
    this.model = model;
  }

  /** The share's id. */
  public Long getId() {
    return model.getId();
  }

  /** The server's name. */
  public String getName() {
    return model.getName();
  }

  /** The server's machine identifier. */
  public String getMachineIdentifier() {
    return model.getMachineIdentifier();
  }

  /** Whether the friend accepted the share. */
  public boolean isAccepted() {
    return isTrue(model.getAccepted());
  }

  /** Whether every library of the server is shared. */
  public boolean isAllLibraries() {
    return isTrue(model.getAllLibraries());
  }

  /** The shared sections; never null. */
  public List<LibrarySection> getSections() {
    return list(model.getLibraries()).stream().map(LibrarySection::of).toList();
  }

  /** The settings of this share. */
  public SharingSettings getSharingSettings() {
    return SharingSettings.of(model.getSharingSettings());
  }

  /** The generated model. */
  public SharedServer getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "ServerShare{"
        + getName()
        + ", sections="
        + getSections().stream().map(LibrarySection::title).toList()
        + "}";
  }
}
