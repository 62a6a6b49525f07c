package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.auth.ApiKeyAuth;

/**
 * The WireMock server that plays plex.tv in these tests (loopback, dynamic port), and clients for
 * it.
 */
final class PlexTvStub {
  static final String TOKEN = "test-token-0123456789";
  static final String CLIENT_ID = "plexapi-java-test-client";

  private PlexTvStub() {}

  /** A WireMock extension bound to 127.0.0.1 on a free port. */
  static WireMockExtension extension() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** A generated ApiClient aimed at the stub, carrying the test token and a client identifier. */
  static ApiClient client(WireMockExtension stub) {
    ApiClient client = new ApiClient();
    client.setBasePath(stub.baseUrl());
    client.addDefaultHeader("X-Plex-Client-Identifier", CLIENT_ID);
    ((ApiKeyAuth) client.getAuthentication("PlexToken")).setApiKey(TOKEN);
    return client;
  }
}
