package io.github.plexapi.generated;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which generated API operations test sources call: a call counts only when its receiver is
 * declared as the generated API class that has the operation ({@code HomeApi home; ...
 * home.getHome()}, {@code new HomeApi(c).getHome()}, {@code home::getHome}), so a model getter of
 * the same name ({@code user.getHome()}) does not.
 */
final class OperationCalls {
  private static final Pattern DECLARED = Pattern.compile("\\b(\\w+Api)\\s+(\\w+)\\s*[=;,)]");
  private static final Pattern CHAINED =
      Pattern.compile("new\\s+(\\w+Api)\\((?:[^()]|\\([^()]*\\))*\\)\\s*\\.\\s*(\\w+)\\s*\\(");

  private final Map<String, Set<String>> operationsByApi;

  /** Over the generated API classes {@code apis}, each offering its operations as methods. */
  OperationCalls(List<Class<?>> apis) {
    operationsByApi = new HashMap<>();
    for (Class<?> api : apis) {
      Set<String> names = new HashSet<>();
      for (Method method : api.getDeclaredMethods()) {
        names.add(method.getName());
      }
      operationsByApi.put(api.getSimpleName(), names);
    }
  }

  /** The operations among {@code operationIds} that no source in {@code sources} calls. */
  List<String> uncalled(List<String> operationIds, List<String> sources) {
    Set<String> called = new HashSet<>();
    for (String source : sources) {
      called.addAll(calledIn(source));
    }
    List<String> uncalled = new ArrayList<>();
    for (String id : operationIds) {
      if (!called.contains(id)) {
        uncalled.add(id);
      }
    }
    return uncalled;
  }

  private Set<String> calledIn(String source) {
    Set<String> called = new HashSet<>();
    Map<String, String> apiOfVariable = new HashMap<>();
    Matcher declared = DECLARED.matcher(source);
    while (declared.find()) {
      if (operationsByApi.containsKey(declared.group(1))) {
        apiOfVariable.put(declared.group(2), declared.group(1));
      }
    }
    Matcher chained = CHAINED.matcher(source);
    while (chained.find()) {
      addIfOperation(called, chained.group(1), chained.group(2));
    }
    for (Map.Entry<String, String> variable : apiOfVariable.entrySet()) {
      Matcher calls =
          Pattern.compile("\\b" + Pattern.quote(variable.getKey()) + "\\s*(?:\\.|::)\\s*(\\w+)")
              .matcher(source);
      while (calls.find()) {
        addIfOperation(called, variable.getValue(), calls.group(1));
      }
    }
    return called;
  }

  private void addIfOperation(Set<String> called, String api, String method) {
    String operation = method.endsWith("Call") ? method.substring(0, method.length() - 4) : method;
    Set<String> operations = operationsByApi.get(api);
    if (operations != null && operations.contains(method)) {
      called.add(operation);
    }
  }
}
