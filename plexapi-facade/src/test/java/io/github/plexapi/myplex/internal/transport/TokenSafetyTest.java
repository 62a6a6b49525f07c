package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AccountApi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redirects, wire logging and the generated client's debugging never expose the token. */
class TokenSafetyTest {
  @RegisterExtension static WireMockExtension plexTv = Stubs.plexTv();
  @RegisterExtension static WireMockExtension elsewhere = Stubs.plexTv();

  private static final String TOKEN = "safety-token-31337";
  private static final String USER = "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\"}";

  private PlexTransport transport(PlexTransport.Builder builder) {
    PlexTransport transport = builder.build();
    transport.token(TOKEN);
    return transport;
  }

  @Test
  void aRedirectToAnotherHostLosesTheToken() {
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/landing")));
    elsewhere.stubFor(
        get("/landing")
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(USER)));
    PlexTransport transport = transport(Stubs.transportTo(plexTv));
    AccountApi api = transport.api(AccountApi::new);

    transport.call(api::getUser);

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user")).withHeader("X-Plex-Token", equalTo(TOKEN)));
    elsewhere.verify(getRequestedFor(urlEqualTo("/landing")).withHeader("X-Plex-Token", absent()));
  }

  @Test
  void aRedirectOnTheSameHostKeepsTheToken() {
    plexTv.stubFor(
        get("/api/v2/user")
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/api/v2/user2")));
    plexTv.stubFor(
        get("/api/v2/user2")
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(USER)));
    PlexTransport transport = transport(Stubs.transportTo(plexTv));
    AccountApi api = transport.api(AccountApi::new);

    transport.call(api::getUser);

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user2")).withHeader("X-Plex-Token", equalTo(TOKEN)));
  }

  @Test
  void wireLoggingMasksTheToken() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger wire = Logger.getLogger("io.github.plexapi.myplex.http.wire");
    wire.setLevel(Level.ALL);
    wire.addHandler(capture);
    try {
      plexTv.stubFor(
          get("/api/v2/user")
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withHeader("X-Echo", "token " + TOKEN)
                      .withBody(USER)));
      PlexTransport transport =
          transport(Stubs.transportTo(plexTv).httpLogging(HttpLoggingInterceptor.Level.HEADERS));
      AccountApi api = transport.api(AccountApi::new);

      transport.call(api::getUser);
    } finally {
      wire.removeHandler(capture);
    }

    assertTrue(lines.stream().anyMatch(l -> l.startsWith("X-Plex-Token:")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("X-Echo:")), lines.toString());
    lines.forEach(line -> assertFalse(line.contains(TOKEN), line));
  }

  @Test
  void bodyLoggingAndTheGeneratedDebuggingAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PlexTransport.builder().httpLogging(HttpLoggingInterceptor.Level.BODY));
    PlexTransport transport = transport(Stubs.transportTo(plexTv).timeout(Duration.ofSeconds(1)));

    UnsupportedOperationException e =
        assertThrows(
            UnsupportedOperationException.class,
            () -> transport.api(client -> client.setDebugging(true)));

    assertEquals(
        "the generated client's debugging would log the token; use SLF4J at DEBUG for io.github.plexapi",
        e.getMessage());
  }
}
