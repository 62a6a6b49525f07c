package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;

/**
 * What a friend may do with what is shared with them: download, camera upload, channels, subtitles,
 * tuners, and a {@link LibraryFilter} per library type. A null setting is left as it is when
 * updating. Immutable; {@link #newBuilder()} derives a variant.
 *
 * <p>A value: building it, parsing it or reading it sends no request.
 */
public final class SharingSettings {
  private final Boolean allowSync;
  private final Boolean allowCameraUpload;
  private final Boolean allowChannels;
  private final Boolean allowSubtitleAdmin;
  private final Integer allowTuners;
  private final LibraryFilter filterMovies;
  private final LibraryFilter filterTelevision;
  private final LibraryFilter filterMusic;
  private final LibraryFilter filterPhotos;
  private final LibraryFilter filterAll;

  private SharingSettings(Builder b) {
    this.allowSync = b.allowSync;
    this.allowCameraUpload = b.allowCameraUpload;
    this.allowChannels = b.allowChannels;
    this.allowSubtitleAdmin = b.allowSubtitleAdmin;
    this.allowTuners = b.allowTuners;
    this.filterMovies = b.filterMovies;
    this.filterTelevision = b.filterTelevision;
    this.filterMusic = b.filterMusic;
    this.filterPhotos = b.filterPhotos;
    this.filterAll = b.filterAll;
  }

  /** A builder with every setting unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder newBuilder() {
    return new Builder()
        .allowSync(allowSync)
        .allowCameraUpload(allowCameraUpload)
        .allowChannels(allowChannels)
        .allowSubtitleAdmin(allowSubtitleAdmin)
        .allowTuners(allowTuners)
        .filterMovies(filterMovies)
        .filterTelevision(filterTelevision)
        .filterMusic(filterMusic)
        .filterPhotos(filterPhotos)
        .filterAll(filterAll);
  }

  static SharingSettings of(io.github.plexapi.generated.model.SharingSettings model) {
    if (model == null) {
      return builder().build();
    }
    return builder()
        .allowSync(model.getAllowSync())
        .allowCameraUpload(model.getAllowCameraUpload())
        .allowChannels(model.getAllowChannels())
        .allowSubtitleAdmin(model.getAllowSubtitleAdmin())
        .allowTuners(model.getAllowTuners())
        .filterMovies(read(model.getFilterMovies()))
        .filterTelevision(read(model.getFilterTelevision()))
        .filterMusic(read(model.getFilterMusic()))
        .filterPhotos(read(model.getFilterPhotos()))
        .filterAll(read(model.getFilterAll()))
        .build();
  }

  /** A filter as plex.tv sent it: null stays null (unset), so an update never sends it. */
  private static LibraryFilter read(String sent) {
    return sent == null ? null : LibraryFilter.parse(sent);
  }

  io.github.plexapi.generated.model.SharingSettings toModel() {
    return new io.github.plexapi.generated.model.SharingSettings()
        .allowSync(allowSync)
        .allowCameraUpload(allowCameraUpload)
        .allowChannels(allowChannels)
        .allowSubtitleAdmin(allowSubtitleAdmin)
        .allowTuners(allowTuners)
        .filterMovies(encoded(filterMovies))
        .filterTelevision(encoded(filterTelevision))
        .filterMusic(encoded(filterMusic))
        .filterPhotos(encoded(filterPhotos))
        .filterAll(encoded(filterAll));
  }

  private static String encoded(LibraryFilter filter) {
    return filter == null ? null : filter.encode();
  }

  /** Whether downloads are allowed (false when unset). */
  public boolean isAllowSync() {
    return isTrue(allowSync);
  }

  /** Whether camera upload is allowed (false when unset). */
  public boolean isAllowCameraUpload() {
    return isTrue(allowCameraUpload);
  }

  /** Whether channels are allowed (false when unset). */
  public boolean isAllowChannels() {
    return isTrue(allowChannels);
  }

  /** Whether subtitle management is allowed (false when unset). */
  public boolean isAllowSubtitleAdmin() {
    return isTrue(allowSubtitleAdmin);
  }

