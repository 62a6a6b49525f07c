package io.github.plexapi.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the spec to what the tests prove: every operation is exercised by a test of the generated
 * client, and every JSON example reads into the generated model of its schema without a field the
 * schema does not declare.
 */
class SpecContractTest {
  private static final Path SPEC = Path.of("..", "spec", "plex-tv.yaml");
  private static final Path TESTS = Path.of("src", "test", "java");
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head");

  private static JsonNode spec() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
  }

  private static final Path GENERATED_APIS =
      Path.of(
          "target",
          "generated-sources",
          "openapi",
          "src",
          "main",
          "java",
          "io",
          "github",
          "plexapi",
          "generated",
          "api");

  private static List<String> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(TESTS)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.endsWith("SpecContractTest.java") && !f.endsWith("OperationCalls.java"))
          .map(SpecContractTest::read)
          .toList();
    }
  }

  private static OperationCalls operationCalls() throws IOException {
    List<Class<?>> apis = new ArrayList<>();
    try (Stream<Path> files = Files.list(GENERATED_APIS)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Api.java")).toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        try {
          apis.add(Class.forName("io.github.plexapi.generated.api." + name));
        } catch (ClassNotFoundException e) {
          throw new AssertionError("generated but not compiled: " + name, e);
        }
      }
    }
    return new OperationCalls(apis);
  }

  private static List<String> operationIds() throws IOException {
    return operations(spec()).stream().map(o -> o.path("operationId").asText()).toList();
  }

  @Test
  void everyOperationIsExercisedByATest() throws IOException {
    List<String> operations = operationIds();
    List<String> untested = operationCalls().uncalled(operations, testSources());

    assertTrue(operations.size() >= 20, "the spec lost its operations: " + operations);
    assertEquals(List.of(), untested, "operations that no generated-client test calls");
  }

  @Test
  void anOperationWhoseTestIsRemovedIsReportedEvenWhenAModelGetterSharesItsName()
      throws IOException {
    List<String> withoutGetHomeCalls =
        testSources().stream()
            .map(source -> source.replaceAll("\\bhome\\.getHome\\(", "home.removedCall("))
            .toList();
    assertTrue(
        withoutGetHomeCalls.stream().anyMatch(s -> s.contains("user.getHome()")),
        "the model getter user.getHome() is still in the tests");

    List<String> untested = operationCalls().uncalled(operationIds(), withoutGetHomeCalls);

    assertEquals(List.of("getHome"), untested);
  }

  @Test
  void everyJsonExampleReadsIntoItsSchemasModel() throws IOException {
    JsonNode spec = spec();
    int checked = 0;
    for (JsonNode operation : operations(spec)) {
      for (JsonNode response : iterable(operation.path("responses"))) {
        JsonNode json = resolve(spec, response).path("content").path("application/json");
        if (json.isMissingNode() || !json.path("schema").has("$ref")) {
          continue;
        }
        Type type = typeOf(spec, json.path("schema").path("$ref").asText());
        for (JsonNode example : examples(spec, json)) {
          Object value = JSON.deserialize(example.toString(), type);
          assertNoUndeclaredFields(operation.path("operationId").asText(), value);
          checked++;
        }
      }
    }
    assertTrue(checked >= 10, "only " + checked + " examples were checked");
  }

  private static void assertNoUndeclaredFields(String operation, Object value) {
    if (value instanceof List<?> list) {
      list.forEach(item -> assertNoUndeclaredFields(operation, item));
      return;
    }
    try {
      Object extra = value.getClass().getMethod("getAdditionalProperties").invoke(value);
      assertTrue(
          extra == null || ((Map<?, ?>) extra).isEmpty(),
          operation + " example has fields its schema does not declare: " + extra);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Type typeOf(JsonNode spec, String ref) throws IOException {
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    JsonNode schema = spec.path("components").path("schemas").path(name);
    try {
      if ("array".equals(schema.path("type").asText())) {
        String item = schema.path("items").path("$ref").asText();
        Class<?> model =
            Class.forName(
                "io.github.plexapi.generated.model." + item.substring(item.lastIndexOf('/') + 1));
        return TypeToken.getParameterized(List.class, model).getType();
      }
      return Class.forName("io.github.plexapi.generated.model." + name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated model for " + name, e);
    }
  }

  private static List<JsonNode> examples(JsonNode spec, JsonNode mediaType) {
    List<JsonNode> found = new ArrayList<>();
    if (mediaType.has("example")) {
      found.add(mediaType.path("example"));
    }
    for (JsonNode example : iterable(mediaType.path("examples"))) {
      found.add(resolve(spec, example).path("value"));
    }
    return found;
  }

  private static JsonNode resolve(JsonNode spec, JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    JsonNode target = spec;
    for (String part : node.path("$ref").asText().substring(2).split("/")) {
      target = target.path(part);
    }
    return target;
  }

  private static List<JsonNode> operations(JsonNode spec) {
    List<JsonNode> operations = new ArrayList<>();
    for (JsonNode path : iterable(spec.path("paths"))) {
      METHODS.stream().filter(path::has).map(path::path).forEach(operations::add);
    }
    return operations;
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    Iterator<JsonNode> elements = node.elements();
    return () -> elements;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
