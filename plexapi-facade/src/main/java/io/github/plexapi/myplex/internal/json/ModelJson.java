package io.github.plexapi.myplex.internal.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON answer into a generated model (or a list of them) in one streaming pass over its
 * bytes (decoded to characters once): no tree, no second validation pass. The facade's own Gson, so
 * the generated client's {@code JSON.getGson()} (which the testkit serialises through) is
 * untouched. Thread-safe.
 */
public final class ModelJson {
  private static final Gson GSON =
      new GsonBuilder().registerTypeAdapterFactory(new ModelAdapterFactory()).create();

  private ModelJson() {}

  /**
   * The answer {@code body} (UTF-8) as {@code type}.
   *
   * @throws RuntimeException (Gson's {@code JsonParseException}, or {@code
   *     IllegalArgumentException} for a missing required field) if the body is not JSON of that
   *     shape; its message may quote the body, so callers must not pass it on
   */
  public static <T> T read(byte[] body, Type type) {
    // The JDK's bulk UTF-8 decoding into a String is far cheaper than a stream decoder's.
    return GSON.fromJson(new StringReader(new String(body, StandardCharsets.UTF_8)), type);
  }
}
