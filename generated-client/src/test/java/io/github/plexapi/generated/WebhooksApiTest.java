package io.github.plexapi.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.plexapi.generated.PlexTvStub.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.WebhooksApi;
import io.github.plexapi.generated.model.Webhook;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Webhooks operations of the spec, sent through the generated client. */
class WebhooksApiTest {
  @RegisterExtension static WireMockExtension plexTv = PlexTvStub.extension();

  private WebhooksApi api;

  @BeforeEach
  void setUp() {
    api = new WebhooksApi(PlexTvStub.client(plexTv));
  }

  @Test
  void getWebhooksReadsTheUrls() throws Exception {
    plexTv.stubFor(
        get("/api/v2/user/webhooks")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.padded("api/v2/user/webhooks_two.json"))));

    List<Webhook> hooks = api.getWebhooks();

    plexTv.verify(
        getRequestedFor(urlEqualTo("/api/v2/user/webhooks"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Accept", equalTo("application/json")));
    assertEquals(2, hooks.size());
    assertEquals("https://example.com/webhook2", hooks.get(1).getUrl());
    assertNotNull(hooks.get(0).getAdditionalProperty(Fixtures.UNKNOWN_FIELD));
  }

  @Test
  void setWebhooksPostsOneUrlUnderTheBracketedFieldName() throws Exception {
    plexTv.stubFor(post("/api/v2/user/webhooks").willReturn(aResponse().withStatus(201)));

    api.setWebhooks(List.of("https://example.com/hook"));

    plexTv.verify(
        postRequestedFor(urlEqualTo("/api/v2/user/webhooks"))
            .withHeader("X-Plex-Token", equalTo(TOKEN))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .withRequestBody(equalTo("urls%5B%5D=https%3A%2F%2Fexample.com%2Fhook")));
  }
}
