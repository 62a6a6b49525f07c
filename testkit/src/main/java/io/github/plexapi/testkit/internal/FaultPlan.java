package io.github.plexapi.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.plexapi.testkit.FakeFault;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults injected into a fake plex.tv, by method and path, and the answers that play them. The
 * first fault that matches a request and has uses left wins.
 */
public final class FaultPlan {
  /** How long a hang lasts at most: far past any test's timeout. */
  static final Duration HANG = Duration.ofMinutes(10);

  private record Entry(String method, String path, FakeFault fault, AtomicInteger left) {
    boolean matches(String requestMethod, String requestPath) {
      boolean pathMatches =
          path.endsWith("*")
              ? requestPath.startsWith(path.substring(0, path.length() - 1))
              : requestPath.equals(path);
      return (method == null || method.equals(requestMethod)) && pathMatches;
    }

    boolean use() {
      return left.get() < 0 || left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  /** Adds {@code fault} for {@code method} (null: any) and {@code path} (a trailing * a prefix). */
  public void add(String method, String path, FakeFault fault) {
    entries.add(
        new Entry(
            method == null ? null : method.toUpperCase(Locale.ROOT),
            path,
            fault,
            new AtomicInteger(fault.count())));
  }

  /** Removes every fault. */
  public void clear() {
    entries.clear();
  }

  /** The fault for this request, used up by one, or null to answer as normal. */
  FakeFault take(String method, String path) {
    for (Entry entry : entries) {
      if (entry.matches(method, path) && entry.use()) {
        return entry.fault();
      }
    }
    return null;
  }

  /** The answer that plays {@code fault}, or null for a delay (then the normal answer, delayed). */
  static ResponseDefinition answer(FakeFault fault) {
    ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition();
    switch (fault.kind()) {
      case HANG -> answer.withStatus(200).withFixedDelay((int) HANG.toMillis());
      case DROP_CONNECTION -> answer.withFault(Fault.CONNECTION_RESET_BY_PEER);
      case STATUS -> {
        if (fault.plexCode() != null) {
          ResponseDefinition error =
              Answers.error(fault.statusCode(), fault.plexCode(), fault.message());
          answer = ResponseDefinitionBuilder.like(error);
        } else {
          answer.withStatus(fault.statusCode());
        }
      }
      case DELAY -> {
        return null;
      }
    }
    if (fault.retryAfterHeader() != null) {
      long seconds = (fault.retryAfterHeader().toMillis() + 999) / 1000;
      answer.withHeader("Retry-After", String.valueOf(seconds));
    }
    if (!fault.delay().isZero() && fault.kind() != FakeFault.Kind.HANG) {
      answer.withFixedDelay((int) fault.delay().toMillis());
    }
    return answer.build();
  }

  /** {@code normal}, answered after {@code delay}. */
  static ResponseDefinition delayed(ResponseDefinition normal, Duration delay) {
    return ResponseDefinitionBuilder.like(normal).withFixedDelay((int) delay.toMillis()).build();
  }
}
