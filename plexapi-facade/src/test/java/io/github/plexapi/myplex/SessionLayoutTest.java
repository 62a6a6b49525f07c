package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the session layout promises users: derived builders and accounts that share nothing odd. */
class SessionLayoutTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  @Test
  void newBuilderKeepsTheSettingsAndTheCurrentToken() {
    plexTv.stubFor(get(urlPathEqualTo("/api/v2/resources")).willReturn(Fakes.json("[]")));
    try (MyPlexAccount account =
            Fakes.account(plexTv).token(Fakes.TOKEN).deviceName("Kitchen").build();
        MyPlexAccount variant = account.newBuilder().timeout(Duration.ofSeconds(1)).build()) {
      variant.resources();

      assertEquals(Duration.ofSeconds(1), variant.timeout());
      assertEquals(account.headers(), variant.headers());
      assertEquals(Fakes.TOKEN, variant.getAuthenticationToken());
    }
    plexTv.verify(
        getRequestedFor(urlPathEqualTo("/api/v2/resources"))
            .withHeader("X-Plex-Token", equalTo(Fakes.TOKEN))
            .withHeader("X-Plex-Client-Identifier", equalTo(Fakes.CLIENT_ID))
            .withHeader("X-Plex-Device-Name", equalTo("Kitchen")));
  }

  @Test
  void newBuilderOfAnAccountWithoutATokenKeepsItsCredentialsAndChecksThem() {
    MyPlexAccount.Builder fromPassword =
        Fakes.account(plexTv).username("u").password("p").build().newBuilder();
    MyPlexAccount none = Fakes.account(plexTv).build();

    assertThrows(IllegalArgumentException.class, () -> fromPassword.token("t").build());
    assertThrows(UnauthorizedException.class, () -> none.newBuilder().build().resources());
    assertFalse(none.toString().contains("null"));
  }
}
