package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.blankToNull;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.LegacyUser;
import io.github.plexapi.generated.model.LegacyUserServer;
import java.util.List;

/**
 * A friend or home user as {@code api/users} lists them ({@link MyPlexAccount#users()}).
 *
 * <p>A value read from an answer already received: its getters send no request.
 */
public final class MyPlexUser {
  private final LegacyUser model;

  MyPlexUser(LegacyUser model) {
    this.model = model;
  }

  /** The user's account id. */
  public Long getId() {
    return model.getId();
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

  /** Whether the user is in this account's Plex Home. */
  public boolean isHome() {
    return isTrue(model.getHome());
  }

  /** Whether the user has a home PIN. */
  public boolean isProtected() {
    return isTrue(model.getProtected());
  }

  /** Whether the user is restricted (managed). */
  public boolean isRestricted() {
    return isTrue(model.getRestricted());
  }

  /** The machine identifiers of the servers shared with the user; never null. */
  public List<String> getServerMachineIdentifiers() {
    return list(model.getServers()).stream().map(LegacyUserServer::getMachineIdentifier).toList();
  }

  /**
   * The user's sharing settings as the legacy {@code api/users} list holds them: downloads, camera
   * upload, channels, subtitles, tuners and the five filters (a filter plex.tv sends empty reads as
   * {@link LibraryFilter#NONE}; one it leaves out reads as null).
   */
  public SharingSettings getSharingSettings() {
    return SharingSettings.of(
        new io.github.plexapi.generated.model.SharingSettings()
            .allowSync(model.getAllowSync())
            .allowCameraUpload(model.getAllowCameraUpload())
            .allowChannels(model.getAllowChannels())
            .allowSubtitleAdmin(model.getAllowSubtitleAdmin())
            .allowTuners(model.getAllowTuners())
            .filterMovies(model.getFilterMovies())
            .filterTelevision(model.getFilterTelevision())
            .filterMusic(model.getFilterMusic())
            .filterPhotos(model.getFilterPhotos())
            .filterAll(model.getFilterAll()));
  }

  /** The id of the user's recommendations playlist, or null when plex.tv sends none. */
  public String getRecommendationsPlaylistId() {
    return blankToNull(model.getRecommendationsPlaylistId());
  }

  /** The generated model, with the servers shared with the user. */
  public LegacyUser getModel() {
    return model;
  }

  boolean matches(String key) {
    return key.equalsIgnoreCase(String.valueOf(model.getTitle()))
        || key.equalsIgnoreCase(String.valueOf(getUsername()))
        || key.equalsIgnoreCase(String.valueOf(getEmail()))
        || key.equals(String.valueOf(model.getId()));
  }

  @Override
  public String toString() {
    return "MyPlexUser{id=" + getId() + ", title=" + getTitle() + "}";
  }
}
