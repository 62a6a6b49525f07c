package io.github.plexapi.myplex.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.reflect.TypeToken;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.ClaimToken;
import io.github.plexapi.generated.model.Feature;
import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.Privacy;
import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.ServerSections;
import io.github.plexapi.generated.model.ShareServerRequest;
import io.github.plexapi.generated.model.SharedServer;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.generated.model.Webhook;
import io.github.plexapi.myplex.Fakes;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming binding reads every JSON fixture, padded with unknown fields and nulls, into models
 * equal to what the generated adapters read (additional properties included), and refuses what they
 * refuse.
 */
class ModelJsonTest {
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("plex-tv/api/v2/user/user_info_plexpass.json", User.class),
        Arguments.of("plex-tv/api/v2/user/user_info_free.json", User.class),
        Arguments.of("real/user_managed.json", User.class),
        Arguments.of("plex-tv/api/v2/resources.json", list(Resource.class)),
        Arguments.of("plex-tv/api/v2/friends_accepted_mixed.json", list(Friend.class)),
        Arguments.of("real/friends_with_shares.json", list(Friend.class)),
        Arguments.of("plex-tv/api/v2/friends/invite_create.json", Friend.class),
        Arguments.of("plex-tv/api/v2/pins_new.json", Pin.class),
        Arguments.of("plex-tv/api/v2/pins_linked.json", Pin.class),
        Arguments.of("plex-tv/api/v2/user/privacy.json", Privacy.class),
        Arguments.of("plex-tv/api/v2/user/webhooks_two.json", list(Webhook.class)),
        Arguments.of("plex-tv/api/v2/servers/machine_id.json", ServerSections.class),
        Arguments.of("plex-tv/api/v2/shared_server_create.json", SharedServer.class),
        Arguments.of("plex-tv/api/v2/features.json", list(Feature.class)),
        Arguments.of("plex-tv/api/claim/token.json", ClaimToken.class));
  }

  private static Type list(Class<?> element) {
    return TypeToken.getParameterized(List.class, element).getType();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsWhatTheGeneratedAdaptersRead(String path, Type type) {
    String padded = path.startsWith("real/") ? Fakes.resource(path) : Fakes.padded(path);

    Object streamed = ModelJson.read(padded.getBytes(StandardCharsets.UTF_8), type);
    Object generated = JSON.deserialize(padded, type);

    assertEquals(generated, streamed);
  }

  @Test
  void unknownFieldsAreKeptAsTheGeneratedAdapterKeepsThem() {
    String json =
        "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\",\"s\":\"x\",\"n\":2.5,\"b\":true,"
            + "\"a\":[1,\"y\"],\"o\":{\"k\":[null]},\"z\":null}";

    User streamed = ModelJson.read(json.getBytes(StandardCharsets.UTF_8), User.class);
    User generated = JSON.deserialize(json, User.class);

    assertEquals(generated.getAdditionalProperties(), streamed.getAdditionalProperties());
    assertEquals("x", streamed.getAdditionalProperty("s"));
    assertTrue(streamed.getAdditionalProperties().containsKey("z"));
  }

  @Test
  void mistypedOrIncompleteAnswersFailAsTheGeneratedAdaptersFail() {
    for (String bad :
        List.of(
            "{\"uuid\":{\"x\":1}}",
            "{\"id\":\"not a number\"}",
            "{\"subscription\":[1]}",
            "{\"roles\":\"plexpass\"}",
            "[1,2]",
            "{\"id\":1",
            "{\"id\":1} trailing")) {
      assertThrows(
          RuntimeException.class,
          () -> ModelJson.read(bad.getBytes(StandardCharsets.UTF_8), User.class),
          bad);
      assertThrows(RuntimeException.class, () -> JSON.deserialize(bad, User.class), bad);
    }
    String noServer = "{\"invitedId\":5,\"librarySectionIds\":[1]}";
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelJson.read(noServer.getBytes(StandardCharsets.UTF_8), ShareServerRequest.class));
    assertThrows(
        IllegalArgumentException.class, () -> JSON.deserialize(noServer, ShareServerRequest.class));
  }

  @Test
  void theGeneratedClientsGsonIsLeftAsItIs() {
    ModelJson.read("{\"id\":1}".getBytes(StandardCharsets.UTF_8), User.class);

    String written = JSON.serialize(new User().id(1L).putAdditionalProperty("later", "x"));

    assertTrue(written.contains("\"later\":\"x\""), written);
  }
}
