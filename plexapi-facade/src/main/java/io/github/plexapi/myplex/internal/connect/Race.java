package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectAttempt;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Tries every candidate at once and settles on the highest-priority one that answers.
 *
 * <p>The answer is returned as soon as every higher-priority candidate has failed, with two
 * refinements once a lower-priority candidate has answered as the right server. A higher-priority
 * one that started but has not completed its TCP connect within a grace (a tenth of the time so
 * far, at least 5 ms) is given up on (a black-holed address would otherwise hold the result until
 * the deadline). And every higher-priority one still running, connected or not, gets at most the
 * preference window from that first answer to answer itself (a connected but silent server would
 * otherwise hold it just the same); zero means the first right answer wins. The shorter of the two
 * rules applies. One deadline covers everything, bodies included; the moment the result is known,
 * every other call is cancelled and its socket closed.
 *
 * @param <T> what a successful probe reads
 */
public final class Race<T> {
  /** Starts the probe of one candidate; the call must not be started yet. */
  @FunctionalInterface
  public interface Starter {
    Call start(Candidate candidate) throws Exception;
  }

  /**
   * Reads a probe's answer, throwing (with a reason as message) if the candidate is not acceptable.
   */
  @FunctionalInterface
  public interface Reader<T> {
    T read(Candidate candidate, Response response) throws Exception;
  }

  /** The winner, and what became of every address (its report lines are their strings). */
  public record Won<T>(
      Candidate candidate, T value, Duration elapsed, List<ConnectAttempt> attempts) {}

  private static final Object PENDING = null;

  /** The least time a better address gets to connect before a worse one's answer wins. */
  private static final long MIN_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final List<Candidate> candidates;
  private final Duration deadline;
  private final long windowNanos;
  private final UnaryOperator<String> mask;
  private final Object[] outcomes;
  private final boolean[] connected;
  private final long[] startedAt;
  private final Call[] calls;
  private final Map<String, Integer> indexByUrl = new HashMap<>();
  private final CompletableFuture<Won<T>> future = new CompletableFuture<>();
  private final long startNanos = System.nanoTime();
  private long firstAnswerAt;
  private ScheduledFuture<?> timer;

  /**
   * A race over {@code candidates} (best first) that must finish within {@code deadline}, better
   * candidates still running getting {@code preferenceWindow} once a worse one has answered, each
   * candidate's failure text passed through {@code mask} (the transport's redactor) before it goes
   * into the report.
   */
  public Race(
      List<Candidate> candidates,
      Duration deadline,
      Duration preferenceWindow,
      UnaryOperator<String> mask) {
    this.mask = mask;
    this.windowNanos = preferenceWindow.toNanos();
    this.candidates = List.copyOf(candidates);
    this.deadline = deadline;
    this.outcomes = new Object[candidates.size()];
    this.connected = new boolean[candidates.size()];
    this.startedAt = new long[candidates.size()];
    this.calls = new Call[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      indexByUrl.put(candidates.get(i).url(), i);
    }
  }

  /** Tells the race when each candidate's TCP connection is up: install on the racing client. */
  public EventListener.Factory connectionWatcher() {
    return call ->
        new EventListener() {
          @Override
          public void callStart(Call call) {
            markStarted(call);
          }

          @Override
          public void secureConnectStart(Call call) {
            markConnected(call);
          }

          @Override
          public void connectEnd(Call c, InetSocketAddress a, Proxy p, Protocol protocol) {
            markConnected(c);
          }

          @Override
          public void connectionAcquired(Call c, Connection connection) {
            markConnected(c);
          }
        };
  }

