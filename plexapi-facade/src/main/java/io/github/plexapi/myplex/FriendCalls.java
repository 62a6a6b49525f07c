package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Friends and invitations: the legacy user list, the friends list, inviting and accepting. */
final class FriendCalls {
  private final PlexSession session;
  private final SharingCalls sharing;

  FriendCalls(PlexSession session, SharingCalls sharing) {
    this.session = session;
    this.sharing = sharing;
  }

  List<MyPlexUser> users() {
    return list(session.authorized(() -> session.apis().friends().getUsers()).getUsers()).stream()
        .map(MyPlexUser::new)
        .toList();
  }

  MyPlexUser user(String key) {
    Require.text("key", key);
    return users().stream()
        .filter(u -> u.matches(key.trim()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no user " + key, 0, null));
  }

  List<MyPlexFriend> friends(FriendStatus status) {
    Require.present("status", status);
    return list(
            session.authorized(
                () -> session.apis().friends().getFriends(status.value(), true, true, true)))
        .stream()
        .map(MyPlexFriend::new)
        .toList();
  }

  MyPlexFriend inviteFriend(
      String user, MyPlexResource server, List<?> sections, SharingSettings settings) {
    Require.text("user", user);
    List<Long> sectionIds = server == null ? List.of() : sharing.sectionIds(server, sections);
    Friend invited = session.authorized(() -> session.apis().friends().inviteFriend(user.trim()));
    if (server != null) {
      boolean byEmail = user.contains("@");
      sharing.shareServer(
          byEmail ? null : invited.getId(),
          byEmail ? user.trim() : null,
          server,
          sectionIds,
          settings);
    }
    return new MyPlexFriend(invited);
  }

  /**
   * The invitation sent to or received from {@code username} (matched, ignoring case, against the
   * e-mail address, username and title).
   *
   * @throws NotFoundException if there is none
   */
  MyPlexFriend pendingInvite(String username, boolean includeSent, boolean includeReceived) {
    Require.text("username", username);
    String wanted = username.trim().toLowerCase(Locale.ROOT);
    List<MyPlexFriend> invites = new ArrayList<>();
    if (includeSent) {
      invites.addAll(friends(FriendStatus.PENDING_SENT));
    }
    if (includeReceived) {
      invites.addAll(friends(FriendStatus.PENDING_RECEIVED));
    }
    return invites.stream()
        .filter(
            i ->
                Stream.of(i.getEmail(), i.getUsername(), i.getTitle())
                    .anyMatch(n -> n != null && n.toLowerCase(Locale.ROOT).equals(wanted)))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no pending invitation of " + username, 0, null));
  }

  MyPlexFriend acceptInvite(MyPlexFriend invite) {
    long id = SharingCalls.idOf(invite);
    return new MyPlexFriend(session.authorized(() -> session.apis().friends().acceptFriend(id)));
  }
}
