package io.github.plexapi.myplex.internal.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version the library reports is the one the build has, never a literal in the code. */
class LibraryVersionTest {
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher parent =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    if (!parent.find()) {
      throw new AssertionError("no parent version in pom.xml");
    }
    return parent.group(1).trim();
  }

  @Test
  void theVersionIsTheBuildsAndTheDefaultsAndUserAgentCarryIt() throws IOException {
    String version = pomVersion();

    assertEquals(version, LibraryVersion.get());
    assertEquals(version, Identity.defaults().version());
    assertEquals("plexapi-java/" + version, LibraryVersion.userAgent());
  }
}
