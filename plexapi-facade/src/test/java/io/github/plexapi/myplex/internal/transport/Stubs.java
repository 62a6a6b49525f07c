package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** WireMock playing plex.tv on loopback, transports aimed at it, and the test resources. */
final class Stubs {
  static final Identity IDENTITY =
      new Identity("client-id-1", "TestApp", "9.9", "Linux", "6.1", "JVM", "test-box", "controller", "de");

  private Stubs() {}

  static WireMockExtension plexTv() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static PlexTransport.Builder transportTo(WireMockExtension plexTv) {
    return PlexTransport.builder()
        .baseUrl(plexTv.baseUrl())
        .identity(IDENTITY)
        .timeout(Duration.ofSeconds(5));
  }

  /** A test resource (e.g. {@code xml/user.xml} or {@code plex-tv/devices.xml}) as text. */
  static String resource(String path) {
    try (InputStream in = Stubs.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
