package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.List;

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
      ShareServerRequest share =
          new ShareServerRequest()
              .machineIdentifier(server.getClientIdentifier())
              .librarySectionIds(sectionIds)
              .settings(settings == null ? null : settings.toModel());
      if (user.contains("@")) {
        share.invitedEmail(user.trim());
      } else {
        share.invitedId(invited.getId());
      }
      session.authorized(() -> session.apis().sharing().shareServer(share));
    }
    return new MyPlexFriend(invited);
  }

  MyPlexFriend acceptInvite(MyPlexFriend invite) {
    long id = SharingCalls.idOf(invite);
    return new MyPlexFriend(session.authorized(() -> session.apis().friends().acceptFriend(id)));
  }
}
