package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.Player;
import io.github.plexapi.generated.model.ServerIdentity;
import io.github.plexapi.myplex.internal.connect.Candidate;
import io.github.plexapi.myplex.internal.connect.Connector;
import io.github.plexapi.myplex.internal.connect.Futures;
import io.github.plexapi.myplex.internal.connect.Probe;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    CompletableFuture<Connector.Connected<ServerIdentity>> race =
        race(session, Probe.SERVER, candidates, token, machineId, options);
    CompletableFuture<PlexServer> server =
        race.thenApply(c -> new PlexServer(c, session, token, ownsSession));
    Futures.propagateCancel(server, race);
    return server;
  }

  /** Connects to the player {@code machineId} with the resource's own {@code token}. */
  static CompletableFuture<PlexClient> player(
      PlexSession session,
      List<Candidate> candidates,
      String token,
      String machineId,
      ConnectOptions options) {
    CompletableFuture<Connector.Connected<Player>> race =
        race(session, Probe.PLAYER, candidates, token, machineId, options);
    CompletableFuture<PlexClient> client = race.thenApply(c -> new PlexClient(c, session));
    Futures.propagateCancel(client, race);
    return client;
  }

  private static <T> CompletableFuture<Connector.Connected<T>> race(
      PlexSession session,
      Probe<T> probe,
      List<Candidate> candidates,
      String token,
      String machineId,
      ConnectOptions options) {
    Duration deadline = options.timeout() != null ? options.timeout() : session.options().timeout();
    return Connector.connect(session.transport(), probe, candidates, token, machineId, deadline);
  }
}
