package io.github.plexapi.myplex.internal.xml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps XML attributes and elements the spec does not know in the generated model's {@code
 * additionalProperties}, as the Gson side does for unknown JSON fields: attribute values as
 * strings, elements as maps and lists.
 */
final class KeepUnknownAsAdditionalProperties extends DeserializationProblemHandler {
  private static final Method NONE = noneMarker();
  private final Map<Class<?>, Method> putters = new ConcurrentHashMap<>();

  @Override
  public boolean handleUnknownProperty(
      DeserializationContext ctxt,
      JsonParser p,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    JsonNode value = p.readValueAsTree();
    if (propertyName.isEmpty() || beanOrClass instanceof Class) {
      return true; // whitespace text between elements, or nothing to keep it in
    }
    Method put =
        putters.computeIfAbsent(beanOrClass.getClass(), KeepUnknownAsAdditionalProperties::putter);
    if (put != NONE) {
      Object plain =
          value.isValueNode() ? value.asText() : ctxt.readTreeAsValue(value, Object.class);
      try {
        put.invoke(beanOrClass, propertyName, plain);
      } catch (IllegalAccessException | InvocationTargetException e) {
        return true; // keeping an unknown value is best effort; the known fields are what matter
      }
    }
    return true;
  }

  private static Method putter(Class<?> type) {
    try {
      return type.getMethod("putAdditionalProperty", String.class, Object.class);
    } catch (NoSuchMethodException e) {
      return NONE;
    }
  }

  private static Method noneMarker() {
    try {
      return Object.class.getMethod("toString");
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
