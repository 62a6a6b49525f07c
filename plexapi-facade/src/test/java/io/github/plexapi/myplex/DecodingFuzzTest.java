package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.reflect.TypeToken;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.ClaimToken;
import io.github.plexapi.generated.model.DeviceContainer;
import io.github.plexapi.generated.model.LegacyResourceContainer;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.generated.model.Privacy;
import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.generated.model.Webhook;
import io.github.plexapi.myplex.internal.transport.Failures;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import io.github.plexapi.myplex.internal.transport.Redactor;
import io.github.plexapi.myplex.internal.transport.TokenHolder;
import io.github.plexapi.myplex.internal.xml.PlexXml;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * A bounded mutation fuzzer over the decoding of every JSON and XML fixture: thousands of
 * truncated, corrupted, spliced and re-typed bodies, each of which must decode to a value whose
 * facade getters all work, or fail with a {@link PlexApiException}; nothing else (no
 * NullPointerException, ClassCastException, JsonSyntaxException, StackOverflowError...).
 * Deterministic: the seed is fixed, so a failure names a case that can be replayed.
 */
class DecodingFuzzTest {
  private static final long SEED = 20261129L;
  private static final int CASES_PER_INPUT = 400;
  private static final String[] PALETTE = {
    "\"",
    "<",
    ">",
    "&",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "\u0000",
    "\uFFFF",
    "&#1;",
    "-1",
    "1e999",
    "99999999999999999999",
    "\"x\"",
    "true",
    "=",
    "/>",
    "<x>",
    "]]>",
    "\\u0000",
    "&amp;",
    " "
  };

  /** One fixture, what it decodes as, and how the facade wraps the result. */
  private record Input(String path, String contentType, Type type, Consumer<Object> wrap) {}

  private final PlexApiClient client =
      new PlexApiClient(
          new OkHttpClient(),
          new PlexXml(),
          new Failures(new Redactor(), Clock.systemUTC()),
          1 << 20,
          new TokenHolder(new Redactor()));

  private static List<Input> inputs() {
    Type resources = new TypeToken<List<Resource>>() {}.getType();
    Type webhooks = new TypeToken<List<Webhook>>() {}.getType();
    Consumer<Object> none = value -> {};
    Consumer<Object> resourceList =
        value -> ((List<?>) value).forEach(r -> touch(new MyPlexResource((Resource) r, null)));
    return List.of(
        new Input(
            "plex-tv/api/v2/user/user_info_plexpass.json", "application/json", User.class, none),
        new Input("plex-tv/api/v2/user/user_info_free.json", "application/json", User.class, none),
        new Input("xml/user.xml", "application/xml", User.class, none),
        new Input("plex-tv/api/v2/resources.json", "application/json", resources, resourceList),
        new Input("xml/resources_v2.xml", "application/xml", resources, resourceList),
        new Input(
            "xml/resources_legacy.xml", "application/xml", LegacyResourceContainer.class, none),
        new Input(
            "plex-tv/devices.xml",
            "application/xml",
            DeviceContainer.class,
            value ->
                listOrEmpty(((DeviceContainer) value).getDevices())
                    .forEach(d -> touch(new MyPlexDevice(d, null)))),
        new Input(
            "plex-tv/api/v2/pins_new.json",
            "application/json",
            Pin.class,
            value -> touch(new WebLogin((Pin) value, "https://app.plex.tv/auth"))),
        new Input(
            "plex-tv/api/v2/user/privacy.json",
            "application/json",
            Privacy.class,
            value -> touch(new PrivacySettings((Privacy) value))),
        new Input("plex-tv/api/v2/user/webhooks_two.json", "application/json", webhooks, none),
        new Input("plex-tv/api/claim/token.json", "application/json", ClaimToken.class, none));
  }

  /** How a body is decoded: the real client, or a stand-in for the test of the harness. */
  private interface Decoder {
    Object decode(String body, Input input) throws Exception;
  }

  /** What one fuzz run found. */
  private record Outcome(int cases, int values, int typed, List<String> failures) {}

  private Outcome fuzz(Decoder decoder) {
    Random random = new Random(SEED);
    int cases = 0;
    int values = 0;
    int typed = 0;
    List<String> failures = new ArrayList<>();
    for (Input input : inputs()) {
      String original = Fakes.resource(input.path());
      for (int i = 0; i < CASES_PER_INPUT; i++) {
        String mutated = mutate(original, random);
        cases++;
        try {
          input.wrap().accept(decoder.decode(mutated, input));
          values++;
        } catch (PlexApiException expected) {
          typed++;
        } catch (Throwable unexpected) {
          failures.add(input.path() + " case " + i + ": " + unexpected);
        }
      }
    }
    return new Outcome(cases, values, typed, failures);
  }

  @Test
  void everyMutatedBodyDecodesToAValueOrATypedException() {
    Outcome outcome =
        fuzz(
            (body, input) -> client.deserialize(response(body, input.contentType()), input.type()));
    List<String> failures = outcome.failures();
    System.out.printf(
        "decoding fuzz: %d cases (seed %d), %d values, %d typed exceptions, %d failures%n",
        outcome.cases(), SEED, outcome.values(), outcome.typed(), failures.size());
    assertTrue(
        failures.isEmpty(),
        () -> String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    assertTrue(
        outcome.values() > outcome.cases() / 10 && outcome.typed() > outcome.cases() / 10,
        "the mutations should both keep and break bodies");
  }

  @Test
  void theHarnessCatchesADecoderThatLetsRawParserExceptionsThrough() {
    PlexXml xml = new PlexXml();
    Outcome outcome =
        fuzz(
            (body, input) ->
                input.contentType().contains("json")
                    ? JSON.deserialize(body, input.type())
                    : xml.read(body.getBytes(StandardCharsets.UTF_8), input.type()));

    assertTrue(
        outcome.failures().size() > outcome.cases() / 10,
        "a decoder without typed errors must fail the fuzz: " + outcome.failures().size());
  }

  private static String mutate(String text, Random random) {
    String result = text;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && !result.isEmpty(); m++) {
      int at = random.nextInt(result.length());
      int end = Math.min(result.length(), at + 1 + random.nextInt(40));
      result =
          switch (random.nextInt(7)) {
            case 0 -> result.substring(0, at);
            case 1 ->
                result.substring(0, at)
                    + (char) random.nextInt(0x3000)
                    + result.substring(Math.min(result.length(), at + 1));
            case 2 ->
                result.substring(0, at)
                    + PALETTE[random.nextInt(PALETTE.length)]
                    + result.substring(at);
            case 3 -> result.substring(0, at) + result.substring(end);
            case 4 -> result.substring(0, end) + result.substring(at, end) + result.substring(end);
            case 5 ->
                result.replaceFirst(
                    "(?<=[\":=]\\s?)(true|false|\\d+)", PALETTE[random.nextInt(PALETTE.length)]);
            default ->
                result.replaceFirst(
                    "\"[0-9]+\"|[0-9]{2,}", random.nextBoolean() ? "-0" : "9223372036854775808");
          };
    }
    return result;
  }

  private static Response response(String body, String contentType) {
    return new Response.Builder()
        .request(new Request.Builder().url("https://plex.tv/fuzz").build())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", contentType)
        .body(
            ResponseBody.create(body.getBytes(StandardCharsets.UTF_8), MediaType.get(contentType)))
        .build();
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static void touch(Object wrapped) {
    try {
      FaultMatrix.touchEveryGetter(wrapped);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          "a getter of " + wrapped.getClass().getSimpleName() + " threw", e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
