package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.generated.Pair;
import io.github.plexapi.generated.auth.Authentication;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code PlexToken} security scheme (an {@code X-Plex-Token} header), reading the token
 * from a {@link TokenHolder} for each request instead of keeping a copy of its own.
 */
final class HeldTokenAuth implements Authentication {
  private final TokenHolder holder;

  HeldTokenAuth(TokenHolder holder) {
    this.holder = holder;
  }

  @Override
  public void applyToParams(
      List<Pair> queryParams,
      Map<String, String> headerParams,
      Map<String, String> cookieParams,
      String payload,
      String method,
      URI uri) {
    String token = holder.get();
    if (token != null) {
      headerParams.put(TokenGuard.HEADER, token);
    }
  }
}
