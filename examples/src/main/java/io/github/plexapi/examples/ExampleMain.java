package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.testkit.FakePlexTv;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every example's {@code main} shares: {@code --fake} (or {@code PLEXAPI_FAKE=1}) runs it
 * against the offline fake plex.tv, a missing argument prints its usage, no token says in one line
 * what to set, and an error is one line. Exit codes as the command-line tool's: 0 done, 1 plex.tv
 * or network error, 2 usage error, 3 no token.
 */
final class ExampleMain {
  /** The example's body, given an account builder (not yet built) and its arguments. */
  interface Program {
    void run(MyPlexAccount.Builder builder, List<String> args, PrintStream out) throws Exception;
  }

  static final String NO_TOKEN =
      "error: set PLEX_TOKEN (and PLEX_CLIENT_IDENTIFIER) to use your plex.tv account,"
          + " or pass --fake (or set PLEXAPI_FAKE=1) to run against an offline fake";

  private final String usage;
  private final int requiredArguments;
  private boolean needsToken = true;

  private ExampleMain(String name, String arguments, int requiredArguments) {
    this.usage =
        "usage: bin/example " + name + " [--fake]" + (arguments.isEmpty() ? "" : " " + arguments);
    this.requiredArguments = requiredArguments;
  }

  /** An example called {@code name} taking {@code arguments} (as usage shows them). */
  static ExampleMain of(String name, String arguments, int requiredArguments) {
    return new ExampleMain(name, arguments, requiredArguments);
  }

  /** For an example that signs in by itself (browser login): no token needed. */
  ExampleMain withoutToken() {
    needsToken = false;
    return this;
  }

  /** Runs {@code program}; returns the exit code. */
  int run(
      String[] argv, Map<String, String> env, PrintStream out, PrintStream err, Program program) {
    boolean fake = "1".equals(env.get("PLEXAPI_FAKE"));
    List<String> args = new ArrayList<>();
    for (String arg : argv) {
      if (arg.equals("--fake")) {
        fake = true;
      } else if (arg.equals("--help") || arg.equals("-h")) {
        out.println(usage);
        return 2;
      } else {
        args.add(arg);
      }
    }
    if (args.size() < requiredArguments) {
      err.println(usage);
      return 2;
    }
    try {
      if (fake) {
        try (FakePlexTv plexTv = OfflinePlexTv.start()) {
          program.run(OfflinePlexTv.account(plexTv, "plexapi-example-fake"), args, out);
        }
        return 0;
      }
      String token = env.get("PLEX_TOKEN");
      if (needsToken && (token == null || token.isBlank())) {
        err.println(NO_TOKEN);
        return 3;
      }
      program.run(
          MyPlexAccount.builder().product("plexapi-java example").fromEnv(env::get), args, out);
      return 0;
    } catch (PlexApiException | IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return e instanceof IllegalArgumentException ? 2 : 1;
    } catch (Exception e) {
      err.println("error: " + e);
      return 1;
    }
  }
}
