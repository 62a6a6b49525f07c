package io.github.plexapi.myplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sharing filters in plex.tv's own form: rules joined by {@code |}, each a URL-encoded query string
 * of {@code &}-joined pairs whose values are comma-separated after decoding.
 */
class LibraryFilterTest {
  @Test
  void aRuleWithSeveralPairsKeepsItsExclusion() {
    LibraryFilter filter =
        LibraryFilter.parse("contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved");

    assertEquals(List.of("12"), filter.contentRatings());
    assertEquals(List.of("BAFTA", "1001 Movies"), filter.labels());
    assertEquals(List.of("Approved"), filter.excludedContentRatings());
    assertEquals(List.of(), filter.excludedLabels());
  }

  @Test
  void percentAndPlusEncodingsAreDecoded() {
    LibraryFilter filter =
        LibraryFilter.parse(
            "contentRating=gb%2FUc%2CUK%3A+Uc%2CFSK+0%2Cde%2F12|label!=Sci-Fi+%26+Fantasy");

    assertEquals(List.of("gb/Uc", "UK: Uc", "FSK 0", "de/12"), filter.contentRatings());
    assertEquals(List.of("Sci-Fi & Fantasy"), filter.excludedLabels());
  }

  @Test
  void aKeyGivenInTwoRulesMerges() {
    LibraryFilter filter = LibraryFilter.parse("label=a|contentRating=G|label=b%2Cc&label=a");

    assertEquals(List.of("a", "b", "c"), filter.labels());
    assertEquals(
        Map.of("label", List.of("a", "b", "c"), "contentRating", List.of("G")), filter.rules());
  }

  @Test
  void anUnchangedFilterIsSentBackExactlyAsPlexTvSentIt() {
    for (String sent :
        List.of(
            "contentRating=12|label=BAFTA%2C1001%20Movies&contentRating!=Approved",
            "contentRating=UK%3A+Uc%2CFSK+0", "label!=x%2Cy|label!=z", "")) {
      assertEquals(sent, LibraryFilter.parse(sent).encode());
    }
  }

  @Test
  void aChangedFilterIsWrittenAsPythonPlexapiWritesIt() {
    LibraryFilter sent = LibraryFilter.parse("contentRating=UK%3A+Uc|label!=Approved");

    LibraryFilter changed = sent.newBuilder().contentRating("FSK 0").build();

    assertEquals("contentRating=UK%3A%20Uc%2CFSK%200|label!=Approved", changed.encode());
    assertEquals(
        List.of("UK: Uc", "FSK 0"), LibraryFilter.parse(changed.encode()).contentRatings());
    assertEquals(
        "contentRating=G%2CPG|label=kids",
        LibraryFilter.builder().contentRating("G", "PG").label("kids").build().encode());
  }

  @Test
  void oddValuesSurviveARoundTrip() {
    List<String> odd =
        List.of(
            "gb/Uc",
            "UK: Uc",
            "C++",
            "a b",
            "a,b",
            "100%",
            "%2C",
            "x&y",
            "x|y",
            "k=v",
            "Ü18 ñ",
            "日本",
            "+",
            "a%20b",
            " lead",
            "tab\there");
    LibraryFilter built =
        LibraryFilter.builder()
            .contentRating(odd.toArray(String[]::new))
            .excludeLabel(odd.toArray(String[]::new))
            .build();

    String wire = built.encode();
    LibraryFilter read = LibraryFilter.parse(wire);

    assertEquals(odd, read.contentRatings(), wire);
    assertEquals(odd, read.excludedLabels(), wire);
    assertEquals(built, read);
    assertEquals(2, wire.split("\\|").length, "a | inside a value split a rule: " + wire);
    assertTrue(wire.chars().allMatch(c -> c > 0x20 && c < 0x7f), wire);
  }

  @Test
  void theFixturesFiltersRead() {
    JsonElement friends =
        JsonParser.parseString(Fakes.resource("plex-tv/api/v2/friends_accepted_mixed.json"));
    List<String> seen = new ArrayList<>();
    for (JsonElement friend : friends.getAsJsonArray()) {
      for (JsonElement server : friend.getAsJsonObject().getAsJsonArray("sharedServers")) {
        var settings = server.getAsJsonObject().getAsJsonObject("sharingSettings");
        if (settings == null) {
          continue;
        }
        for (String key : List.of("filterMovies", "filterTelevision", "filterMusic")) {
          JsonElement value = settings.get(key);
          if (value != null && !value.isJsonNull()) {
            LibraryFilter filter = LibraryFilter.parse(value.getAsString());
            assertEquals(value.getAsString(), filter.encode());
            seen.add(key);
          }
        }
      }
    }
    assertTrue(!seen.isEmpty(), "the fixture holds no filter");
  }

  @Test
  void buildersRefuseOnlyBlankValues() {
    assertThrows(IllegalArgumentException.class, () -> LibraryFilter.builder().label(" "));
    assertThrows(
        IllegalArgumentException.class, () -> LibraryFilter.builder().label((String) null));
    assertEquals(List.of("a,b"), LibraryFilter.builder().label("a,b").build().labels());
    assertNotEquals(LibraryFilter.NONE, LibraryFilter.builder().label("a").build());
    assertEquals(LibraryFilter.NONE, LibraryFilter.parse(""));
  }
}
