package io.github.plexapi.generated;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the real plex.tv answers under {@code test-fixtures/plex-tv/} (on the test classpath as
 * {@code plex-tv/...}) and pads them to prove the generated models tolerate what plex.tv adds.
 */
final class Fixtures {
  /** Name of the unknown field {@link #padded} adds to every object. */
  static final String UNKNOWN_FIELD = "fieldPlexTvAddedLater";

  /** Name of the null field {@link #padded} adds to every object. */
  static final String NULL_FIELD = "fieldThatIsNull";

  private Fixtures() {}

  /** The fixture at {@code path} (relative to {@code plex-tv/}) as text. */
  static String raw(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/plex-tv/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture written without a capture, under {@code test-fixtures/written/}, as text. */
  static String written(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/written/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no written fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #written} JSON, padded as {@link #padded} pads. */
  static String writtenPadded(String path) {
    JsonElement json = JsonParser.parseString(written(path));
    pad(json);
    return json.toString();
  }

  /**
   * The JSON fixture at {@code path} with, in every object at any depth, an unknown field holding a
   * nested value and an extra field that is null.
   */
  static String padded(String path) {
    JsonElement json = JsonParser.parseString(raw(path));
    pad(json);
    return json.toString();
  }

  private static void pad(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      object.keySet().forEach(key -> pad(object.get(key)));
      JsonObject unknown = new JsonObject();
      JsonArray nested = new JsonArray();
      nested.add(1);
      unknown.add("nested", nested);
      object.add(UNKNOWN_FIELD, unknown);
      object.add(NULL_FIELD, JsonNull.INSTANCE);
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(Fixtures::pad);
    }
  }
}
