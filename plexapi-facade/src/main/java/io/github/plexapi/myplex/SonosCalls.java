package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.api.MediaServerApi;
import io.github.plexapi.generated.model.Subscription;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.myplex.internal.session.PlexSession;
import io.github.plexapi.myplex.internal.transport.HostMapping;
import java.util.List;

/**
 * The account's Sonos speakers, listed and reached through sonos.plex.tv with the account token (a
 * speaker is never connected to directly).
 */
final class SonosCalls {
  /** The subscription feature that gives an account Sonos speakers. */
  static final String FEATURE = "companions_sonos";

  private final PlexSession session;

  SonosCalls(PlexSession session) {
    this.session = session;
  }

  List<PlexClient> sonosSpeakers() {
    session.requireToken();
    if (!hasSonos()) {
      return List.of();
    }
    MediaServerApi api = session.api(MediaServerApi::new);
    api.setCustomBaseUrl(HostMapping.SONOS);
    return list(session.authorized(api::getPlayerResources).getPlayers()).stream()
        .map(player -> PlexClient.throughSonos(player, session))
        .toList();
  }

  PlexClient sonosSpeaker(String name) {
    Require.text("name", name);
    return sonosSpeakers().stream()
        .filter(
            s -> s.getTitle() != null && s.getTitle().split("\\+")[0].trim().equals(name.trim()))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("no Sonos speaker named " + name, 0, null));
  }

  PlexClient sonosSpeakerById(String idPrefix) {
    Require.text("idPrefix", idPrefix);
    return sonosSpeakers().stream()
        .filter(
            s -> s.getMachineIdentifier() != null && s.getMachineIdentifier().startsWith(idPrefix))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no Sonos speaker whose id starts with " + idPrefix, 0, null));
  }

  /** Whether the account's subscription has the Sonos feature (the account is loaded first). */
  private boolean hasSonos() {
    User user = session.userOrNull();
    if (user == null) {
      user = session.authorized(() -> session.apis().account().getUser());
      session.user(user);
    }
    Subscription subscription = user.getSubscription();
    return subscription != null && list(subscription.getFeatures()).contains(FEATURE);
  }
}
