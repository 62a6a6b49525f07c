package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexHomeUser;
import java.io.PrintStream;
import java.util.Map;

/**
 * Switch home user: lists the Plex Home's users and switches to one by name with its PIN, getting
 * an account that acts as that user with its own token.
 */
public final class SwitchHomeUserExample {
  private SwitchHomeUserExample() {}

  /**
   * Runs against plex.tv: {@code SwitchHomeUserExample Kid 1234} (PIN optional); offline with
   * {@code --fake}.
   */
  public static void main(String[] args) {
    System.exit(launch(args, System.getenv(), System.out, System.err));
  }

  /** Runs the example as {@code main} does; returns the exit code instead of exiting. */
  static int launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return ExampleMain.of("SwitchHomeUserExample", "TITLE [PIN]", 1)
        .run(
            args,
            env,
            out,
            err,
            (builder, a, printer) ->
                run(builder, a.get(0), a.size() > 1 ? a.get(1) : null, printer));
  }

  /** Switches to the home user titled {@code title}. */
  public static void run(MyPlexAccount.Builder builder, String title, String pin, PrintStream out) {
    try (MyPlexAccount account = builder.build()) {
      for (MyPlexHomeUser user : account.homeUsers()) {
        out.println("Home user: " + user.getTitle() + (user.isProtected() ? " (PIN)" : ""));
      }
      MyPlexHomeUser user =
          account.homeUsers().stream()
              .filter(u -> title.equalsIgnoreCase(u.getTitle()))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no home user " + title));
      try (MyPlexAccount switched = account.switchHomeUser(user, pin)) {
        out.println(
            "Now acting as " + switched.getTitle() + (switched.isRestricted() ? " (managed)" : ""));
      }
    }
  }
}
