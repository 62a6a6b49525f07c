package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.blankToNull;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;

import io.github.plexapi.generated.model.HomeUser;

/**
 * A user of the account's Plex Home ({@link MyPlexAccount#homeUsers()}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MyPlexHomeUser {
  private final HomeUser model;

  MyPlexHomeUser(HomeUser model) {
    this.model = model;
  }

  /** The user's id. */
  public Long getId() {
    return model.getId();
  }

  /** The user's UUID (what switching takes). */
  public String getUuid() {
    return model.getUuid();
  }

  /** The display title. */
  public String getTitle() {
    return model.getTitle();
  }

  /** The username; null for managed users. */
  public String getUsername() {
    return blankToNull(model.getUsername());
  }

  /** The e-mail address; null for managed users. */
  public String getEmail() {
    return blankToNull(model.getEmail());
  }

  /** The avatar URL. */
  public String getThumb() {
    return model.getThumb();
  }

  /** Whether the user administers the home. */
  public boolean isAdmin() {
    return isTrue(model.getAdmin());
  }

  /** Whether this is the guest user. */
  public boolean isGuest() {
    return isTrue(model.getGuest());
  }

  /** Whether the user is managed (restricted). */
  public boolean isRestricted() {
    return isTrue(model.getRestricted());
  }

  /** Whether the user has a PIN. */
  public boolean isProtected() {
    return isTrue(model.getProtected());
  }

  /** The restriction profile of a managed user, or null. */
  public String getRestrictionProfile() {
    return model.getRestrictionProfile();
  }

  /** The generated model. */
  public HomeUser getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "MyPlexHomeUser{id=" + getId() + ", title=" + getTitle() + "}";
  }
}
