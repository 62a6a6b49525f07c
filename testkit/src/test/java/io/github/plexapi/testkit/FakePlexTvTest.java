package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.myplex.FriendStatus;
import io.github.plexapi.myplex.InvalidPinException;
import io.github.plexapi.myplex.LibrarySection;
import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.myplex.MyPlexFriend;
import io.github.plexapi.myplex.MyPlexHomeUser;
import io.github.plexapi.myplex.NotFoundException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.PlexServer;
import io.github.plexapi.myplex.ServerShare;
import io.github.plexapi.myplex.UnauthorizedException;
import io.github.plexapi.myplex.WebLogin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How to test code that uses plexapi-java with the fake plex.tv: each test is a recipe. */
class FakePlexTvTest {
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
        .clientIdentifier("testkit-test")
        .pinPollInterval(Duration.ofMillis(20))
        .timeout(Duration.ofSeconds(3));
  }

  @Test
  void signInWithTheTokenAndConnectToTheBestServer() {
    FakeMediaServer box = plexTv.addServer("Box", FakeConnection.local(), FakeConnection.remote());
    MyPlexAccount account = account().token(plexTv.token()).build().connect();

    PlexServer server = account.resource("box").connect();

    assertEquals(FakePlexTv.USERNAME, account.getUsername());
    assertEquals(box.machineIdentifier(), server.getMachineIdentifier());
    assertTrue(account.resource("Box").getConnections().get(0).isLocal());
    assertTrue(box.tokensReceived().contains(box.accessToken()));
    assertFalse(box.tokensReceived().contains(plexTv.token()));
  }

  @Test
  void deadSlowAndStaleConnectionsBehaveAsTheySay() {
    plexTv.addServer(
        "Attic",
        FakeConnection.local().dead(),
        FakeConnection.local().wrongMachine(),
        FakeConnection.remote().slow(Duration.ofMillis(100)));
    plexTv.addServer("Gone", FakeConnection.local().dead());
    MyPlexAccount account = account().token(plexTv.token()).build();

    PlexServer attic = account.resource("Attic").connect();

    assertTrue(attic.getConnectTime().toMillis() >= 100);
    assertEquals(plexTv.servers().get(0).machineIdentifier(), attic.getMachineIdentifier());
    assertThrows(PlexConnectionException.class, () -> account.resource("Gone").connect());
  }

  @Test
  void passwordSignInAcceptsOnlyTheFakesCredentials() {
    assertEquals(
        FakePlexTv.USERNAME,
        account()
            .username(FakePlexTv.USERNAME)
            .password(FakePlexTv.PASSWORD)
            .build()
            .connect()
            .getUsername());
    assertThrows(
        UnauthorizedException.class,
        () -> account().username(FakePlexTv.USERNAME).password("wrong").build().connect());
    assertThrows(
        UnauthorizedException.class, () -> account().token("not-the-token").build().connect());
  }

  @Test
  void aBrowserLoginThatTheFakeApprovesAfterAMoment() {
    plexTv.approvePinsAfter(Duration.ofMillis(100));
    MyPlexAccount account = account().build();

    WebLogin login = account.getWebLogin(null);
    account.webLoginCheck(login, Duration.ofSeconds(3));

    assertEquals(FakePlexTv.USERNAME, account.getUsername());
    assertTrue(plexTv.pinPolls(login.getId()) >= 2);
  }

  @Test
  void aBrowserLoginApprovedOrExpiredOnDemand() throws Exception {
    MyPlexAccount account = account().build();
    WebLogin approved = account.getWebLogin(null);
    CompletableFuture<MyPlexAccount> pending =
        account.webLoginCheckAsync(approved, Duration.ofSeconds(3));

    plexTv.approvePin(approved.getId());

    assertEquals(FakePlexTv.USERNAME, pending.get(3, TimeUnit.SECONDS).getUsername());
    WebLogin expired = account.getWebLogin(null);
    plexTv.expirePin(expired.getId());
    NotFoundException e =
        assertThrows(
            NotFoundException.class, () -> account.webLoginCheck(expired, Duration.ofSeconds(3)));
    assertEquals(1020, e.getErrorCode());
  }

  @Test
  void webhooksAreHeldByTheFake() {
    plexTv.setWebhooks(List.of("https://example.com/a"));
    MyPlexAccount account = account().token(plexTv.token()).build();

    account.addWebhook("https://example.com/b");
    account.deleteWebhook("https://example.com/a");

    assertEquals(List.of("https://example.com/b"), plexTv.webhooks());
    assertEquals(List.of("https://example.com/b"), account.webhooks());
  }

  @Test
  void friendsInvitationsAndShares() {
    plexTv.addServer("Box", FakeConnection.local());
    plexTv.addFriend("Fred", "fred@example.com", FriendStatus.ACCEPTED);
    long pending = plexTv.addFriend("Nina", "nina@example.com", FriendStatus.PENDING_RECEIVED);
    MyPlexAccount account = account().token(plexTv.token()).build();

    account.inviteFriend("new@example.com", account.resource("Box"), List.of("Movies"), null);
    account.acceptInvite(account.pendingInvites(true).get(0));
    account.removeFriend(account.friends().get(0));

    assertEquals(
        List.of(
            new FakeFriend(
                plexTv.fakeFriends().get(0).id(),
                "new@example.com",
                "new@example.com",
                FriendStatus.PENDING_SENT),
            new FakeFriend(pending, "Nina", "nina@example.com", FriendStatus.ACCEPTED)),
        plexTv.fakeFriends());
    assertEquals(
        List.of(new FakeShare("fake-box", "new@example.com", null, List.of(1001L))),
        plexTv.fakeShares());
    assertTrue(pending > 0);
  }

  @Test
  void homeUsersAndSwitchingWithAPin() {
    plexTv.addHomeUser("Kid", "1234");
    MyPlexAccount account = account().token(plexTv.token()).build();

    MyPlexHomeUser kid = account.homeUsers().get(1);
    MyPlexAccount asKid = account.switchHomeUser(kid, "1234");

    assertEquals("Kid", asKid.getTitle());
    assertTrue(asKid.isRestricted());
    assertTrue(kid.isProtected());
    assertThrows(InvalidPinException.class, () -> account.switchHomeUser(kid, "0000"));
  }

  @Test
  void anAcceptedFriendHoldsSharesWithSettingsInPlexTvsOwnForm() {
    FakeMediaServer box = plexTv.addServer("Box", FakeConnection.local());
    long fred = plexTv.addFriend("Fred", "fred@example.com", FriendStatus.ACCEPTED);
    String excluding = "contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved";
    plexTv.shareWithFriend(fred, box, 1001L);
    plexTv.setFriendSetting(fred, "filterMovies", excluding);
    plexTv.setFriendSetting(fred, "allowSync", "0");
    MyPlexAccount account = account().token(plexTv.token()).build();

    MyPlexFriend friend = account.friends().get(0);
    ServerShare shared = friend.getSharedServers().get(0);
    account.updateFriend(friend, friend.getSharingSettings().newBuilder().allowSync(true).build());
    account.inviteFriend("fred@example.com", account.resource("Box"), List.of("TV Shows"), null);

    assertEquals("Box", shared.getName());
    assertEquals(
        List.of("Movies"), shared.getSections().stream().map(LibrarySection::title).toList());
    assertEquals(
        List.of("Approved"),
        shared.getSharingSettings().getFilterMovies().excludedContentRatings());
    assertEquals(excluding, plexTv.friendSetting(fred, "filterMovies"), "the exclusion was lost");
    assertEquals("1", plexTv.friendSetting(fred, "allowSync"));
    assertEquals(
        List.of(new FakeFriend(fred, "Fred", "fred@example.com", FriendStatus.ACCEPTED)),
        plexTv.fakeFriends(),
        "inviting a friend duplicated it");
    assertEquals(
        List.of("Movies", "TV Shows"),
        account.friends().get(0).getSharedServers().stream()
            .flatMap(s -> s.getSections().stream())
            .map(LibrarySection::title)
            .toList());
  }

  @Test
  void devicesAndTheSmallCalls() {
    plexTv.addServer("Box", FakeConnection.local());
    MyPlexAccount account = account().token(plexTv.token()).build();

    assertEquals("Box", account.device("Box", null).getName());
    assertTrue(account.claimToken().startsWith("claim-"));
    assertTrue(account.ping());
    account.setPrivacy(true, null);
    assertTrue(account.privacy().isOptOutPlayback());
    account.device("Box", null).delete();
    assertThrows(NotFoundException.class, () -> account.device("Box", null));
  }

  @Test
  @SuppressWarnings("deprecation") // the string forms stay until they are removed
  void theDeprecatedStringFormsSayTheSameAsTheValues() {
    FakeMediaServer box = plexTv.addServer("Box", FakeConnection.local());
    long fred = plexTv.addFriend("Fred", "fred@example.com", "accepted");
    plexTv.shareWithFriend(fred, box, 1001L);

    assertEquals(List.of("Fred: accepted"), plexTv.friends());
    assertEquals(List.of("fake-box -> fred@example.com: [1001]"), plexTv.shares());
    assertEquals(FriendStatus.ACCEPTED, plexTv.fakeFriends().get(0).status());
  }
}
