package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.reflect.TypeToken;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.DeviceContainer;
import io.github.plexapi.generated.model.Friend;
import io.github.plexapi.generated.model.LegacyUserContainer;
import io.github.plexapi.generated.model.PlayerContainer;
import io.github.plexapi.generated.model.Resource;
import io.github.plexapi.generated.model.ServerSections;
import io.github.plexapi.generated.model.SharedServer;
import io.github.plexapi.generated.model.User;
import io.github.plexapi.generated.model.UserService;
import io.github.plexapi.generated.model.UserXml;
import io.github.plexapi.myplex.internal.xml.PlexXml;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field a real plex.tv answer carries is declared in the spec: each real answer (the
 * fixtures, and answers padded with the fields real captures showed) decodes into the generated
 * models with nothing left in any model's {@code additionalProperties}, at any depth.
 */
class RealFieldsTest {
  @RegisterExtension static WireMockExtension plexTv = Fakes.plexTv();

  private static final PlexXml XML = new PlexXml();

  record Answer(String path, Type type, boolean xml) {
    @Override
    public String toString() {
      return path;
    }
  }

  static List<Answer> answers() {
    Type friends = TypeToken.getParameterized(List.class, Friend.class).getType();
    Type resources = TypeToken.getParameterized(List.class, Resource.class).getType();
    return List.of(
        new Answer("plex-tv/api/v2/user/user_info_plexpass.json", User.class, false),
        new Answer("plex-tv/api/v2/user/user_info_free.json", User.class, false),
        new Answer("real/user_managed.json", User.class, false),
        new Answer("plex-tv/api/v2/friends_accepted_mixed.json", friends, false),
        new Answer("real/friends_with_shares.json", friends, false),
        new Answer("plex-tv/api/v2/friends/accept.json", Friend.class, false),
        new Answer("plex-tv/api/v2/friends/invite_create.json", Friend.class, false),
        new Answer("plex-tv/api/v2/resources.json", resources, false),
        new Answer("plex-tv/api/v2/servers/machine_id.json", ServerSections.class, false),
        new Answer("plex-tv/api/v2/shared_server_create.json", SharedServer.class, false),
        new Answer("plex-tv/devices.xml", DeviceContainer.class, true),
        new Answer("real/users_legacy.xml", LegacyUserContainer.class, true),
        new Answer("real/user_subscriptions.xml", UserXml.class, true),
        new Answer("real/players_sonos.xml", PlayerContainer.class, true));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void nothingRealLandsInAdditionalProperties(Answer answer) throws Exception {
    String text = Fakes.resource(answer.path());
    Object decoded =
        answer.xml()
            ? XML.read(text.getBytes(StandardCharsets.UTF_8), answer.type())
            : JSON.deserialize(text, answer.type());

    List<String> undeclared = new ArrayList<>();
    walk(decoded, answer.path(), undeclared);

    assertEquals(List.of(), undeclared, "fields the spec does not declare");
  }

  @Test
  void theUsefulFieldsAreSurfaced() throws Exception {
    plexTv.stubFor(
        get("/api/v2/user").willReturn(Fakes.json(Fakes.resource("real/user_managed.json"))));
    plexTv.stubFor(
        get(urlPathEqualTo("/api/v2/friends"))
            .willReturn(Fakes.json(Fakes.resource("real/friends_with_shares.json"))));
    plexTv.stubFor(
        get(urlPathEqualTo("/api/users"))
            .willReturn(Fakes.xml(Fakes.resource("real/users_legacy.xml"))));
    plexTv.stubFor(
        get(urlPathEqualTo("/devices.xml"))
            .willReturn(Fakes.xml(Fakes.resource("plex-tv/devices.xml"))));
    try (MyPlexAccount account = Fakes.account(plexTv).token(Fakes.TOKEN).build().connect()) {
      assertEquals("little_kid", account.getRestrictionProfile());
      assertNull(account.getUsername());
      User model = account.getModel();
      assertEquals("contentRating=G%2CPG|label!=Horror", model.getCustomRestrictions().getMovies());
      assertEquals(2, model.getSettings().size());
      assertEquals(Boolean.TRUE, model.getSettings().get(1).getValue());
      assertEquals("ended", model.getPastSubscriptions().get(0).getState());
      assertEquals(List.of("en", "de"), model.getProfile().getDefaultAudioLanguages());

      MyPlexFriend friend = account.friends().get(0);
      assertEquals("pending_received", friend.getStatus());
      assertEquals("older_kid", friend.getRestrictionProfile());
      assertEquals(1, friend.getModel().getSharedSources().size());
      assertEquals(
          List.of("gb/Uc", "UK: Uc", "FSK 0"),
          friend.getSharingSettings().getFilterTelevision().contentRatings());

      MyPlexUser fred = account.users().get(0);
      SharingSettings fredShares = fred.getSharingSettings();
      assertEquals(2, fredShares.getAllowTuners());
      assertTrue(fredShares.isAllowSubtitleAdmin());
      assertEquals(List.of("private"), fredShares.getFilterPhotos().excludedLabels());
      assertEquals(LibraryFilter.NONE, fredShares.getFilterAll());
      assertEquals("7f3a", fred.getRecommendationsPlaylistId());
      assertNull(account.users().get(1).getRecommendationsPlaylistId());

      assertTrue(
          account.devices().stream()
              .anyMatch(
                  d ->
                      d.getModel().getSyncList() != null
                          && Integer.valueOf(2).equals(d.getModel().getSyncList().getVersion())));
    }
    UserXml xml =
        XML.read(
            Fakes.resource("real/user_subscriptions.xml").getBytes(StandardCharsets.UTF_8),
            UserXml.class);
    assertEquals("active", xml.getSubscriptions().get(0).getState());
    assertEquals(
        List.of("epg", "metadata"),
        xml.getServices().stream().map(UserService::getIdentifier).toList());
  }

  /** Collects, at any depth, every generated model's undeclared fields as {@code path: names}. */
  static void walk(Object value, String where, List<String> undeclared) throws Exception {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, where + "[" + i++ + "]", undeclared);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("io.github.plexapi.generated.model.")) {
      return;
    }
    for (Method getter : value.getClass().getMethods()) {
      if (!getter.getName().startsWith("get")
          || getter.getParameterCount() != 0
          || Modifier.isStatic(getter.getModifiers())
          || getter.getDeclaringClass() == Object.class) {
        continue;
      }
      Object field = getter.invoke(value);
      if (getter.getName().equals("getAdditionalProperties")) {
        if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
          undeclared.add(where + " (" + value.getClass().getSimpleName() + "): " + extra.keySet());
        }
      } else {
        walk(field, where + "." + getter.getName().substring(3), undeclared);
      }
    }
  }
}
