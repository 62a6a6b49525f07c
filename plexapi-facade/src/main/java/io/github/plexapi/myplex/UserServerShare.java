package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.blankToNull;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.LegacySharedServer;
import java.util.List;

/**
 * One user's share of a server the account owns ({@link MyPlexAccount#serverShares(String)}), with
 * the per-server token the owner can use to act as that user on that server.
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class UserServerShare {
  private final LegacySharedServer model;

  UserServerShare(LegacySharedServer model) {
    this.model = model;
  }

  /** The share's id. */
  public Long getId() {
    return model.getId();
  }

  /** The user's account id. */
  public Long getUserId() {
    return model.getUserID();
  }

  /** The user's username; null for a managed user (plex.tv sends an empty one). */
  public String getUsername() {
    return blankToNull(model.getUsername());
  }

  /** The user's e-mail address; null for a managed user. */
  public String getEmail() {
    return blankToNull(model.getEmail());
  }

  /** The user's token for this server (a secret): send it to the server to act as the user. */
  public String getAccessToken() {
    return model.getAccessToken();
  }

  /** The sections of the server shared with the user; never null. */
  public List<LibrarySection> getSections() {
    return list(model.getSections()).stream().map(LibrarySection::of).toList();
  }

  /** The generated model. */
  public LegacySharedServer getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "UserServerShare{user=" + getUsername() + ", sections=" + getSections().size() + "}";
  }
}
