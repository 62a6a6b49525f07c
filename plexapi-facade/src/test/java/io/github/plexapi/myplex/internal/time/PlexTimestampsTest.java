package io.github.plexapi.myplex.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The three timestamp forms plex.tv sends, and what it sends when it has none. */
class PlexTimestampsTest {
  @Test
  void epochSecondsAsNumberOrText() {
    assertEquals(Instant.parse("2012-06-08T03:05:59Z"), PlexTimestamps.toInstant(1339124759L));
    assertEquals(Instant.parse("2012-06-08T03:05:59Z"), PlexTimestamps.toInstant(1339124759));
    assertEquals(Instant.parse("2012-06-08T03:05:59Z"), PlexTimestamps.toInstant("1339124759"));
  }

  @Test
  void isoStrings() {
    assertEquals(
        Instant.parse("2020-01-12T15:30:18Z"), PlexTimestamps.toInstant("2020-01-12T15:30:18Z"));
    assertEquals(
        Instant.parse("2020-01-12T13:30:18Z"),
        PlexTimestamps.toInstant("2020-01-12T15:30:18+02:00"));
  }

  @Test
  void spacedUtcForm() {
    assertEquals(
        Instant.parse("2023-03-24T00:00:00Z"), PlexTimestamps.toInstant("2023-03-24 00:00:00 UTC"));
  }

  @Test
  void missingOrUnreadableValuesAreNull() {
    assertNull(PlexTimestamps.toInstant(null));
    assertNull(PlexTimestamps.toInstant(""));
    assertNull(PlexTimestamps.toInstant("  "));
    assertNull(PlexTimestamps.toInstant("yesterday"));
    assertNull(PlexTimestamps.toInstant("99999999999999999999999"));
    assertNull(PlexTimestamps.toInstant(new Object()));
  }
}
