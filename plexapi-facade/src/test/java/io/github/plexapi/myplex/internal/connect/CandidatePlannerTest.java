package io.github.plexapi.myplex.internal.connect;

import static io.github.plexapi.myplex.ConnectOptions.Location.LOCAL;
import static io.github.plexapi.myplex.ConnectOptions.Location.RELAY;
import static io.github.plexapi.myplex.ConnectOptions.Location.REMOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.plexapi.myplex.ConnectOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order candidates are tried in, and which get the token. */
class CandidatePlannerTest {
  private static final List<Address> ADDRESSES =
      List.of(
          new Address("https://relay.plex.direct:8443", "http://178.3.2.1:8443", RELAY),
          new Address("https://2-2-2-2.x.plex.direct:443", "http://2.2.2.2:443", REMOTE),
          new Address("https://10-0-0-2.x.plex.direct:32400", "http://10.0.0.2:32400", LOCAL),
          new Address("https://10-0-0-2.x.plex.direct:32400/", "http://10.0.0.2:32400", LOCAL),
          new Address("http://[fe80::1]:32400", "http://[fe80::1]:32400", LOCAL));

  private static List<String> urls(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::url).toList();
  }

  @Test
  void localThenRemoteThenRelayHttpsBeforeHttpWithoutDuplicates() {
    List<Candidate> planned = CandidatePlanner.plan(ADDRESSES, true, ConnectOptions.defaults());

    assertEquals(
        List.of(
            "https://10-0-0-2.x.plex.direct:32400",
            "http://10.0.0.2:32400",
            "http://[fe80::1]:32400",
            "https://2-2-2-2.x.plex.direct:443",
            "http://2.2.2.2:443",
            "https://relay.plex.direct:8443",
            "http://178.3.2.1:8443"),
        urls(planned));
  }

  @Test
  void plainHttpOffTheLocalNetworkCarriesNoTokenUnlessAllowed() {
    List<Candidate> planned = CandidatePlanner.plan(ADDRESSES, true, ConnectOptions.defaults());
    List<Candidate> allowed =
        CandidatePlanner.plan(
            ADDRESSES, true, ConnectOptions.builder().allowTokenOverInsecureHttp(true).build());

    assertEquals(
        List.of(true, true, true, true, false, true, false),
        planned.stream().map(Candidate::sendToken).toList());
    assertEquals(7, allowed.stream().filter(Candidate::sendToken).count());
  }

  @Test
  void aResourceOfAnotherAccountOffersNoLocalCandidate() {
    List<Candidate> planned = CandidatePlanner.plan(ADDRESSES, false, ConnectOptions.defaults());

    assertEquals(
        List.of(REMOTE, REMOTE, RELAY, RELAY), planned.stream().map(Candidate::location).toList());
  }

  @Test
  void theSslSwitchAndLocationsRestrictTheCandidates() {
    assertEquals(
        List.of(
            "https://10-0-0-2.x.plex.direct:32400",
            "https://2-2-2-2.x.plex.direct:443",
            "https://relay.plex.direct:8443"),
        urls(CandidatePlanner.plan(ADDRESSES, true, ConnectOptions.builder().ssl(true).build())));
    assertEquals(
        List.of("http://2.2.2.2:443"),
        urls(
            CandidatePlanner.plan(
                ADDRESSES, true, ConnectOptions.builder().ssl(false).locations(REMOTE).build())));
  }

  @Test
  void deviceUrisAreLocalOnlyForPrivateLiteralAddresses() {
    List<Address> addresses =
        DeviceAddresses.of(
            List.of(
                "http://172.16.0.1:32400",
                "https://example.com:443",
                "http://1.0.0.2:443",
                "http://[::1]:32400/",
                "::bad"));

    assertEquals(
        List.of(LOCAL, REMOTE, REMOTE, LOCAL), addresses.stream().map(Address::location).toList());
    assertEquals("http://[::1]:32400", addresses.get(3).httpUri());
    assertEquals("https://example.com:443", addresses.get(1).uri());
  }
}
