package io.github.plexapi.testkit;

import java.util.List;

/**
 * A server share the fake plex.tv holds, as a value.
 *
 * @param machineIdentifier the shared server's machine identifier
 * @param invitedEmail the invitee's e-mail, or null when shared by id
 * @param invitedId the invitee's id, or null when shared by e-mail only
 * @param sectionIds the shared library sections' ids
 */
public record FakeShare(
    String machineIdentifier, String invitedEmail, Long invitedId, List<Long> sectionIds) {
  /** Copies the section ids. */
  public FakeShare {
    sectionIds = List.copyOf(sectionIds);
  }
}
