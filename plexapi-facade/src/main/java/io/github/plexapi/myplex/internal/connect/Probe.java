package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.generated.ApiCallback;
import io.github.plexapi.generated.ApiException;
import io.github.plexapi.generated.api.MediaServerApi;
import io.github.plexapi.generated.model.Player;
import io.github.plexapi.generated.model.PlayerContainer;
import io.github.plexapi.generated.model.ServerIdentity;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.Response;

/**
 * How a candidate is asked who it is: a media server by its root ({@code GET /}), a player by
 * {@code GET /resources}; both name their machine identifier, which must be the resource's.
 *
 * @param <T> the identity answer
 */
public final class Probe<T> {
  /** Probes a Plex Media Server. */
  public static final Probe<ServerIdentity> SERVER =
      new Probe<>(
          api -> call(api::getServerIdentityCall),
          ServerIdentity.class,
          ServerIdentity::getMachineIdentifier);

  /** Probes a Plex player. */
  public static final Probe<Player> PLAYER =
      new Probe<>(
          api -> call(api::getPlayerResourcesCall),
          PlayerContainer.class,
          container -> null); // a player is matched among those listed, in read()

  private final Function<MediaServerApi, Call> start;
  private final Class<?> answer;
  private final Function<Object, String> machineIdentifier;
  private final boolean unwrapPlayer;

  @SuppressWarnings("unchecked")
  private <A> Probe(
      Function<MediaServerApi, Call> start,
      Class<A> answer,
      Function<A, String> machineIdentifier) {
    this.start = start;
    this.answer = answer;
    this.machineIdentifier = value -> machineIdentifier.apply((A) value);
    this.unwrapPlayer = answer == PlayerContainer.class;
  }

  /** The identity call to {@code baseUrl}, not yet started. */
  Call start(PlexApiClient client, String baseUrl) {
    MediaServerApi api = new MediaServerApi(client);
    api.setCustomBaseUrl(baseUrl);
    return start.apply(api);
  }

  /**
   * Reads the answer, refusing a candidate that is not the expected machine (when one is expected).
   * A player's answer may list several players (a Sonos household lists each speaker): the one
   * whose machine identifier is expected is taken, else the first.
   */
  @SuppressWarnings("unchecked")
  T read(PlexApiClient client, Response response, String expectedMachineId) {
    Object value = client.handleResponse(response, answer);
    if (unwrapPlayer) {
      return (T) player((PlayerContainer) value, expectedMachineId, response.code());
    }
    String id = machineIdentifier.apply(value);
    if (expectedMachineId != null && !expectedMachineId.equals(id)) {
      throw differentMachine(id, expectedMachineId, response.code());
    }
    return (T) value;
  }

  private static Player player(PlayerContainer container, String expectedMachineId, int status) {
    List<Player> players = container.getPlayers();
    if (players == null || players.isEmpty()) {
      throw new PlexApiException("the answer lists no player", status);
    }
    if (expectedMachineId == null) {
      return players.get(0);
    }
    return players.stream()
        .filter(p -> expectedMachineId.equals(p.getMachineIdentifier()))
        .findFirst()
        .orElseThrow(
            () ->
                differentMachine(
                    players.stream()
                        .map(Player::getMachineIdentifier)
                        .collect(Collectors.joining(", ")),
                    expectedMachineId,
                    status));
  }

  private static PlexApiException differentMachine(String id, String expected, int status) {
    return new PlexApiException(
        "a different machine answered (machine identifier " + id + ", expected " + expected + ")",
        status);
  }

  private interface CallFactory {
    Call create(ApiCallback<?> callback) throws ApiException;
  }

  private static Call call(CallFactory factory) {
    try {
      return factory.create(null);
    } catch (ApiException e) {
      throw new IllegalStateException("the generated client refused to build the identity call", e);
    }
  }
}
