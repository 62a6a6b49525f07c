package io.github.plexapi.myplex.internal.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The one place plex.tv timestamps become {@link Instant}s. plex.tv sends the same field as epoch
 * seconds (a number, or its text in XML), as ISO-8601 ({@code 2020-01-12T15:30:18Z}), or as {@code
 * 2023-03-24 00:00:00 UTC} in one XML attribute.
 */
public final class PlexTimestamps {
  private static final DateTimeFormatter SPACED_UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private PlexTimestamps() {}

  /**
   * Converts a timestamp as the generated models hold it (a {@link Number} or a {@link String}).
   *
   * @return the instant, or null when the value is null, blank or in none of plex.tv's forms
   */
  public static Instant toInstant(Object value) {
    if (value instanceof Number) {
      return Instant.ofEpochSecond(((Number) value).longValue());
    }
    if (!(value instanceof String) || ((String) value).isBlank()) {
      return null;
    }
    String text = ((String) value).trim();
    if (text.chars().allMatch(Character::isDigit)) {
      return text.length() <= 18 ? Instant.ofEpochSecond(Long.parseLong(text)) : null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notIso) {
      try {
        return LocalDateTime.parse(text, SPACED_UTC).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notSpaced) {
        return null;
      }
    }
  }
}
