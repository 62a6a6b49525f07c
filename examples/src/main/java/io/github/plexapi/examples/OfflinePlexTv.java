package io.github.plexapi.examples;

import io.github.plexapi.myplex.MyPlexAccount;
import io.github.plexapi.testkit.FakeConnection;
import io.github.plexapi.testkit.FakePlexTv;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake plex.tv the command-line tool and the examples run against with {@code --fake}: two
 * servers ("Living Room", owned, with a dead local address; "Cabin", shared, remote only), a
 * managed home user "Kid" with PIN 1234, and browser logins approved after 300 ms.
 */
final class OfflinePlexTv {
  private static final AtomicInteger STARTS = new AtomicInteger();

  private OfflinePlexTv() {}

  /** How many times it was started in this JVM (so a test can tell it was not). */
  static int starts() {
    return STARTS.get();
  }

  /** Starts it on a free port of 127.0.0.1 (nothing else is contacted). */
  static FakePlexTv start() {
    STARTS.incrementAndGet();
    FakePlexTv plexTv = FakePlexTv.start();
    plexTv.addServer(
        "Living Room",
        FakeConnection.local().dead(),
        FakeConnection.local(),
        FakeConnection.remote());
    plexTv.addServer("Cabin", false, FakeConnection.remote().slow(Duration.ofMillis(50)));
    plexTv.addHomeUser("Kid", "1234");
    plexTv.approvePinsAfter(Duration.ofMillis(300));
    return plexTv;
  }

  /** An account builder pointed at {@code plexTv}, signed in with its token. */
  static MyPlexAccount.Builder account(FakePlexTv plexTv, String clientIdentifier) {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .okHttpClient(plexTv.okHttpClient())
        .token(plexTv.token())
        .clientIdentifier(clientIdentifier)
        .pinPollInterval(Duration.ofMillis(100));
  }
}
