package io.github.plexapi.myplex.internal.xml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one XML rule for string lists: plex.tv sends in JSON {@code "roles": ["plexpass"]} what it
 * sends in XML as {@code <roles><role id="plexpass"/></roles>}. Any {@code List<String>} of a model
 * read from XML collects the {@code id} attribute of each child element (or its text, when it has
 * no {@code id}); an empty element is an empty list.
 */
final class IdListRule extends BeanDeserializerModifier {
  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(
      DeserializationConfig config,
      CollectionType type,
      BeanDescription beanDesc,
      JsonDeserializer<?> deserializer) {
    if (type.getContentType().getRawClass() == String.class) {
      return new IdListDeserializer();
    }
    return deserializer;
  }

  /** Flattens whatever the XML element holds into the ids or texts it carries. */
  static final class IdListDeserializer extends JsonDeserializer<List<String>> {
    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      List<String> values = new ArrayList<>();
      collect(node, values);
      return values;
    }

    @Override
    public List<String> getNullValue(DeserializationContext ctxt) {
      return new ArrayList<>();
    }

    private static void collect(JsonNode node, List<String> values) {
      if (node == null || node.isNull()) {
        return;
      }
      if (node.isValueNode()) {
        String text = node.asText();
        if (!text.isBlank()) {
          values.add(text.trim());
        }
      } else if (node.isArray()) {
        node.forEach(child -> collect(child, values));
      } else if (node.has("id")) {
        values.add(node.get("id").asText());
      } else {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          collect(field.getValue(), values);
        }
      }
    }
  }
}
