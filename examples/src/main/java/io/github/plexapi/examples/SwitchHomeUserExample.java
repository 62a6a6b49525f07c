package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexHomeUser;
import java.io.PrintStream;

/**
 * Switch home user: lists the Plex Home's users and switches to one by name with its PIN, getting
 * an account that acts as that user with its own token.
 */
public final class SwitchHomeUserExample {
  private SwitchHomeUserExample() {}

  /** Runs against plex.tv: {@code SwitchHomeUserExample Kid 1234} (PIN optional). */
  public static void main(String[] args) {
    run(
        MyPlexAccount.builder().fromEnv().product("plexapi-java example"),
        args[0],
        args.length > 1 ? args[1] : null,
        System.out);
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
