package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.generated.ApiClient;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.generated.api.DevicesApi;
import io.github.plexapi.generated.api.DiscoverApi;
import io.github.plexapi.generated.api.FriendsApi;
import io.github.plexapi.generated.api.HomeApi;
import io.github.plexapi.generated.api.JwtAuthenticationApi;
import io.github.plexapi.generated.api.LegacyInvitesApi;
import io.github.plexapi.generated.api.ResourcesApi;
import io.github.plexapi.generated.api.SettingsApi;
import io.github.plexapi.generated.api.SharingApi;
import io.github.plexapi.generated.api.WatchlistApi;
import io.github.plexapi.generated.api.WebhooksApi;

/**
 * One instance of each generated plex.tv API class, bound to one session's client and built once
 * (they hold no per-call state, so every thread shares them). {@code clientsAuthentication} sends
 * the PIN operations to the second of their spec {@code servers:}, clients.plex.tv, as JWT device
 * authentication needs.
 */
public record GeneratedApis(
    AccountApi account,
    AuthenticationApi authentication,
    AuthenticationApi clientsAuthentication,
    DevicesApi devices,
    DiscoverApi discover,
    FriendsApi friends,
    HomeApi home,
    JwtAuthenticationApi jwt,
    LegacyInvitesApi legacyInvites,
    ResourcesApi resources,
    SettingsApi settings,
    SharingApi sharing,
    WatchlistApi watchlist,
    WebhooksApi webhooks) {

  /** The index of clients.plex.tv among the PIN operations' {@code servers:} in the spec. */
  public static final int CLIENTS_HOST_INDEX = 1;

  /** Builds each API class once over {@code client}. */
  public static GeneratedApis over(ApiClient client) {
    return new GeneratedApis(
        new AccountApi(client),
        new AuthenticationApi(client),
        onClientsHost(new AuthenticationApi(client)),
        new DevicesApi(client),
        new DiscoverApi(client),
        new FriendsApi(client),
        new HomeApi(client),
        new JwtAuthenticationApi(client),
        new LegacyInvitesApi(client),
        new ResourcesApi(client),
        new SettingsApi(client),
        new SharingApi(client),
        new WatchlistApi(client),
        new WebhooksApi(client));
  }

  /** {@code api}, sending the operations that list clients.plex.tv there. */
  public static AuthenticationApi onClientsHost(AuthenticationApi api) {
    api.setHostIndex(CLIENTS_HOST_INDEX);
    return api;
  }
}
