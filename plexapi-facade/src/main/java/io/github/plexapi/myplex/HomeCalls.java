package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.List;

/** The Plex Home: its users, switching to one, and the home PINs. */
final class HomeCalls {
  private final PlexSession session;
  private final SharingCalls sharing;

  HomeCalls(PlexSession session, SharingCalls sharing) {
    this.session = session;
    this.sharing = sharing;
  }

  List<MyPlexHomeUser> homeUsers() {
    return list(session.authorized(() -> session.apis().home().getHome()).getUsers()).stream()
        .map(MyPlexHomeUser::new)
        .toList();
  }

  MyPlexHomeUser createHomeUser(String name) {
    Require.text("name", name);
    return new MyPlexHomeUser(
        session.authorized(() -> session.apis().home().addHomeUser(name.trim(), null)));
  }

  MyPlexHomeUser createExistingUser(String emailOrUsername) {
    Require.text("emailOrUsername", emailOrUsername);
    return new MyPlexHomeUser(
        session.authorized(() -> session.apis().home().addHomeUser(null, emailOrUsername.trim())));
  }

  /**
   * Adds a managed user, then shares {@code sections} of {@code server} (null or empty: all) with
   * it, with {@code settings} (null: plex.tv's defaults).
   */
  MyPlexHomeUser createHomeUser(
      String name, MyPlexResource server, List<?> sections, SharingSettings settings) {
    Require.present("server", server);
    List<?> checked = sharing.sectionIds(server, sections); // before anything is created
    MyPlexHomeUser created = createHomeUser(name);
    sharing.shareServer(homeUserId(created), null, server, checked, settings);
    return created;
  }

  /** Invites an existing account into the home, then shares as {@link #createHomeUser} does. */
  MyPlexHomeUser createExistingUser(
      String emailOrUsername, MyPlexResource server, List<?> sections, SharingSettings settings) {
    Require.present("server", server);
    List<?> checked = sharing.sectionIds(server, sections);
    MyPlexHomeUser created = createExistingUser(emailOrUsername);
    sharing.shareServer(homeUserId(created), null, server, checked, settings);
    return created;
  }

  void removeHomeUser(MyPlexHomeUser user) {
    long id = homeUserId(user);
    session.authorizedRun(() -> session.apis().home().removeHomeUser(id));
  }

  /** A session, not yet loaded, acting as {@code user} with the token plex.tv hands out for it. */
  PlexSession switchHomeUser(MyPlexHomeUser user, String pin) {
    if (user == null || user.getUuid() == null) {
      throw new IllegalArgumentException("a home user with a uuid is required");
    }
    User switched =
        session.authorized(() -> session.apis().home().switchHomeUser(user.getUuid(), pin));
    return session.derive(switched.getAuthToken());
  }

  void setPin(String newPin, String currentPin) {
    requirePin(newPin);
    updateOwnPin(newPin, currentPin);
  }

  void removePin(String currentPin) {
    requirePin(currentPin);
    updateOwnPin("", currentPin);
  }

  void setManagedUserPin(MyPlexHomeUser user, String pin) {
    requirePin(pin);
    long id = homeUserId(user);
    session.authorizedRun(() -> session.apis().home().updateManagedUserPin(id, pin, null));
  }

  void removeManagedUserPin(MyPlexHomeUser user) {
    long id = homeUserId(user);
    session.authorizedRun(() -> session.apis().home().updateManagedUserPin(id, null, 1));
  }

  private void updateOwnPin(String newPin, String currentPin) {
    long id = session.user().getId();
    session.authorizedRun(() -> session.apis().home().updateHomePin(id, newPin, currentPin));
  }

  private static long homeUserId(MyPlexHomeUser user) {
    if (user == null || user.getId() == null) {
      throw new IllegalArgumentException("a home user with an id is required");
    }
    return user.getId();
  }

  private static void requirePin(String pin) {
    if (pin == null || !pin.matches("\\d{4}")) {
      throw new IllegalArgumentException("a home PIN is 4 digits");
    }
  }
}
