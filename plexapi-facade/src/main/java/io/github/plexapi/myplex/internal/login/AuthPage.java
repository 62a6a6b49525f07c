package io.github.plexapi.myplex.internal.login;

import io.github.plexapi.myplex.internal.transport.Identity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code app.plex.tv/auth} page for a strong PIN: client id, code, the device context of the
 * identity headers, and the optional forward URL, each percent-encoded in the fragment.
 */
public final class AuthPage {
  private AuthPage() {}

  /** The page URL under {@code base} (e.g. {@code https://app.plex.tv/auth}). */
  public static String url(String base, Identity identity, String code, String forwardUrl) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("clientID", identity.clientIdentifier());
    params.put("code", code);
    params.put("context[device][product]", identity.product());
    params.put("context[device][version]", identity.version());
    params.put("context[device][platform]", identity.platform());
    params.put("context[device][platformVersion]", identity.platformVersion());
    params.put("context[device][device]", identity.device());
    params.put("context[device][deviceName]", identity.deviceName());
    if (forwardUrl != null && !forwardUrl.isBlank()) {
      params.put("forwardUrl", forwardUrl);
    }
    return base
        + "#?"
        + params.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
