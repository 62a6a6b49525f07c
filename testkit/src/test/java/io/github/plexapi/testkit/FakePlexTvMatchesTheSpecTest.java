package io.github.plexapi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.testkit.internal.ServedRequests;
import io.github.plexapi.testkit.internal.SpecPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of this module ({@link ClassOrderer.OrderAnnotation}, see
 * {@code junit-platform.properties}) and checks that each request the fake plex.tv answered during
 * them is an operation of the spec, so the fake cannot drift from it.
 */
@Order(Integer.MAX_VALUE)
class FakePlexTvMatchesTheSpecTest {
  static SpecPaths spec() throws IOException {
    return SpecPaths.parse(Files.readString(Path.of("..", "spec", "plex-tv.yaml")));
  }

  @Test
  void everyRequestTheFakeAnsweredIsAnOperationOfTheSpec() throws IOException {
    Set<String> served = ServedRequests.all();

    assertTrue(served.size() >= 10, "the tests made the fake answer only " + served);
    assertEquals(List.of(), spec().unmatched(served), "answered by the fake, not in the spec");
  }

  @Test
  void aPathOrMethodTheSpecLacksIsReported() throws IOException {
    SpecPaths spec = spec();

    assertTrue(spec.size() >= 50, "the spec lost its operations: " + spec.size());
    assertEquals(
        List.of("GET /api/v2/nowhere", "DELETE /api/v2/user", "GET /devices/x/y.xml"),
        spec.unmatched(
            List.of(
                "GET /api/v2/nowhere",
                "DELETE /api/v2/user",
                "GET /devices/x/y.xml",
                "GET /api/v2/pins/42",
                "DELETE /devices/7.xml",
                "GET /:/ip")));
    assertEquals(List.of(), spec.unmatched(List.of("PUT /api/v2/sharings/5")));
  }
}
