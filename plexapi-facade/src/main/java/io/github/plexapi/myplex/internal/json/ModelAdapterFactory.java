package io.github.plexapi.myplex.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the generated model classes in one streaming pass, driven by what the generator put in each
 * class: its {@code @SerializedName} fields and their Java types (from the spec), its static {@code
 * openapiRequiredFields}, and {@code putAdditionalProperty} for every other field, stored as the
 * generated adapter stores it (strings, numbers, booleans, lists and maps). Mistyped input fails as
 * the generated adapters fail: with a runtime exception from Gson's own value adapters, or an
 * {@link IllegalArgumentException} for a missing required field. Reading only: writing goes through
 * the generated client.
 */
final class ModelAdapterFactory implements TypeAdapterFactory {
  private static final String MODEL_PACKAGE = "io.github.plexapi.generated.model.";

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<? super T> raw = type.getRawType();
    if (!raw.getName().startsWith(MODEL_PACKAGE)
        || raw.isEnum()
        || raw.isInterface()
        || Modifier.isAbstract(raw.getModifiers())) {
      return null;
    }
    @SuppressWarnings("unchecked")
    TypeAdapter<T> adapter = (TypeAdapter<T>) new ModelAdapter<>(gson, raw).nullSafe();
    return adapter;
  }

  /** One model class: its fields by JSON name, what is required, where the rest goes. */
  @SuppressWarnings("rawtypes")
  private static final class ModelAdapter<M> extends TypeAdapter<M> {
    private final Class<M> model;
    private final Constructor<M> constructor;
    private final Map<String, Bound> fields = new HashMap<>();
    private final Set<String> required;
    private final Method putAdditional;
    private final TypeAdapter<List> listAdapter;
    private final TypeAdapter<HashMap> mapAdapter;

    private record Bound(Field field, TypeAdapter<?> adapter) {}

    @SuppressWarnings("rawtypes")
    ModelAdapter(Gson gson, Class<M> model) {
      this.model = model;
      this.listAdapter = gson.getAdapter(List.class);
      this.mapAdapter = gson.getAdapter(HashMap.class);
      try {
        this.constructor = model.getDeclaredConstructor();
        this.constructor.setAccessible(true);
        Method additional = null;
        try {
          additional = model.getMethod("putAdditionalProperty", String.class, Object.class);
        } catch (NoSuchMethodException none) {
          // a model without additional properties: unknown fields are skipped
        }
        this.putAdditional = additional;
        this.required = requiredFields(model);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot bind the generated model " + model.getName(), e);
      }
      for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          SerializedName name = field.getAnnotation(SerializedName.class);
          if (name == null || Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          field.setAccessible(true);
          fields.put(
              name.value(),
              new Bound(field, gson.getAdapter(TypeToken.get(field.getGenericType()))));
        }
      }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requiredFields(Class<?> model) throws IllegalAccessException {
      try {
        Object value = model.getField("openapiRequiredFields").get(null);
        return value == null ? Set.of() : Set.copyOf((HashSet<String>) value);
      } catch (NoSuchFieldException none) {
        return Set.of();
      }
    }

    @Override
    public M read(JsonReader in) throws IOException {
      if (in.peek() != JsonToken.BEGIN_OBJECT) {
        throw new JsonParseException(
            "Expected an object for " + model.getSimpleName() + " but was " + in.peek());
      }
      M instance = newInstance();
      Set<String> seen = required.isEmpty() ? null : new HashSet<>();
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        if (seen != null) {
          seen.add(name);
        }
        Bound bound = fields.get(name);
        if (bound != null) {
          set(bound.field(), instance, bound.adapter().read(in));
        } else if (putAdditional != null) {
          putAdditional(instance, name, in);
        } else {
          in.skipValue();
        }
      }
      in.endObject();
      if (seen != null && !seen.containsAll(required)) {
        throw new IllegalArgumentException(
            "a required field of " + model.getSimpleName() + " is not in the JSON");
      }
      return instance;
    }

    /**
     * Reads an unknown field straight from the stream and stores it as the generated adapter would
     * from its tree: a string, a number (lazily parsed), a boolean, null, or what Gson reads for
     * {@code List} and {@code HashMap}.
     */
    private void putAdditional(M instance, String name, JsonReader in) throws IOException {
      Object stored =
          switch (in.peek()) {
            case STRING -> in.nextString();
            case NUMBER -> new LazilyParsedNumber(in.nextString());
            case BOOLEAN -> in.nextBoolean();
            case NULL -> {
              in.nextNull();
              yield null;
            }
            case BEGIN_ARRAY -> listAdapter.read(in);
            default -> mapAdapter.read(in);
          };
      try {
        putAdditional.invoke(instance, name, stored);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot keep an unknown field of " + model.getName(), e);
      }
    }

    private M newInstance() {
      try {
        return constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + model.getName(), e);
      }
    }

    private static void set(Field field, Object instance, Object value) {
      try {
        field.set(instance, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot set " + field, e);
      }
    }

    @Override
    public void write(JsonWriter out, M value) {
      throw new UnsupportedOperationException("the facade's JSON only reads; write with JSON");
    }
  }
}
