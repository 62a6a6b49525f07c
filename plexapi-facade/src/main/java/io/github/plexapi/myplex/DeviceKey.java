package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.Jwk;
import io.github.plexapi.myplex.internal.jwt.Jwts;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A device's Ed25519 key pair for Plex's JWT authentication, made and used with the JDK's own
 * EdDSA. The caller owns its storage: {@link #toPem()} / {@link #fromPem(String)} (or the same as
 * bytes) hold both keys, since the JDK cannot derive an Ed25519 public key from the private one.
 * Its key id is the hex SHA-256 of the raw public key.
 *
 * <p>Made and read locally: nothing here touches the network.
 */
public final class DeviceKey {
  private static final Pattern PEM =
      Pattern.compile(
          "-----BEGIN (PRIVATE|PUBLIC) KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1 KEY-----");
  private static final int RAW_KEY_BYTES = 32;

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final byte[] rawPublicKey;
  private final String keyId;

  private DeviceKey(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    byte[] encoded = publicKey.getEncoded();
    this.rawPublicKey = Arrays.copyOfRange(encoded, encoded.length - RAW_KEY_BYTES, encoded.length);
    this.keyId = HexFormat.of().formatHex(sha256(rawPublicKey));
  }

  /** A new random key pair. */
  public static DeviceKey generate() {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new DeviceKey(pair.getPrivate(), pair.getPublic());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no Ed25519", e);
    }
  }

  /**
   * Reads a key pair written by {@link #toPem()}.
   *
   * @throws IllegalArgumentException if the text does not hold an Ed25519 private and public key
   */
  public static DeviceKey fromPem(String pem) {
    if (pem == null) {
      throw new IllegalArgumentException("pem must not be null");
    }
    byte[] pkcs8 = null;
    byte[] x509 = null;
    Matcher blocks = PEM.matcher(pem);
    while (blocks.find()) {
      byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
      if (blocks.group(1).equals("PRIVATE")) {
        pkcs8 = der;
      } else {
        x509 = der;
      }
    }
    if (pkcs8 == null || x509 == null) {
      throw new IllegalArgumentException(
          "a device key needs both a PRIVATE KEY and a PUBLIC KEY block");
    }
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      return new DeviceKey(
          factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)),
          factory.generatePublic(new X509EncodedKeySpec(x509)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 key pair");
    }
  }

  /** Reads a key pair written by {@link #toBytes()}. */
  public static DeviceKey fromBytes(byte[] bytes) {
    if (bytes == null) {
      throw new IllegalArgumentException("bytes must not be null");
    }
    return fromPem(new String(bytes, StandardCharsets.US_ASCII));
  }

  /** Both keys as PEM ({@code PRIVATE KEY} in PKCS#8, {@code PUBLIC KEY} in X.509). A secret. */
  public String toPem() {
    Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    return "-----BEGIN PRIVATE KEY-----\n"
        + mime.encodeToString(privateKey.getEncoded())
        + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n"
        + mime.encodeToString(publicKey.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** {@link #toPem()} as bytes. A secret. */
  public byte[] toBytes() {
    return toPem().getBytes(StandardCharsets.US_ASCII);
  }

  /** The key id: hex SHA-256 of the raw 32-byte public key (the Plex JWT's {@code thumbprint}). */
  public String keyId() {
    return keyId;
  }

  /** The public key as a JWK ({@code kty: OKP, crv: Ed25519, x, kid, use: sig, alg: EdDSA}). */
  public Jwk publicJwk() {
    return new Jwk()
        .kty("OKP")
        .crv("Ed25519")
        .x(Jwts.base64Url(rawPublicKey))
        .kid(keyId)
        .use("sig")
        .alg("EdDSA");
  }

  /** A compact JWT of {@code claims} signed with this key. */
  String sign(Map<String, Object> claims) {
    return Jwts.sign(privateKey, keyId, claims);
  }

  @Override
  public String toString() {
    return "DeviceKey{kid=" + keyId + "}";
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
