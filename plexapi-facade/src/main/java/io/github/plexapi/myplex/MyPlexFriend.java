package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.blankToNull;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.myplex.internal.time.PlexTimestamps;
import java.time.Instant;
import java.util.List;

/**
 * A friend, or an invitation sent or received ({@link MyPlexAccount#friends(FriendStatus)}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MyPlexFriend {
  private final Friend model;

  MyPlexFriend(Friend model) {
    this.model = model;
  }

  /** The friend's account id. */
  public Long getId() {
    return model.getId();
  }

  /** The friend's UUID. */
  public String getUuid() {
    return model.getUuid();
  }

  /** The display title. */
  public String getTitle() {
    return model.getTitle();
  }

  /** The username; null for managed home users. */
  public String getUsername() {
    return blankToNull(model.getUsername());
  }

  /** The e-mail address; null for managed home users. */
  public String getEmail() {
    return blankToNull(model.getEmail());
  }

  /** The avatar URL. */
  public String getThumb() {
    return model.getThumb();
  }

  /** Whether the friend is in this account's Plex Home. */
  public boolean isHome() {
    return isTrue(model.getHome());
  }

  /** Whether the friend is a restricted (managed) user. */
  public boolean isRestricted() {
    return isTrue(model.getRestricted());
  }

  /**
   * {@code accepted} or {@code pending}, as plex.tv sends it.
   *
   * @return the raw status, or null; {@link #getFriendStatus()} gives it typed
   */
  public String getStatus() {
    return model.getStatus();
  }

  /**
   * The status as the value {@code friends(FriendStatus)} takes: {@code accepted}, {@code
   * pending_received} and {@code pending_sent} as named, and the bare {@code pending} plex.tv
   * answers an invitation just sent with as {@link FriendStatus#PENDING_SENT}. No request is sent.
   *
   * @return the status, or null when plex.tv sent none or one this version does not know
   */
  public FriendStatus getFriendStatus() {
    return FriendStatus.fromValue(model.getStatus());
  }

  /** When the friendship began, or null. */
  public Instant getFriendshipCreatedAt() {
    return PlexTimestamps.toInstant(model.getFriendshipCreatedAt());
  }

  /** What the friend may do; unset settings when plex.tv sent none. */
  public SharingSettings getSharingSettings() {
    return SharingSettings.of(model.getSharingSettings());
  }

  /** The servers shared with the friend, with their sections; never null. */
  public List<ServerShare> getSharedServers() {
    return list(model.getSharedServers()).stream().map(ServerShare::new).toList();
  }

  /**
   * The restriction preset of a managed friend ({@code little_kid}, {@code older_kid}, {@code
   * teen}), or null.
   */
  public String getRestrictionProfile() {
    return blankToNull(model.getRestrictionProfile());
  }

  /** The generated model. */
  public Friend getModel() {
    return model;
  }

  @Override
  public String toString() {
    return "MyPlexFriend{id=" + getId() + ", title=" + getTitle() + ", status=" + getStatus() + "}";
  }
}