  /**
   * Starts every probe at once; the future completes with the winner or a {@link
   * PlexConnectionException}.
   */
  public CompletableFuture<Won<T>> start(Starter starter, Reader<T> reader) {
    if (candidates.isEmpty()) {
      future.completeExceptionally(
          new PlexConnectionException("no address to connect to", List.of(), null));
      return future;
    }
    synchronized (this) {
      timer =
          RaceThreads.timers()
              .schedule(this::deadlinePassed, deadline.toNanos(), TimeUnit.NANOSECONDS);
    }
    future.whenComplete((won, failure) -> cancelEverything());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate candidate = candidates.get(i);
      int index = i;
      try {
        Call call = starter.start(candidate);
        synchronized (this) {
          calls[i] = call;
        }
        call.timeout().timeout(deadline.toNanos(), TimeUnit.NANOSECONDS);
        call.enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                settle(index, mask.apply(failure(e)));
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  settle(index, new Success<>(reader.read(candidate, response)));
                } catch (PlexApiException e) {
                  settle(index, mask.apply(e.getMessage()));
                } catch (Exception e) {
                  settle(index, mask.apply(failure(e)));
                }
              }
            });
      } catch (Exception e) {
        settle(index, mask.apply(failure(e)));
      }
    }
    return future;
  }

  private record Success<T>(T value) {}

  /** An attempt the race ended itself, with why. */
  private record Ended(ConnectAttempt.Outcome outcome, String reason) {
    @Override
    public String toString() {
      return reason;
    }
  }

  private void markConnected(Call call) {
    Integer index = indexOf(call);
    if (index != null) {
      synchronized (this) {
        connected[index] = true;
      }
    }
  }

  private void markStarted(Call call) {
    Integer index = indexOf(call);
    if (index != null) {
      synchronized (this) {
        startedAt[index] = System.nanoTime();
      }
    }
  }

  private Integer indexOf(Call call) {
    String url = call.request().url().toString();
    for (Map.Entry<String, Integer> entry : indexByUrl.entrySet()) {
      if (url.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return null;
  }

  private void settle(int index, Object outcome) {
    decideAfter(
        () -> {
          if (outcomes[index] != PENDING) {
            return false;
          }
          outcomes[index] = outcome;
          if (outcome instanceof Success && firstAnswerAt == 0) {
            firstAnswerAt = System.nanoTime(); // the preference window starts
          }
          return true;
        });
  }

  /** Decides again at {@code nanoTime} (when a better address's grace to connect runs out). */
  private void recheckAt(long nanoTime) {
    long delay = Math.max(0, nanoTime - System.nanoTime());
    RaceThreads.timers().schedule(() -> decideAfter(() -> true), delay, TimeUnit.NANOSECONDS);
  }

  private void deadlinePassed() {
    decideAfter(
        () -> {
          for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == PENDING) {
              outcomes[i] =
                  new Ended(
                      ConnectAttempt.Outcome.TIMED_OUT,
                      "no answer within the deadline of " + deadline.toMillis() + " ms");
            }
          }
          return true;
        });
  }

  /**
   * Applies {@code change} to the outcomes under the lock and decides, unless the race is over or
   * the change says there is nothing new; completes the future outside the lock, since its
   * dependants run in this thread.
   */
  private void decideAfter(BooleanSupplier change) {
    Runnable completion;
    synchronized (this) {
      if (future.isDone() || !change.getAsBoolean()) {
        return;
      }
      completion = decide();
    }
    if (completion != null) {
      completion.run();
    }
  }

  /** Settles what can be settled; returns how to complete the future, or null to keep waiting. */
  @SuppressWarnings("unchecked")
  private Runnable decide() {
    int best = -1;
    for (int i = 0; i < outcomes.length && best < 0; i++) {
      if (outcomes[i] instanceof Success) {
        best = i;
      }
    }
    boolean waiting = false;
    int limit = best >= 0 ? best : outcomes.length;
    long now = System.nanoTime();
    long grace = Math.max(MIN_GRACE_NANOS, (now - startNanos) / 10);
    long windowEnds = firstAnswerAt + windowNanos;
    for (int i = 0; i < limit; i++) {
      if (outcomes[i] != PENDING) {
        continue;
      }
      boolean started = startedAt[i] != 0;
      Ended lost = null;
      if (best >= 0 && !connected[i] && started && now - startedAt[i] >= grace) {
        lost =
            new Ended(
                ConnectAttempt.Outcome.GAVE_UP_CONNECTING,
                "still connecting when " + candidates.get(best).url() + " answered");
      } else if (best >= 0 && now - windowEnds >= 0) {
        lost =
            new Ended(
                ConnectAttempt.Outcome.LOST_TO_WINDOW,
                "lost to the preference window: no answer within "
                    + TimeUnit.NANOSECONDS.toMillis(windowNanos)
                    + " ms of "
                    + candidates.get(best).url()
                    + "'s");
      }
      if (lost != null) {
        outcomes[i] = lost;
        if (calls[i] != null) {
          calls[i].cancel();
        }
      } else {
        waiting = true;
        if (best >= 0) {
          recheckAt(
              !connected[i] && started ? Math.min(startedAt[i] + grace, windowEnds) : windowEnds);
        }
      }
    }
    if (waiting) {
      return null;
    }
    List<ConnectAttempt> attempts = attempts(best);
    if (best >= 0) {
      Won<T> won =
          new Won<>(
              candidates.get(best),
              ((Success<T>) outcomes[best]).value(),
              Duration.ofNanos(System.nanoTime() - startNanos),
              attempts);
      return () -> future.complete(won);
    }
    PlexConnectionException failed =
        new PlexConnectionException(
            "could not connect: all " + candidates.size() + " addresses failed",
            attempts.stream().map(ConnectAttempt::toString).toList(),
            null);
    return () -> future.completeExceptionally(failed);
  }

  private List<ConnectAttempt> attempts(int best) {
    List<ConnectAttempt> attempts = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      Object outcome = outcomes[i];
      ConnectAttempt.Outcome kind;
      String reason;
      if (outcome instanceof Success) {
        kind = ConnectAttempt.Outcome.ANSWERED;
        reason = null;
      } else if (outcome == PENDING) {
        kind = ConnectAttempt.Outcome.ABANDONED;
        reason = "abandoned: a higher-priority address answered";
      } else if (outcome instanceof Ended ended) {
        kind = ended.outcome();
        reason = ended.reason();
      } else {
        kind = ConnectAttempt.Outcome.FAILED;
        reason = outcome.toString();
      }
      Candidate candidate = candidates.get(i);
      attempts.add(
          new ConnectAttempt(
              candidate.url(),
              candidate.location(),
              candidate.sendToken(),
              kind,
              reason,
              i == best));
    }
    return attempts;
  }

  private void cancelEverything() {
    List<Call> toCancel = new ArrayList<>();
    synchronized (this) {
      if (timer != null) {
        timer.cancel(false);
      }
      for (Call call : calls) {
        if (call != null) {
          toCancel.add(call);
        }
      }
    }
    toCancel.forEach(Call::cancel);
  }

  private static String failure(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
