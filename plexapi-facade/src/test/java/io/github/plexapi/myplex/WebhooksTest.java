package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.plexapi.myplex.Fakes.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhooks: every change reads plex.tv's list first and posts the whole list, field repeated. */
class WebhooksTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final String HOOK1 = "https://example.com/webhook1";
  private static final String HOOK2 = "https://example.com/webhook2";
  private static final String HOOK3 = "https://example.com/new?x=1&y=2";

  private MyPlexAccount account;

  @BeforeEach
  void setUp() {
    account = Fakes.account(plexTv).token(TOKEN).build();
    plexTv.stubFor(post("/api/v2/user/webhooks").willReturn(aResponse().withStatus(201)));
  }

  /** plex.tv holds {@code before} until the first POST, {@code after} from then on. */
  private void listChangesOnPost(String before, String after) {
    plexTv.stubFor(
        get("/api/v2/user/webhooks")
            .inScenario("hooks")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(Fakes.json(before)));
    plexTv.stubFor(
        post("/api/v2/user/webhooks")
            .inScenario("hooks")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(201))
            .willSetStateTo("posted"));
    plexTv.stubFor(
        get("/api/v2/user/webhooks")
            .inScenario("hooks")
            .whenScenarioStateIs("posted")
            .willReturn(Fakes.json(after)));
  }

  private static String form(String... urls) {
    StringBuilder body = new StringBuilder();
    for (String url : urls) {
      body.append(body.length() == 0 ? "" : "&")
          .append("urls%5B%5D=")
          .append(URLEncoder.encode(url, StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  @Test
  void webhooksReadsTheFixture() {
    plexTv.stubFor(
        get("/api/v2/user/webhooks")
            .willReturn(Fakes.json(Fakes.padded("plex-tv/api/v2/user/webhooks_two.json"))));

    assertEquals(List.of(HOOK1, HOOK2), account.webhooks());
  }

  @Test
  void addReadsTheCurrentListAndPostsEveryUrlUnderItsOwnField() {
    listChangesOnPost(
        Fakes.padded("plex-tv/api/v2/user/webhooks_two.json"),
        "[{\"url\":\"" + HOOK1 + "\"},{\"url\":\"" + HOOK2 + "\"},{\"url\":\"" + HOOK3 + "\"}]");

    List<String> now = account.addWebhook(HOOK3);

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo(form(HOOK1, HOOK2, HOOK3))));
    assertEquals(List.of(HOOK1, HOOK2, HOOK3), now);
  }

  @Test
  void addingAUrlAlreadyThereChangesNothing() {
    plexTv.stubFor(
        get("/api/v2/user/webhooks").willReturn(Fakes.json("[{\"url\":\"" + HOOK1 + "\"}]")));

    assertEquals(List.of(HOOK1), account.addWebhook(HOOK1));

    plexTv.verify(0, postRequestedFor(urlEqualTo("/api/v2/user/webhooks")));
  }

  @Test
  void deleteKeepsEveryOtherUrl() {
    listChangesOnPost(
        Fakes.padded("plex-tv/api/v2/user/webhooks_two.json"), "[{\"url\":\"" + HOOK2 + "\"}]");

    assertEquals(List.of(HOOK2), account.deleteWebhook(HOOK1));

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks"))
            .withRequestBody(equalTo(form(HOOK2))));
  }

  @Test
  void deletingTheLastUrlSendsTheEmptyField() {
    listChangesOnPost("[{\"url\":\"" + HOOK1 + "\"}]", "[]");

    assertEquals(List.of(), account.deleteWebhook(HOOK1));

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks")).withRequestBody(equalTo("urls=")));
  }

  @Test
  void deletingAnUnknownUrlIsAClearErrorAndChangesNothing() {
    plexTv.stubFor(
        get("/api/v2/user/webhooks").willReturn(Fakes.json("[{\"url\":\"" + HOOK1 + "\"}]")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> account.deleteWebhook(HOOK2));

    assertEquals("no webhook " + HOOK2 + " among the account's 1", e.getMessage());
    plexTv.verify(0, postRequestedFor(urlEqualTo("/api/v2/user/webhooks")));
  }

  @Test
  void setReplacesTheWholeListAndAnEmptyListClearsIt() {
    plexTv.stubFor(get("/api/v2/user/webhooks").willReturn(Fakes.json("[]")));

    account.setWebhooks(List.of(HOOK2, HOOK1));
    account.setWebhooks(List.of());

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks"))
            .withRequestBody(equalTo(form(HOOK2, HOOK1))));
    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks")).withRequestBody(equalTo("urls=")));
  }

  @Test
  void badUrlsAreRefusedBeforeAnyRequest() {
    assertThrows(IllegalArgumentException.class, () -> account.addWebhook("ftp://example.com/x"));
    assertThrows(IllegalArgumentException.class, () -> account.addWebhook(" "));
    assertThrows(IllegalArgumentException.class, () -> account.setWebhooks(List.of("not a url")));
    assertThrows(IllegalArgumentException.class, () -> account.setWebhooks(null));

    assertEquals(0, plexTv.findAll(anyRequestedFor(anyUrl())).size());
  }
}
