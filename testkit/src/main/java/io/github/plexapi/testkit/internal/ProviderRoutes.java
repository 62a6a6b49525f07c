package io.github.plexapi.testkit.internal;

import static io.github.plexapi.testkit.internal.Answers.empty;
import static io.github.plexapi.testkit.internal.Answers.json;
import static io.github.plexapi.testkit.internal.Answers.query;
import static io.github.plexapi.testkit.internal.Answers.xml;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.plexapi.generated.model.DiscoverItemMetadata;
import io.github.plexapi.generated.model.DiscoverSearchContainer;
import io.github.plexapi.generated.model.DiscoverSearchPage;
import io.github.plexapi.generated.model.DiscoverSearchResult;
import io.github.plexapi.generated.model.DiscoverSearchResults;
import io.github.plexapi.generated.model.Feature;
import io.github.plexapi.generated.model.MediaProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's answers for the calls beyond plex.tv's own account paths: Discover search
 * (discover.provider.plex.tv), user state and scrobbles (metadata.provider.plex.tv), the
 * video-on-demand hubs (vod.provider.plex.tv), Sonos speakers (sonos.plex.tv), a device's sync
 * items, the features and the media providers. What they answer lives here.
 */
public final class ProviderRoutes {
  /** A movie or show of the fake catalogue. */
  public record CatalogueItem(String key, String type, String title, int year) {}

  /** A Sonos speaker of the account. */
  public record Speaker(String title, String machineIdentifier) {}

  private static final Pattern USER_STATE = Pattern.compile("/library/metadata/([^/]+)/userState");
  private static final Pattern SYNC_ITEMS = Pattern.compile("/devices/([^/]+)/sync_items");

  private final List<CatalogueItem> catalogue =
      new CopyOnWriteArrayList<>(
          List.of(
              new CatalogueItem("5d776825880197001ec967c6", "movie", "Dune", 2021),
              new CatalogueItem("5d9c086c46115600200aa2fe", "show", "Dune: Prophecy", 2024)));
  private final Set<String> played = ConcurrentHashMap.newKeySet();
  private final List<Speaker> speakers = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> syncItems = new ConcurrentHashMap<>();

  /** Adds a Sonos speaker; the account's subscription then has the Sonos feature. */
  public void addSpeaker(Speaker speaker) {
    speakers.add(speaker);
  }

  /** Whether the account has Sonos speakers (and so the {@code companions_sonos} feature). */
  public boolean hasSpeakers() {
    return !speakers.isEmpty();
  }

  /** Sets something to sync to the device {@code clientIdentifier}. */
  public void addSyncItem(String clientIdentifier, String title) {
    syncItems.computeIfAbsent(clientIdentifier, id -> new CopyOnWriteArrayList<>()).add(title);
  }

  /** The rating keys marked played. */
  public Set<String> played() {
    return Set.copyOf(played);
  }

  /** The answer for an authorized request, or null when it is not one of these calls. */
  ResponseDefinition answer(String method, String path, Request request) {
    Matcher state = USER_STATE.matcher(path);
    Matcher sync = SYNC_ITEMS.matcher(path);
    switch (method + " " + path) {
      case "GET /library/search":
        return json(200, search(query(request, "query")));
      case "PUT /actions/scrobble":
        played.add(String.valueOf(query(request, "key")));
        return empty(200);
      case "PUT /actions/unscrobble":
        played.remove(String.valueOf(query(request, "key")));
        return empty(200);
      case "GET /hubs":
        return xml(hubs());
      case "GET /resources":
        return xml(speakersXml());
      case "GET /api/v2/features":
        return json(200, List.of(new Feature().id("adaptive_bitrate").uuid("fake-feature-1")));
      case "GET /media/providers":
        return json(
            200,
            List.of(
                new MediaProvider()
                    .identifier("tv.plex.provider.vod")
                    .baseURL("https://vod.provider.plex.tv")
                    .title("Movies & Shows")
                    .token("fake-provider-token")));
      default:
        if (method.equals("GET") && state.matches()) {
          return xml(userState(state.group(1)));
        }
        if (method.equals("GET") && sync.matches()) {
          return xml(syncList(sync.group(1)));
        }
        return null;
    }
  }

  private DiscoverSearchPage search(String text) {
    String wanted = text == null ? "" : text.toLowerCase(Locale.ROOT);
    List<DiscoverSearchResult> results =
        catalogue.stream()
            .filter(i -> i.title().toLowerCase(Locale.ROOT).contains(wanted))
            .map(
                i ->
                    new DiscoverSearchResult()
                        .score(BigDecimal.ONE)
                        .metadata(
                            new DiscoverItemMetadata()
                                .ratingKey(i.key())
                                .guid("plex://" + i.type() + "/" + i.key())
                                .type(i.type())
                                .title(i.title())
                                .year(i.year())))
            .toList();
    return new DiscoverSearchPage()
        .mediaContainer(
            new DiscoverSearchContainer()
                .size(1)
                .searchResults(
                    List.of(
                        new DiscoverSearchResults()
                            .id("external")
                            .title("More Ways To Watch")
                            .size(results.size())
                            .searchResult(results))));
  }

  private String userState(String key) {
    boolean seen = played.contains(key);
    return "<MediaContainer size=\"1\"><UserState ratingKey=\""
        + key
        + "\" viewCount=\""
        + (seen ? 1 : 0)
        + "\" viewState=\""
        + (seen ? "complete" : "")
        + "\"/></MediaContainer>";
  }

  private String hubs() {
    StringBuilder xml = new StringBuilder("<MediaContainer size=\"1\">");
    xml.append(
            "<Hub key=\"/hubs/free\" title=\"Free Movies\" type=\"movie\" hubIdentifier=\"movie.free\"")
        .append(" size=\"")
        .append(catalogue.size())
        .append("\" more=\"0\" style=\"shelf\"/>");
    return xml.append("</MediaContainer>").toString();
  }

  private String speakersXml() {
    StringBuilder xml = new StringBuilder("<MediaContainer size=\"" + speakers.size() + "\">");
    for (Speaker speaker : speakers) {
      xml.append("<Player title=\"")
          .append(speaker.title())
          .append("\" machineIdentifier=\"")
          .append(speaker.machineIdentifier())
          .append(
              "\" product=\"Sonos\" platform=\"Sonos\" protocol=\"plex\" deviceClass=\"speaker\""
                  + " lanIP=\"127.0.0.1\" protocolCapabilities=\"timeline,playback,playqueues\"/>");
    }
    return xml.append("</MediaContainer>").toString();
  }

  private String syncList(String clientIdentifier) {
    StringBuilder xml =
        new StringBuilder("<SyncList clientIdentifier=\"" + clientIdentifier + "\"><SyncItems>");
    int id = 1;
    for (String title : syncItems.getOrDefault(clientIdentifier, List.of())) {
      xml.append("<SyncItem id=\"")
          .append(id++)
          .append("\" version=\"1\" rootTitle=\"")
          .append(title)
          .append("\" title=\"")
          .append(title)
          .append("\" metadataType=\"movie\" contentType=\"video\"><Status state=\"complete\"/>")
          .append("</SyncItem>");
    }
    return xml.append("</SyncItems></SyncList>").toString();
  }
}
