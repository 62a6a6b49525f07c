package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.DiscoverItem;
import io.github.plexapi.myplex.FriendStatus;
import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexFriend;
import io.github.plexapi.myplex.MyPlexHomeUser;
import io.github.plexapi.myplex.PlexClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recipes for the calls beyond plex.tv's account paths, each host served by the fake: under its own
 * path prefix ({@link FakePlexTv#hostUrl}) or, with {@code baseUrl} alone, at the root.
 */
class FakeProvidersTest {
  private FakePlexTv plexTv;

  @BeforeEach
  void start() {
    plexTv = FakePlexTv.start();
  }

  @AfterEach
  void stop() {
    plexTv.close();
  }

  private MyPlexAccount.Builder account() {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .okHttpClient(plexTv.okHttpClient())
        .token(plexTv.token())
        .clientIdentifier("providers-test")
        .timeout(Duration.ofSeconds(3));
  }

  @Test
  void searchPlayAndUnplayOnTheCatalogueEachHostUnderItsPrefix() {
    MyPlexAccount account =
        account()
            .hostUrl("discover.provider.plex.tv", plexTv.hostUrl("discover.provider.plex.tv"))
            .hostUrl("metadata.provider.plex.tv", plexTv.hostUrl("metadata.provider.plex.tv"))
            .build();

    List<DiscoverItem> found = account.searchDiscover("dune", null, null, null);
    DiscoverItem movie = found.get(0);
    account.markPlayed(movie);

    assertEquals(
        List.of("Dune", "Dune: Prophecy"), found.stream().map(DiscoverItem::getTitle).toList());
    assertTrue(account.isPlayed(movie));
    assertEquals(Set.of("5d776825880197001ec967c6"), plexTv.played());
    account.markUnplayed(movie);
    assertFalse(account.isPlayed(movie));
    assertFalse(account.onWatchlist(movie));
  }

  @Test
  void sonosSpeakersHubsSyncItemsFeaturesAndProviders() {
    plexTv.addSonosSpeaker("Kitchen", "RINCON_A");
    plexTv.addSyncItem("phone-1", "Dune");
    MyPlexAccount account = account().build();

    List<PlexClient> speakers = account.sonosSpeakers();

    assertEquals("RINCON_A", speakers.get(0).getMachineIdentifier());
    assertEquals("speaker", account.sonosSpeaker("Kitchen").getDeviceClass());
    assertEquals("Free Movies", account.videoOnDemand().get(0).getTitle());
    assertEquals("Dune", account.syncItems("phone-1").get(0).getTitle());
    assertEquals(List.of(), account.syncItems(null));
    assertEquals(List.of("adaptive_bitrate"), account.features());
    assertEquals("tv.plex.provider.vod", account.mediaProviders().get(0).getIdentifier());
  }

  @Test
  void aFriendsSectionsAreSetExactlyAndPendingInvitesFoundByName() {
    FakeMediaServer box = plexTv.addServer("Box", FakeConnection.local());
    long fred = plexTv.addFriend("Fred", "fred@example.com", FriendStatus.ACCEPTED);
    plexTv.addFriend("Nina", "nina@example.com", FriendStatus.PENDING_RECEIVED);
    plexTv.shareWithFriend(fred, box, 1001L);
    MyPlexAccount account = account().build();
    MyPlexFriend friend = account.friends().get(0);

    account.updateFriend(friend, account.resource("Box"), List.of("Movies", "TV Shows"), null);
    assertEquals(
        List.of(new FakeShare("fake-box", "fred@example.com", fred, List.of(1001L, 1002L))),
        plexTv.fakeShares());
    account.updateFriend(friend, account.resource("Box"), List.of(), null);
    assertEquals(List.of(), plexTv.fakeShares());
    assertEquals("Nina", account.pendingInvite("NINA@example.com", true, true).getTitle());
  }

  @Test
  void aHomeUserIsCreatedWithAShare() {
    plexTv.addServer("Box", FakeConnection.local());
    MyPlexAccount account = account().build();

    MyPlexHomeUser kid =
        account.createHomeUser("Kid", account.resource("Box"), List.of("Movies"), null);

    assertEquals("Kid", kid.getTitle());
    assertEquals(
        List.of(new FakeShare("fake-box", null, kid.getId(), List.of(1001L))), plexTv.fakeShares());
    assertTrue(account.homeUsers().stream().anyMatch(u -> "Kid".equals(u.getTitle())));
  }
}
