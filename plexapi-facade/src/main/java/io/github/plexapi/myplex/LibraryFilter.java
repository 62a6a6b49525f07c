package io.github.plexapi.myplex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a friend may see of a library type: content ratings and labels to include or exclude.
 * plex.tv stores it as {@code contentRating=G%2CPG|label=kids|label!=scary}; this type writes and
 * reads that form so callers never encode it. Immutable.
 */
public final class LibraryFilter {
  /** No restriction. */
  public static final LibraryFilter NONE = new LibraryFilter(Map.of());

  private final Map<String, List<String>> rules;

  private LibraryFilter(Map<String, List<String>> rules) {
    this.rules = rules;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads plex.tv's encoded form; null or empty is {@link #NONE}. */
  public static LibraryFilter parse(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return NONE;
    }
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (String rule : encoded.split("\\|")) {
      int at = rule.indexOf('=');
      if (at <= 0) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String value : rule.substring(at + 1).split("%2C|,")) {
        if (!value.isBlank()) {
          values.add(value);
        }
      }
      rules.put(rule.substring(0, at), List.copyOf(values));
    }
    return new LibraryFilter(Map.copyOf(rules));
  }

  /** The encoded form plex.tv stores; empty for {@link #NONE}. */
  public String encode() {
    return rules.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + String.join("%2C", e.getValue()))
        .collect(Collectors.joining("|"));
  }

  /** The content ratings shown (empty: all). */
  public List<String> contentRatings() {
    return rules.getOrDefault("contentRating", List.of());
  }

  /** The labels shown (empty: all). */
  public List<String> labels() {
    return rules.getOrDefault("label", List.of());
  }

  /** The content ratings hidden. */
  public List<String> excludedContentRatings() {
    return rules.getOrDefault("contentRating!", List.of());
  }

  /** The labels hidden. */
  public List<String> excludedLabels() {
    return rules.getOrDefault("label!", List.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LibraryFilter filter && filter.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "LibraryFilter{" + encode() + "}";
  }

  /** Builds a {@link LibraryFilter}. */
  public static final class Builder {
    private final Map<String, List<String>> rules = new LinkedHashMap<>();

    private Builder() {}

    /** Shows only these content ratings, e.g. {@code G}, {@code PG}. */
    public Builder contentRating(String... ratings) {
      return add("contentRating", ratings);
    }

    /** Shows only items with these labels. */
    public Builder label(String... labels) {
      return add("label", labels);
    }

    /** Hides these content ratings. */
    public Builder excludeContentRating(String... ratings) {
      return add("contentRating!", ratings);
    }

    /** Hides items with these labels. */
    public Builder excludeLabel(String... labels) {
      return add("label!", labels);
    }

    /** Builds the filter. */
    public LibraryFilter build() {
      return new LibraryFilter(Map.copyOf(rules));
    }

    private Builder add(String key, String... values) {
      List<String> list = new ArrayList<>(rules.getOrDefault(key, List.of()));
      for (String value : values) {
        if (value == null || value.isBlank() || value.matches(".*[,|%=].*")) {
          throw new IllegalArgumentException(
              key + " values must not be blank or hold , | % or = (plex.tv's separators)");
        }
        list.add(value);
      }
      rules.put(key, List.copyOf(list));
      return this;
    }
  }
}
