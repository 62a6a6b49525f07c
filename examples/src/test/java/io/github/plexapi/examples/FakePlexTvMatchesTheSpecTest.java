package io.github.plexapi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.plexapi.testkit.internal.ServedRequests;
import io.github.plexapi.testkit.internal.SpecPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the examples, the demo and the CLI (see {@code junit-platform.properties}) and checks
 * that each request they made the fake plex.tv answer is an operation of the spec.
 */
@Order(Integer.MAX_VALUE)
class FakePlexTvMatchesTheSpecTest {
  @Test
  void everyRequestTheFakeAnsweredIsAnOperationOfTheSpec() throws IOException {
    Set<String> served = ServedRequests.all();
    SpecPaths spec = SpecPaths.parse(Files.readString(Path.of("..", "spec", "plex-tv.yaml")));

    assertTrue(served.size() >= 10, "the examples made the fake answer only " + served);
    assertEquals(List.of(), spec.unmatched(served), "answered by the fake, not in the spec");
  }
}
