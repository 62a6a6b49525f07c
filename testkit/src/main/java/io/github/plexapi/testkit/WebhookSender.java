package io.github.plexapi.testkit;

import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.WebhookAccount;
import io.github.plexapi.generated.model.WebhookGuid;
import io.github.plexapi.generated.model.WebhookMetadata;
import io.github.plexapi.generated.model.WebhookPayload;
import io.github.plexapi.generated.model.WebhookPlayer;
import io.github.plexapi.generated.model.WebhookServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Posts webhook events the way a Plex Media Server does, for {@link FakePlexTv}. */
final class WebhookSender {
  /** The start of a JPEG, enough for a receiver to be handed a thumbnail. */
  static final byte[] THUMB = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};

  private static final OkHttpClient CLIENT = new OkHttpClient();

  private WebhookSender() {}

  static List<Integer> send(List<String> urls, String event) {
    List<Integer> statuses = new ArrayList<>();
    for (String url : urls) {
      MultipartBody.Builder body =
          new MultipartBody.Builder()
              .setType(MultipartBody.FORM)
              .addFormDataPart("payload", JSON.serialize(payload(event)));
      if (event.startsWith("media.") || event.equals("library.new")) {
        body.addFormDataPart(
            "thumb", "thumb.jpg", RequestBody.create(THUMB, MediaType.get("image/jpeg")));
      }
      Request request =
          new Request.Builder()
              .url(url)
              .header("User-Agent", "PlexMediaServer/1.40.0.7998")
              .post(body.build())
              .build();
      try (Response response = CLIENT.newCall(request).execute()) {
        statuses.add(response.code());
      } catch (IOException e) {
        throw new UncheckedIOException("could not post the webhook to " + url, e);
      }
    }
    return statuses;
  }

  static WebhookPayload payload(String event) {
    WebhookPayload payload =
        new WebhookPayload()
            .event(event)
            .user(true)
            .owner(true)
            .account(
                new WebhookAccount()
                    .id(1L)
                    .title("fake-user")
                    .thumb("https://plex.tv/users/1/avatar"))
            .server(new WebhookServer().title("Box").uuid("fake-box"));
    if (!event.startsWith("admin.")) {
      payload.player(
          new WebhookPlayer()
              .local(true)
              .publicAddress("127.0.0.1")
              .title("Living Room")
              .uuid("player-1"));
    }
    if (event.startsWith("media.") || event.startsWith("library.")) {
      payload.metadata(
          new WebhookMetadata()
              .librarySectionType("show")
              .ratingKey("4242")
              .key("/library/metadata/4242")
              .guid("plex://episode/5d9c1276e9d5a1001f4c8f1e")
              .type("episode")
              .title("Pilot")
              .grandparentTitle("The Expanse")
              .parentTitle("Season 1")
              .librarySectionTitle("TV Shows")
              .librarySectionID(2)
              .index(1)
              .parentIndex(1)
              .year(2015)
              .duration(2640000L)
              .viewOffset(0L)
              .addedAt(1609503144L)
              .guids(List.of(new WebhookGuid().id("imdb://tt3230854"))));
    }
    return payload;
  }
}
