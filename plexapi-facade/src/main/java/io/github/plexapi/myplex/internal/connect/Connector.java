package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import io.github.plexapi.myplex.internal.transport.PlexTransport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/** Runs a connect race for one resource over an account's transport. */
public final class Connector {
  /**
   * The race's winner, and a client for talking to it afterwards: with the resource's token if the
   * winning address may receive it, without otherwise.
   *
   * @param <T> the identity answer
   */
  public record Connected<T>(Race.Won<T> won, PlexApiClient client) {}

  private Connector() {}

  /**
   * Races {@code candidates} with {@code probe}.
   *
   * @param token the resource's own token (never the account token); sent only to candidates that
   *     may receive it
   * @param expectedMachineId the resource's client identifier; a candidate naming another is
   *     refused
   * @param preferenceWindow how long better candidates still running get once a worse one has
   *     answered
   */
  public static <T> CompletableFuture<Connected<T>> connect(
      PlexTransport transport,
      Probe<T> probe,
      List<Candidate> candidates,
      String token,
      String expectedMachineId,
      Duration deadline,
      Duration preferenceWindow) {
    Race<T> race = new Race<>(candidates, deadline, preferenceWindow, transport.redactor()::redact);
    OkHttpClient racing =
        transport.racingClient(race.connectionWatcher(), RaceThreads.dispatcher());
    PlexApiClient withToken = transport.clientFor(racing, token);
    PlexApiClient withoutToken = transport.clientFor(racing, null);
    CompletableFuture<Race.Won<T>> won =
        race.start(
            candidate ->
                probe.start(candidate.sendToken() ? withToken : withoutToken, candidate.url()),
            (candidate, response) -> probe.read(withToken, response, expectedMachineId));
    CompletableFuture<Connected<T>> result =
        won.thenApply(
            w ->
                new Connected<>(
                    w,
                    transport.clientFor(
                        transport.httpClient(), w.candidate().sendToken() ? token : null)));
    Futures.propagateCancel(result, won);
    return result;
  }
}
