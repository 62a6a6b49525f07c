package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.List;
import java.util.TreeSet;

/** The account's settings: online media sources (opt-outs) and watch-state sync. */
final class SettingsCalls {
  private final PlexSession session;

  SettingsCalls(PlexSession session) {
    this.session = session;
  }

  List<OnlineMediaSource> onlineMediaSources() {
    String uuid = session.user().getUuid();
    return list(session.authorized(() -> session.apis().settings().getOptOuts(uuid)).getOptOuts())
        .stream()
        .map(o -> new OnlineMediaSource(o.getKey(), o.getValue()))
        .toList();
  }

  void setOnlineMediaSource(String key, String value) {
    Require.text("key", key);
    if (value == null || !OnlineMediaSource.VALUES.contains(value)) {
      throw new IllegalArgumentException(
          "value must be one of " + new TreeSet<>(OnlineMediaSource.VALUES));
    }
    String uuid = session.user().getUuid();
    session.authorizedRun(() -> session.apis().settings().setOptOut(uuid, key, value));
  }

  boolean viewStateSync() {
    return isTrue(
        session.authorized(() -> session.apis().settings().getViewStateSync()).getConsent());
  }

  void setViewStateSync(boolean consent) {
    session.authorizedRun(() -> session.apis().settings().setViewStateSync(consent));
  }
}
