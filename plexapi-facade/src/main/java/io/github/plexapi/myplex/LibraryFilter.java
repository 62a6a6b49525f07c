package io.github.plexapi.myplex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a friend may see of a library type: content ratings and labels to include or exclude.
 *
 * <p>plex.tv's form: rules joined by {@code |}, each rule a URL-encoded query string of {@code
 * &}-joined pairs, each pair's value a comma-separated list once decoded ({@code
 * contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved}); percent and plus ({@code
 * UK%3A+Uc}) encodings both occur. {@link #parse} reads every form into decoded values per key (a
 * key in several rules merges) and keeps the text it read: a filter read from plex.tv and not
 * changed is sent back exactly as it came. A built or changed filter is written one rule per key,
 * {@code key=v1%2Cv2}, rules joined by {@code |} in key order, each value percent-encoded (a comma
 * or {@code %} inside a value escaped once more) so that any value survives. Immutable.
 *
 * <p>A value: building it, parsing it or reading it sends no request.
 */
public final class LibraryFilter {
  /** No restriction. */
  public static final LibraryFilter NONE = new LibraryFilter(Map.of(), null);

  private final Map<String, List<String>> rules;
  private final String sent;

  private LibraryFilter(Map<String, List<String>> rules, String sent) {
    this.rules = rules;
    this.sent = sent;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** A builder holding this filter's rules, to change them (the result is written anew). */
  public Builder newBuilder() {
    return new Builder(rules);
  }

  /**
   * Reads plex.tv's form; null or empty is {@link #NONE}. Never fails: a pair without {@code =} is
   * skipped, a malformed escape is kept as it is.
   */
  public static LibraryFilter parse(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return encoded == null ? NONE : new LibraryFilter(Map.of(), encoded);
    }
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (String rule : encoded.split("\\|")) {
      for (String pair : rule.split("&")) {
        int at = pair.indexOf('=');
        if (at <= 0) {
          continue;
        }
        String key = FilterText.decodeForm(pair.substring(0, at));
        List<String> values = new ArrayList<>(rules.getOrDefault(key, List.of()));
        for (String value : FilterText.decodeForm(pair.substring(at + 1)).split(",")) {
          String decoded = FilterText.unescapeValue(value);
          if (!decoded.isEmpty() && !values.contains(decoded)) {
            values.add(decoded);
          }
        }
        rules.put(key, List.copyOf(values));
      }
    }
    return new LibraryFilter(Collections.unmodifiableMap(rules), encoded);
  }

  /**
   * The form sent to plex.tv: exactly the text read for a filter {@link #parse}d and not changed;
   * otherwise one rule per key (in key order), each value percent-encoded; empty for {@link #NONE}.
   */
  public String encode() {
    if (sent != null) {
      return sent;
    }
    return rules.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey()
                    + "="
                    + e.getValue().stream()
                        .map(FilterText::encodeValue)
                        .collect(Collectors.joining("%2C")))
        .collect(Collectors.joining("|"));
  }

  /**
   * Every key ({@code contentRating}, {@code contentRating!}, {@code label}, {@code label!}, and
   * any other plex.tv sends) with its decoded values, in the order first read.
   */
  public Map<String, List<String>> rules() {
    return rules;
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

  /** Equal when the rules are: the same filter, however plex.tv spelled it. */
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

    private Builder(Map<String, List<String>> from) {
      rules.putAll(from);
    }

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
      return new LibraryFilter(Collections.unmodifiableMap(new LinkedHashMap<>(rules)), null);
    }

    /**
     * Adds values to a key.
     *
     * @throws IllegalArgumentException if a value is null or blank (any other text is encoded)
     */
    private Builder add(String key, String... values) {
      List<String> list = new ArrayList<>(rules.getOrDefault(key, List.of()));
      for (String value : values) {
        if (value == null || value.isBlank()) {
          throw new IllegalArgumentException(key + " values must not be null or blank");
        }
        if (!list.contains(value)) {
          list.add(value);
        }
      }
      rules.put(key, List.copyOf(list));
      return this;
    }
  }
}
