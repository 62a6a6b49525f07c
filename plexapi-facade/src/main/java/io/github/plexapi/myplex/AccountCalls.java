package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.flag;
import static io.github.plexapi.myplex.internal.convert.Convert.isTrue;
import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Feature;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.List;
import java.util.Map;

/** The account itself: ping, sign-out, privacy, GeoIP, the public IP and the escape hatch. */
final class AccountCalls {
  private final PlexSession session;

  AccountCalls(PlexSession session) {
    this.session = session;
  }

  boolean ping() {
    return isTrue(session.authorized(() -> session.apis().account().ping()).getPong());
  }

  void signout() {
    session.authorizedRun(() -> session.apis().authentication().signOut());
    session.token(null);
    session.user(null);
  }

  PrivacySettings privacy() {
    return new PrivacySettings(session.authorized(() -> session.apis().account().getPrivacy()));
  }

  void setPrivacy(Boolean optOutPlayback, Boolean optOutLibraryStats) {
    session.authorizedRun(
        () ->
            session.apis().account().updatePrivacy(flag(optOutPlayback), flag(optOutLibraryStats)));
  }

  GeoLocation geoip(String ipAddress) {
    Require.text("ipAddress", ipAddress);
    return new GeoLocation(
        session.authorized(() -> session.apis().account().getGeoIp(ipAddress.trim())));
  }

  String publicIp() {
    return session.call(() -> session.apis().account().getPublicIp());
  }

  List<String> features() {
    return list(session.authorized(() -> session.apis().account().getFeatures())).stream()
        .map(Feature::getId)
        .toList();
  }

  List<MediaProvider> mediaProviders() {
    List<io.github.plexapi.generated.model.MediaProvider> providers =
        list(session.authorized(() -> session.apis().account().getMediaProviders()));
    providers.forEach(p -> session.transport().redactor().remember(p.getToken()));
    return providers.stream().map(MediaProvider::new).toList();
  }

  <T> T query(String url, String method, Map<String, String> headers, Class<T> type) {
    Require.text("method", method);
    return session.transport().query(url, method, headers, type == Void.class ? null : type);
  }
}
