package io.github.plexapi.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line tool's arguments, checked before anything starts: options, the command and its
 * operands. A problem is an {@link IllegalArgumentException} whose message is for the user.
 */
record CliArguments(
    boolean fake,
    boolean verbose,
    boolean help,
    String baseUrl,
    Path config,
    String command,
    List<String> operands) {

  private static final Set<String> COMMANDS =
      Set.of("login", "account", "servers", "connect", "webhooks");

  /** Where saved credentials live by default, under {@code home}. */
  static Path defaultConfig(String home) {
    return Path.of(home, ".config", "plexapi-java", "credentials.properties");
  }

  /**
   * Parses {@code args}; {@code --config} (or {@code PLEXAPI_CONFIG}) is made absolute against the
   * working directory, the caller's.
   *
   * @throws IllegalArgumentException for an unknown option or command, or a missing operand
   */
  static CliArguments parse(String[] args, Map<String, String> env) {
    boolean fake = false;
    boolean verbose = false;
    String baseUrl = null;
    String config = env.get("PLEXAPI_CONFIG");
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return new CliArguments(false, false, true, null, null, null, List.of());
        }
        case "--fake" -> fake = true;
        case "--verbose" -> verbose = true;
        case "--config" -> config = value(args, ++i, "--config FILE");
        case "--base-url" -> baseUrl = value(args, ++i, "--base-url URL");
        default -> {
          if (arg.startsWith("-") && rest.isEmpty()) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
          }
          rest.add(arg);
        }
      }
    }
    if (fake && baseUrl != null) {
      throw new IllegalArgumentException("--fake and --base-url exclude each other");
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("no command given");
    }
    String command = rest.get(0);
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("unknown command '" + command + "'");
    }
    List<String> operands = List.copyOf(rest.subList(1, rest.size()));
    checkOperands(command, operands);
    Path configPath =
        config != null
            ? Path.of(config).toAbsolutePath().normalize()
            : env.get("HOME") != null ? defaultConfig(env.get("HOME")) : null;
    return new CliArguments(fake, verbose, false, baseUrl, configPath, command, operands);
  }

  private static void checkOperands(String command, List<String> operands) {
    int count = operands.size();
    boolean ok =
        switch (command) {
          case "connect" -> count == 1;
          case "webhooks" ->
              count == 0 || count == 2 && Set.of("add", "delete").contains(operands.get(0));
          default -> count == 0;
        };
    if (!ok) {
      throw new IllegalArgumentException(
          switch (command) {
            case "connect" -> "usage: plex connect NAME";
            case "webhooks" -> "usage: plex webhooks [add URL | delete URL]";
            default -> "usage: plex " + command + " (no arguments)";
          });
    }
  }

  private static String value(String[] args, int index, String usage) {
    if (index >= args.length) {
      throw new IllegalArgumentException("missing value: " + usage);
    }
    return args[index];
  }
}
