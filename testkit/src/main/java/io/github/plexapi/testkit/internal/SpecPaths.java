package io.github.plexapi.testkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path templates and methods of the spec ({@code plex-tv.yaml}), read from its {@code paths:}
 * section, and which requests match none of them. The spec is hand-written in one layout (paths
 * indented two spaces, their methods four), which is all this reads.
 */
public final class SpecPaths {
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD =
      Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
  private static final Set<String> TOP_LEVEL_END = Set.of("components:", "webhooks:", "tags:");

  private record Operation(String method, Pattern path) {}

  private final List<Operation> operations;

  private SpecPaths(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /** The operations in {@code specYaml}; fails if it has no {@code paths:} section. */
  public static SpecPaths parse(String specYaml) {
    List<Operation> operations = new ArrayList<>();
    boolean inPaths = false;
    Pattern current = null;
    for (String line : specYaml.split("\n")) {
      if (line.equals("paths:")) {
        inPaths = true;
        continue;
      }
      if (inPaths && TOP_LEVEL_END.contains(line.trim()) && !line.startsWith(" ")) {
        break;
      }
      if (!inPaths) {
        continue;
      }
      Matcher path = PATH.matcher(line);
      Matcher method = METHOD.matcher(line);
      if (path.matches()) {
        current = template(path.group(1));
      } else if (method.matches() && current != null) {
        operations.add(new Operation(method.group(1).toUpperCase(Locale.ROOT), current));
      }
    }
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("the spec has no operations under paths:");
    }
    return new SpecPaths(operations);
  }

  /** How many operations the spec has. */
  public int size() {
    return operations.size();
  }

  /** The requests ({@code METHOD /path}) that match no path template and method of the spec. */
  public List<String> unmatched(Collection<String> requests) {
    List<String> unmatched = new ArrayList<>();
    for (String request : requests) {
      String[] parts = request.split(" ", 2);
      boolean known =
          parts.length == 2
              && operations.stream()
                  .anyMatch(
                      o -> o.method().equals(parts[0]) && o.path().matcher(parts[1]).matches());
      if (!known) {
        unmatched.add(request);
      }
    }
    return unmatched;
  }

  private static Pattern template(String path) {
    StringBuilder regex = new StringBuilder();
    Matcher parameter = Pattern.compile("\\{[^}/]+}").matcher(path);
    int last = 0;
    while (parameter.find()) {
      regex.append(Pattern.quote(path.substring(last, parameter.start()))).append("[^/]+");
      last = parameter.end();
    }
    regex.append(Pattern.quote(path.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
