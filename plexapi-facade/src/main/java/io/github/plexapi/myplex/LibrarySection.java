package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.LegacySection;

/**
 * A library section of a server, as sharing calls name it: {@link #getId()} is the plex.tv-wide id
 * they take (not the section's key on its server).
 *
 * @param id the plex.tv-wide section id
 * @param key the section's key on its server, or null
 * @param title the section's title
 * @param type {@code movie}, {@code show}, {@code artist} or {@code photo}
 */
public record LibrarySection(Long id, Integer key, String title, String type) {
  static LibrarySection of(io.github.plexapi.generated.model.LibrarySection model) {
    return new LibrarySection(model.getId(), model.getKey(), model.getTitle(), model.getType());
  }

  static LibrarySection of(LegacySection model) {
    return new LibrarySection(model.getId(), model.getKey(), model.getTitle(), model.getType());
  }

  /** The plex.tv-wide id. */
  public Long getId() {
    return id;
  }

  /**
   * The section's key on its server (what that server's {@code /library/sections/KEY} takes).
   *
   * @return the key, or null when plex.tv did not send it
   */
  public Integer getKey() {
    return key;
  }

  /** The title. */
  public String getTitle() {
    return title;
  }

  /** The section's type: {@code movie}, {@code show}, {@code artist} or {@code photo}. */
  public String getType() {
    return type;
  }
}
