package io.github.plexapi.myplex.internal.transport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.myplex.Fakes;
import java.time.Duration;

/** Transports aimed at the fake plex.tv of {@link Fakes}. */
final class Stubs {
  static final Identity IDENTITY =
      new Identity(
          "client-id-1", "TestApp", "9.9", "Linux", "6.1", "JVM", "test-box", "controller", "de");

  private Stubs() {}

  static WireMockExtension plexTv() {
    return Fakes.plexTv();
  }

  static PlexTransport.Builder transportTo(WireMockExtension plexTv) {
    return PlexTransport.builder()
        .baseUrl(plexTv.baseUrl())
        .identity(IDENTITY)
        .timeout(Duration.ofSeconds(5));
  }

  /** A test resource (e.g. {@code xml/user.xml} or {@code plex-tv/devices.xml}) as text. */
  static String resource(String path) {
    return Fakes.resource(path);
  }
}
