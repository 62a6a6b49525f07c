package io.github.plexapi.myplex.internal.convert;

import java.util.ArrayList;
import java.util.List;

/** Null-safe conversions used by the facade's getters: absent means false, empty, or null. */
public final class Convert {
  private Convert() {}

  /** plex.tv's flag for a setting: {@code 1} or {@code 0}; null (leave it as it is) stays null. */
  public static Integer flag(Boolean value) {
    return value == null ? null : value ? 1 : 0;
  }

  /** {@code true} only for {@link Boolean#TRUE}; null is false. */
  public static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  /** An unmodifiable copy of the list without nulls; an absent list is empty. */
  public static <T> List<T> list(List<T> values) {
    if (values == null) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T value : values) {
      if (value != null) {
        copy.add(value);
      }
    }
    return List.copyOf(copy);
  }

  /** The text, or null when it is null or blank (plex.tv sends "" for absent names and e-mails). */
  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /**
   * The integers of a comma-separated text such as {@code "1,10"}; blanks and non-numbers are
   * skipped.
   */
  public static List<Integer> csvIntegers(String csv) {
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : csv.split(",")) {
      String trimmed = part.trim();
      if (trimmed.matches("-?\\d{1,9}")) {
        numbers.add(Integer.valueOf(trimmed));
      }
    }
    return List.copyOf(numbers);
  }
}
