package io.github.plexapi.myplex.internal.jwt;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.plexapi.generated.model.Jwk;
import io.github.plexapi.myplex.InvalidJwtException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Signing and verifying compact JWTs (EdDSA with Ed25519 keys; RS256 is also verified). */
public final class Jwts {
  /** The DER prefix of an X.509 Ed25519 public key, before its 32 raw bytes. */
  static final byte[] ED25519_X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private static final Gson GSON = new Gson();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private Jwts() {}

  /** A compact JWS of {@code claims}, signed with an Ed25519 key. */
  public static String sign(PrivateKey key, String kid, Map<String, Object> claims) {
    String header = encode(Map.of("kid", kid, "alg", "EdDSA", "typ", "JWT"));
    String input = header + "." + encode(claims);
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot sign with Ed25519", e);
    }
  }

  /** base64url without padding. */
  public static String base64Url(byte[] bytes) {
    return B64.encodeToString(bytes);
  }

  /** The claims of a JWT, not verified: for scheduling a refresh only. */
  public static JsonObject unverifiedClaims(String jwt) {
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidJwtException("not a JWT (expected three parts)");
    }
    return object(parts[1], "claims");
  }

  /**
   * Verifies a Plex JWT: its signature against every key of {@code keys} (Plex rotates them), then
   * issuer {@code plex.tv}, an audience among {@code audiences}, expiry and issue time (within
   * {@code leeway}), and, when {@code thumbprint} is given, the device key's thumbprint.
   *
   * @return the claims
   * @throws InvalidJwtException naming the first check that failed
   */
  public static JsonObject verify(
      String jwt,
      List<Jwk> keys,
      Collection<String> audiences,
      String thumbprint,
      Instant now,
      Duration leeway) {
    JsonObject claims = signedClaims(jwt, keys);
    requireEquals("iss", "plex.tv", text(claims, "iss"));
    List<String> aud =
        claims.has("aud") && claims.get("aud").isJsonArray()
            ? claims.getAsJsonArray("aud").asList().stream().map(e -> e.getAsString()).toList()
            : text(claims, "aud") == null ? List.of() : List.of(text(claims, "aud"));
    if (aud.stream().noneMatch(audiences::contains)) {
      throw new InvalidJwtException("the JWT is for audience " + aud + ", not " + audiences);
    }
    Instant exp = instant(claims, "exp");
    if (exp == null || !now.isBefore(exp.plus(leeway))) {
      throw new InvalidJwtException("the JWT expired at " + exp);
    }
    Instant iat = instant(claims, "iat");
    if (iat != null && iat.isAfter(now.plus(leeway))) {
      throw new InvalidJwtException("the JWT was issued in the future (" + iat + ")");
    }
    Instant nbf = instant(claims, "nbf");
    if (nbf != null && nbf.isAfter(now.plus(leeway))) {
      throw new InvalidJwtException("the JWT is not valid before " + nbf);
    }
    if (thumbprint != null) {
      requireEquals("thumbprint", thumbprint, text(claims, "thumbprint"));
    }
    return claims;
  }

  /**
   * The claims of a JWT whose signature one of {@code keys} verifies; no claim is checked.
   *
   * @throws InvalidJwtException if it is malformed or no key verifies it
   */
  public static JsonObject signedClaims(String jwt, List<Jwk> keys) {
    if (jwt == null) {
      throw new InvalidJwtException("no JWT");
    }
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidJwtException("not a JWT (expected three parts)");
    }
    JsonObject header = object(parts[0], "header");
    String alg = header.has("alg") ? header.get("alg").getAsString() : "";
    if (!alg.equals("EdDSA") && !alg.equals("RS256")) {
      throw new InvalidJwtException("unsupported JWT algorithm " + alg);
    }
    byte[] signature = decode(parts[2], "signature");
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (keys.stream().noneMatch(key -> verifies(alg, key, input, signature))) {
      throw new InvalidJwtException(
          "the JWT's signature matches none of the " + keys.size() + " published keys");
    }
    return object(parts[1], "claims");
  }

  private static boolean verifies(String alg, Jwk key, byte[] input, byte[] signature) {
    try {
      PublicKey publicKey;
      Signature verifier;
      if (alg.equals("EdDSA")
          && "OKP".equals(key.getKty())
          && "Ed25519".equals(key.getCrv())
          && key.getX() != null) {
        byte[] raw = B64D.decode(key.getX());
        byte[] der = new byte[ED25519_X509_PREFIX.length + raw.length];
        System.arraycopy(ED25519_X509_PREFIX, 0, der, 0, ED25519_X509_PREFIX.length);
        System.arraycopy(raw, 0, der, ED25519_X509_PREFIX.length, raw.length);
        publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        verifier = Signature.getInstance("Ed25519");
      } else if (alg.equals("RS256")
          && "RSA".equals(key.getKty())
          && key.getN() != null
          && key.getE() != null) {
        publicKey =
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(
                        new BigInteger(1, B64D.decode(key.getN())),
                        new BigInteger(1, B64D.decode(key.getE()))));
        verifier = Signature.getInstance("SHA256withRSA");
      } else {
        return false;
      }
      verifier.initVerify(publicKey);
      verifier.update(input);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // a malformed or foreign key verifies nothing
    }
  }

  private static void requireEquals(String claim, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new InvalidJwtException(
          "the JWT's " + claim + " is " + actual + ", expected " + expected);
    }
  }

  private static String text(JsonObject object, String name) {
    return object.has(name) && object.get(name).isJsonPrimitive()
        ? object.get(name).getAsString()
        : null;
  }

  private static Instant instant(JsonObject object, String name) {
    try {
      return object.has(name) && object.get(name).isJsonPrimitive()
          ? Instant.ofEpochSecond(object.get(name).getAsLong())
          : null;
    } catch (NumberFormatException e) {
      throw new InvalidJwtException("the JWT's " + name + " is not a number");
    }
  }

  private static String encode(Map<String, Object> json) {
    return B64.encodeToString(GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String part, String what) {
    try {
      return B64D.decode(part);
    } catch (IllegalArgumentException e) {
      throw new InvalidJwtException("the JWT's " + what + " is not base64url");
    }
  }

  private static JsonObject object(String part, String what) {
    try {
      return JsonParser.parseString(new String(decode(part, what), StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (RuntimeException e) {
      if (e instanceof InvalidJwtException invalid) {
        throw invalid;
      }
      throw new InvalidJwtException("the JWT's " + what + " is not a JSON object");
    }
  }
}
