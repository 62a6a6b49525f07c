package io.github.plexapi.myplex.internal.xml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads plex.tv's boolean spellings: {@code 1}/{@code 0}, {@code true}/{@code false}; empty is
 * null.
 */
final class FlexibleBooleanDeserializer extends JsonDeserializer<Boolean> {
  @Override
  public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    String text = p.getValueAsString();
    if (text == null || text.isBlank()) {
      return null;
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "1":
      case "true":
        return Boolean.TRUE;
      case "0":
      case "false":
        return Boolean.FALSE;
      default:
        return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, text, "not a plex.tv boolean");
    }
  }

  @Override
  public Boolean getNullValue(DeserializationContext ctxt) {
    return null;
  }
}
