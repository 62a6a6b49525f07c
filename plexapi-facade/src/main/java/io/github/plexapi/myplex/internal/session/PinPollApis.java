package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.myplex.internal.connect.RaceThreads;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import io.github.plexapi.myplex.internal.transport.PlexTransport;
import okhttp3.EventListener;

/**
 * The generated client a session polls PINs with: no retries (polling retries at the next poll),
 * calls on the shared daemon poll dispatcher, no token; and the PIN API over it, for plex.tv and
 * for clients.plex.tv (the JWT PIN flow).
 */
public record PinPollApis(
    PlexApiClient client, AuthenticationApi plexTv, AuthenticationApi clientsHost) {

  /** Builds them over {@code transport}'s HTTP setup. */
  static PinPollApis over(PlexTransport transport) {
    EventListener.Factory noEvents = call -> EventListener.NONE;
    PlexApiClient client =
        transport.clientFor(transport.racingClient(noEvents, RaceThreads.pollDispatcher()), null);
    return new PinPollApis(
        client,
        new AuthenticationApi(client),
        GeneratedApis.onClientsHost(new AuthenticationApi(client)));
  }
}
