package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.connect.Probe;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The connects of resources, devices and {@link PlexServer#connect(String, String)}: races the
 * candidates over a session's transport and wraps the winner.
 */
final class ServerConnector {
  private ServerConnector() {}

  /**
   * Connects to the media server {@code machineId} (null: any) with its own {@code token}.
   *
   * @param ownsSession whether the server is to close {@code session} when it is closed
   */
  static CompletableFuture<PlexServer> server(
      PlexSession session,
      List<Candidate> candidates,
      String token,
      String machineId,
      ConnectOptions options,
      boolean ownsSession) {
    return race(
        session,
        Probe.SERVER,
        candidates,
        token,
        machineId,
        options,
        c -> new PlexServer(c, session, token, ownsSession, c.won().candidate().connection()));
  }

  /** Connects to the player {@code machineId} with the resource's own {@code token}. */
  static CompletableFuture<PlexClient> player(
      PlexSession session,
      List<Candidate> candidates,
      String token,
      String machineId,
      ConnectOptions options) {
    return race(
        session,
        Probe.PLAYER,
        candidates,
        token,
        machineId,
        options,
        c -> new PlexClient(c, session, c.won().candidate().connection()));
  }

  /** Races {@code candidates} and wraps the winner; cancelling the result stops the race. */
  private static <T, R> CompletableFuture<R> race(
      PlexSession session,
      Probe<T> probe,
      List<Candidate> candidates,
      String token,
      String machineId,
      ConnectOptions options,
      Function<Connector.Connected<T>, R> wrap) {
    Duration deadline = options.timeout() != null ? options.timeout() : session.options().timeout();
    Duration window =
        options.preferenceWindow() != null
            ? options.preferenceWindow()
            : session.options().connectPreferenceWindow();
    CompletableFuture<Connector.Connected<T>> race =
        Connector.connect(
            session.transport(), probe, candidates, token, machineId, deadline, window);
    CompletableFuture<R> wrapped = race.thenApply(wrap);
    Futures.propagateCancel(wrapped, race);
    return wrapped;
  }
}
