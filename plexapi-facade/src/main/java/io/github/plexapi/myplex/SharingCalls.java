package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.flag;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.LegacyShareUpdate;
import io.github.plexapi.generated.model.LegacyShareUpdateSharedServer;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What is shared with friends: settings and filters, a server's sections, shares and tokens. */
final class SharingCalls {
  private final PlexSession session;

  SharingCalls(PlexSession session) {
    this.session = session;
  }

  void updateFriend(MyPlexFriend friend, SharingSettings settings) {
    long id = idOf(friend);
    Require.present("settings", settings);
    session.authorizedRun(
        () ->
            session
                .apis()
                .sharing()
                .updateSharing(
                    id,
                    flag(settings.allowSyncOrNull()),
                    flag(settings.allowCameraUploadOrNull()),
                    flag(settings.allowChannelsOrNull()),
                    encoded(settings.getFilterMovies()),
                    encoded(settings.getFilterTelevision()),
                    encoded(settings.getFilterMusic())));
  }

  /**
   * Sets exactly {@code sections} of {@code server} as shared with {@code friend} (an empty list
   * stops the share; null leaves the sections as they are), then {@code settings} (null: none).
   */
  void updateFriend(
      MyPlexFriend friend, MyPlexResource server, List<?> sections, SharingSettings settings) {
    long id = idOf(friend);
    Require.present("server", server);
    if (settings != null) {
      updateFriend(friend, settings);
    }
    if (sections == null) {
      return;
    }
    String machineId = server.getClientIdentifier();
    List<Long> ids = sections.isEmpty() ? List.of() : sectionIds(server, sections);
    Long shareId =
        serverShares(machineId).stream()
            .filter(s -> Objects.equals(s.getUserId(), id))
            .map(UserServerShare::getId)
            .findFirst()
            .orElse(null);
    if (shareId == null) {
      if (!ids.isEmpty()) {
        shareServer(id, null, server, ids, settings);
      }
    } else if (ids.isEmpty()) {
      session.authorizedRun(() -> session.apis().sharing().deleteSharedServer(machineId, shareId));
    } else {
      LegacyShareUpdate update =
          new LegacyShareUpdate()
              .serverId(machineId)
              .sharedServer(new LegacyShareUpdateSharedServer().librarySectionIds(ids));
      session.authorizedRun(
          () -> session.apis().sharing().updateSharedServer(machineId, shareId, update));
    }
  }

  /**
   * Shares {@code sections} of {@code server} (null or empty: all of them) with the account {@code
   * invitedId}, or the address {@code invitedEmail} ({@code POST api/v2/shared_servers}).
   */
  void shareServer(
      Long invitedId,
      String invitedEmail,
      MyPlexResource server,
      List<?> sections,
      SharingSettings settings) {
    ShareServerRequest share =
        new ShareServerRequest()
            .machineIdentifier(server.getClientIdentifier())
            .librarySectionIds(sectionIds(server, sections))
            .settings(settings == null ? null : settings.toModel());
    if (invitedEmail != null) {
      share.invitedEmail(invitedEmail);
    } else {
      share.invitedId(invitedId);
    }
    session.authorized(() -> session.apis().sharing().shareServer(share));
  }

  void removeFriend(MyPlexFriend friend) {
    long id = idOf(friend);
    session.authorizedRun(() -> session.apis().sharing().removeSharing(id));
  }

  List<LibrarySection> sections(MyPlexResource server) {
    Require.present("server", server);
    return list(
            session
                .authorized(
                    () -> session.apis().sharing().getServerSections(server.getClientIdentifier()))
                .getLibrarySections())
        .stream()
        .map(LibrarySection::of)
        .toList();
  }

  List<UserServerShare> serverShares(String machineIdentifier) {
    Require.text("machineIdentifier", machineIdentifier);
    return list(
            session
                .authorized(() -> session.apis().sharing().getSharedServers(machineIdentifier))
                .getSharedServers())
        .stream()
        .map(UserServerShare::new)
        .toList();
  }

  String userServerToken(MyPlexUser user, String machineIdentifier) {
    Require.present("user", user);
    return serverShares(machineIdentifier).stream()
        .filter(s -> Objects.equals(s.getUserId(), user.getId()))
        .map(UserServerShare::getAccessToken)
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    machineIdentifier + " is not shared with " + user.getTitle(), 0, null));
  }

  /** The ids of {@code sections} (sections, ids or titles; null or empty: all of the server's). */
  List<Long> sectionIds(MyPlexResource server, List<?> sections) {
    List<LibrarySection> available = null;
    List<Long> ids = new ArrayList<>();
    if (sections == null || sections.isEmpty()) {
      return sections(server).stream().map(LibrarySection::id).toList();
    }
    for (Object section : sections) {
      if (section instanceof LibrarySection known) {
        ids.add(known.id());
      } else if (section instanceof Number number) {
        ids.add(number.longValue());
      } else if (section instanceof String title) {
        if (available == null) {
          available = sections(server);
        }
        ids.add(
            available.stream()
                .filter(s -> title.equalsIgnoreCase(s.title()))
                .map(LibrarySection::id)
                .findFirst()
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "no section titled " + title + " on " + server.getName(), 0, null)));
      } else {
        throw new IllegalArgumentException(
            "a section is a LibrarySection, an id or a title, not " + section);
      }
    }
    return ids;
  }

  static long idOf(MyPlexFriend friend) {
    if (friend == null || friend.getId() == null) {
      throw new IllegalArgumentException("a friend with an id is required");
    }
    return friend.getId();
  }

  private static String encoded(LibraryFilter filter) {
    return filter == null ? null : filter.encode();
  }
}
