package io.github.plexapi.examples;

import io.github.plexapi.myplex.LibraryFilter;
import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexResource;
import io.github.plexapi.myplex.SharingSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Share a library: invites a friend by e-mail and shares one section of a server with them,
 * downloads allowed and movies limited to family ratings; then lists the pending invitations.
 */
public final class ShareLibraryExample {
  private ShareLibraryExample() {}

  /**
   * Runs against plex.tv: {@code ShareLibraryExample "My Server" Movies friend@example.com};
   * offline with {@code --fake}.
   */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("ShareLibraryExample", "SERVER SECTION EMAIL", 3)
        .run(
            args,
            env,
            out,
            err,
            (builder, a, printer) -> run(builder, a.get(0), a.get(1), a.get(2), printer));
  }

  /** Shares section {@code sectionTitle} of {@code serverName} with {@code email}. */
  public static void run(
      MyPlexAccount.Builder builder,
      String serverName,
      String sectionTitle,
      String email,
      PrintStream out) {
    try (MyPlexAccount account = builder.build()) {
      MyPlexResource server = account.resource(serverName);
      SharingSettings settings =
          SharingSettings.builder()
              .allowSync(true)
              .filterMovies(LibraryFilter.builder().contentRating("G", "PG").build())
              .build();
      account.inviteFriend(email, server, List.of(sectionTitle), settings);
      out.println("Invited " + email + " to " + sectionTitle + " on " + server.getName());
      account.pendingInvites(false).forEach(invite -> out.println("Pending: " + invite.getTitle()));
    }
  }
}
