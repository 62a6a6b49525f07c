package io.github.plexapi.testkit.internal;

import static io.github.plexapi.testkit.internal.Answers.empty;
import static io.github.plexapi.testkit.internal.Answers.error;
import static io.github.plexapi.testkit.internal.Answers.xml;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.LegacyShareUpdate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy share paths python-plexapi changes sections through: {@code GET
 * api/servers/{machineId}/shared_servers} (XML), and {@code PUT} and {@code DELETE} of one share.
 */
final class LegacyShareRoutes {
  private static final Pattern LIST = Pattern.compile("/api/servers/([^/]+)/shared_servers");
  private static final Pattern ONE = Pattern.compile("/api/servers/([^/]+)/shared_servers/(\\d+)");

  private final FakeState state;

  LegacyShareRoutes(FakeState state) {
    this.state = state;
  }

  /** The answer, or null when the request is not one of these paths. */
  ResponseDefinition answer(String method, String path, Request request) {
    Matcher list = LIST.matcher(path);
    Matcher one = ONE.matcher(path);
    if (method.equals("GET") && list.matches()) {
      return xml(shares(list.group(1)));
    }
    if (one.matches() && (method.equals("PUT") || method.equals("DELETE"))) {
      List<Long> sections = List.of();
      if (method.equals("PUT")) {
        LegacyShareUpdate update =
            JSON.deserialize(request.getBodyAsString(), LegacyShareUpdate.class);
        sections = update.getSharedServer().getLibrarySectionIds();
      }
      return state.reshare(Long.parseLong(one.group(2)), sections)
          ? empty(200)
          : error(404, 1002, "Not found");
    }
    return null;
  }

  private String shares(String machineId) {
    StringBuilder xml =
        new StringBuilder("<MediaContainer machineIdentifier=\"" + machineId + "\">");
    for (FakeState.Share share : state.shares()) {
      if (!share.machineIdentifier().equals(machineId)) {
        continue;
      }
      FakeState.FriendState friend =
          state.friends().stream().filter(share::isFor).findFirst().orElse(null);
      xml.append("<SharedServer id=\"")
          .append(share.id())
          .append("\" userID=\"")
          .append(friend == null ? "" : friend.id())
          .append("\" username=\"")
          .append(friend == null ? "" : friend.title())
          .append("\" email=\"")
          .append(share.invitedEmail() == null ? "" : share.invitedEmail())
          .append("\" accessToken=\"fake-share-token-")
          .append(share.id())
          .append("\">");
      for (Long section : share.sectionIds()) {
        xml.append("<Section id=\"").append(section).append("\" shared=\"1\"/>");
      }
      xml.append("</SharedServer>");
    }
    return xml.append("</MediaContainer>").toString();
  }
}
