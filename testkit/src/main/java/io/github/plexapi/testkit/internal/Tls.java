package io.github.plexapi.testkit.internal;

import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The fake's self-signed certificate (for localhost and 127.0.0.1), and a client that trusts it.
 */
public final class Tls {
  private static final HeldCertificate CERTIFICATE =
      new HeldCertificate.Builder()
          .addSubjectAlternativeName("localhost")
          .addSubjectAlternativeName("127.0.0.1")
          .build();
  static final HandshakeCertificates SERVER =
      new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build();
  private static final HandshakeCertificates CLIENT =
      new HandshakeCertificates.Builder().addTrustedCertificate(CERTIFICATE.certificate()).build();

  private Tls() {}

  /** An OkHttp client that trusts the fake servers (and nothing else). */
  public static OkHttpClient trustingClient() {
    return new OkHttpClient.Builder()
        .sslSocketFactory(CLIENT.sslSocketFactory(), CLIENT.trustManager())
        .build();
  }
}
