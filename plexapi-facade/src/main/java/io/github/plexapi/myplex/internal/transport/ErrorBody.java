package io.github.plexapi.myplex.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.plexapi.myplex.internal.xml.PlexXml;
import java.nio.charset.StandardCharsets;

/**
 * plex.tv's own error code and message, read from an error answer: {@code {"errors":[{code,
 * message, status}]}} in JSON, {@code <errors><error code message status/></errors>} in XML, or the
 * older {@code <errors><error>Invalid token</error></errors>}. Anything else reads as empty.
 */
record ErrorBody(Integer code, String message) {
  static final ErrorBody NONE = new ErrorBody(null, null);

  static ErrorBody parse(byte[] body, String contentType, PlexXml xml) {
    try {
      switch (MediaTypes.of(contentType, body)) {
        case JSON:
          return fromJson(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)));
        case XML:
          return fromXml(xml.readTree(body));
        default:
          return NONE;
      }
    } catch (Exception unreadable) {
      return NONE; // an error body we cannot read still leaves the status to go by
    }
  }

  private static ErrorBody fromJson(JsonElement root) {
    if (!root.isJsonObject()) {
      return NONE;
    }
    JsonObject object = root.getAsJsonObject();
    JsonElement errors = object.get("errors");
    if (errors != null && errors.isJsonArray() && errors.getAsJsonArray().size() > 0) {
      JsonElement first = errors.getAsJsonArray().get(0);
      if (first.isJsonObject()) {
        JsonObject error = first.getAsJsonObject();
        return new ErrorBody(integer(error.get("code")), text(error.get("message")));
      }
    }
    return new ErrorBody(null, text(object.get("error")));
  }

  private static ErrorBody fromXml(JsonNode root) {
    JsonNode error = root.path("error");
    if (error.isArray()) {
      error = error.path(0);
    }
    if (error.isValueNode()) {
      return new ErrorBody(null, blankToNull(error.asText()));
    }
    JsonNode code = error.path("code");
    Integer number = code.asText().matches("-?\\d{1,9}") ? Integer.valueOf(code.asText()) : null;
    return new ErrorBody(number, blankToNull(error.path("message").asText(null)));
  }

  private static Integer integer(JsonElement element) {
    if (element == null || !element.isJsonPrimitive()) {
      return null;
    }
    try {
      return element.getAsInt();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String text(JsonElement element) {
    return element != null && element.isJsonPrimitive() ? blankToNull(element.getAsString()) : null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