  /** The tuner permission plex.tv stores (0 none), or null when unset. */
  public Integer getAllowTuners() {
    return allowTuners;
  }

  /** The movie filter, or null when unset. */
  public LibraryFilter getFilterMovies() {
    return filterMovies;
  }

  /** The TV filter, or null when unset. */
  public LibraryFilter getFilterTelevision() {
    return filterTelevision;
  }

  /** The music filter, or null when unset. */
  public LibraryFilter getFilterMusic() {
    return filterMusic;
  }

  /** The photo filter, or null when unset. */
  public LibraryFilter getFilterPhotos() {
    return filterPhotos;
  }

  /** The filter over every library type, or null when unset. */
  public LibraryFilter getFilterAll() {
    return filterAll;
  }

  Boolean allowSyncOrNull() {
    return allowSync;
  }

  Boolean allowCameraUploadOrNull() {
    return allowCameraUpload;
  }

  Boolean allowChannelsOrNull() {
    return allowChannels;
  }

  @Override
  public String toString() {
    return "SharingSettings{allowSync="
        + allowSync
        + ", allowCameraUpload="
        + allowCameraUpload
        + ", allowChannels="
        + allowChannels
        + ", allowSubtitleAdmin="
        + allowSubtitleAdmin
        + ", allowTuners="
        + allowTuners
        + ", filterMovies="
        + filterMovies
        + ", filterTelevision="
        + filterTelevision
        + ", filterMusic="
        + filterMusic
        + ", filterPhotos="
        + filterPhotos
        + ", filterAll="
        + filterAll
        + "}";
  }

  /** Builds {@link SharingSettings}. */
  public static final class Builder {
    private Boolean allowSync;
    private Boolean allowCameraUpload;
    private Boolean allowChannels;
    private Boolean allowSubtitleAdmin;
    private Integer allowTuners;
    private LibraryFilter filterMovies;
    private LibraryFilter filterTelevision;
    private LibraryFilter filterMusic;
    private LibraryFilter filterPhotos;
    private LibraryFilter filterAll;

    private Builder() {}

    /** Allows (or forbids) downloads; null leaves it as it is. */
    public Builder allowSync(Boolean allow) {
      this.allowSync = allow;
      return this;
    }

    /** Allows (or forbids) camera upload; null leaves it as it is. */
    public Builder allowCameraUpload(Boolean allow) {
      this.allowCameraUpload = allow;
      return this;
    }

    /** Allows (or forbids) channels; null leaves it as it is. */
    public Builder allowChannels(Boolean allow) {
      this.allowChannels = allow;
      return this;
    }

    /** Allows (or forbids) subtitle management; null leaves it as it is. */
    public Builder allowSubtitleAdmin(Boolean allow) {
      this.allowSubtitleAdmin = allow;
      return this;
    }

    /** The tuner permission (0 none); null leaves it as it is. */
    public Builder allowTuners(Integer tuners) {
      this.allowTuners = tuners;
      return this;
    }

    /** The movie filter; null leaves it as it is, {@link LibraryFilter#NONE} clears it. */
    public Builder filterMovies(LibraryFilter filter) {
      this.filterMovies = filter;
      return this;
    }

    /** The TV filter; null leaves it as it is. */
    public Builder filterTelevision(LibraryFilter filter) {
      this.filterTelevision = filter;
      return this;
    }

    /** The music filter; null leaves it as it is. */
    public Builder filterMusic(LibraryFilter filter) {
      this.filterMusic = filter;
      return this;
    }

    /**
     * The photo filter, sent when a share is created ({@code inviteFriend}, {@code
     * createExistingUser}); {@code updateFriend} sends the movie, TV and music filters only, the
     * ones plex.tv's update takes. Null leaves it as it is.
     */
    public Builder filterPhotos(LibraryFilter filter) {
      this.filterPhotos = filter;
      return this;
    }

    /**
     * The filter over every library type, sent when a share is created, like {@link #filterPhotos}.
     * Null leaves it as it is.
     */
    public Builder filterAll(LibraryFilter filter) {
      this.filterAll = filter;
      return this;
    }

    /** Builds the settings. */
    public SharingSettings build() {
      return new SharingSettings(this);
    }
  }
}
