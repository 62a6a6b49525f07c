package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.DeviceJwtRequest;
import io.github.plexapi.generated.model.Jwk;
import io.github.plexapi.generated.model.JwkRegistration;
import io.github.plexapi.generated.model.JwtPinRequest;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.myplex.internal.jwt.Jwts;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JWT device authentication: registering a device key, refreshing and verifying Plex JWTs. */
final class JwtCalls {
  private static final String JWT_SCOPE =
      "username,email,friendly_name,restricted,anonymous,joinedAt";
  private static final Duration DEVICE_JWT_LIFETIME = Duration.ofMinutes(5);
  private static final Duration JWT_LEEWAY = Duration.ofSeconds(30);
  private static final String PLEX_TV_AUDIENCE = "plex.tv";

  private final PlexSession session;

  JwtCalls(PlexSession session) {
    this.session = session;
  }

  void registerDeviceKey(DeviceKey key) {
    requireKey(key);
    session.authorizedRun(
        () -> session.apis().jwt().registerDeviceKey(new JwkRegistration().jwk(key.publicJwk())));
  }

  PlexJwt refreshJwt(DeviceKey key) {
    requireKey(key);
    String nonce = session.call(() -> session.apis().jwt().getAuthNonce()).getNonce();
    if (nonce == null || nonce.isBlank()) {
      throw new PlexApiException("plex.tv sent no nonce", 200);
    }
    String clientId = session.identity().clientIdentifier();
    String deviceJwt = key.sign(deviceClaims(clientId, Map.of("nonce", nonce, "scope", JWT_SCOPE)));
    String plexJwt =
        session
            .call(
                () -> session.apis().jwt().exchangeDeviceJwt(new DeviceJwtRequest().jwt(deviceJwt)))
            .getAuthToken();
    PlexJwt verified = verifyJwt(plexJwt, key);
    session.token(plexJwt);
    return verified;
  }

  PlexJwt verifyJwt(String jwt, DeviceKey key) {
    requireKey(key);
    List<Jwk> keys = list(session.call(() -> session.apis().jwt().getAuthKeys()).getKeys());
    String clientId = session.identity().clientIdentifier();
    return new PlexJwt(
        Jwts.verify(
            jwt,
            keys,
            List.of(PLEX_TV_AUDIENCE, clientId),
            key.keyId(),
            Instant.now(),
            JWT_LEEWAY));
  }

  /** A strong PIN bound to {@code key}, created on clients.plex.tv. */
  Pin createJwtPin(DeviceKey key) {
    requireKey(key);
    return session.call(
        () ->
            session
                .apis()
                .clientsAuthentication()
                .createPin(true, new JwtPinRequest().jwk(key.publicJwk()).strong(true)));
  }

  /** The claims of a device JWT issued now by {@code clientId}, plus {@code extra}. */
  static Map<String, Object> deviceClaims(String clientId, Map<String, Object> extra) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>(extra);
    claims.put("aud", PLEX_TV_AUDIENCE);
    claims.put("iss", clientId);
    claims.put("iat", now);
    claims.put("exp", now + DEVICE_JWT_LIFETIME.toSeconds());
    return claims;
  }

  private static void requireKey(DeviceKey key) {
    if (key == null) {
      throw new IllegalArgumentException("a DeviceKey is required");
    }
  }
}
