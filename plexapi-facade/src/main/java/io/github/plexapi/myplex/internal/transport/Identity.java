package io.github.plexapi.myplex.internal.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The X-Plex identity headers an application sends with every request. The client identifier should
 * be persisted by the application: a fresh one per run makes plex.tv e-mail the account owner about
 * a "new device" each time.
 */
public record Identity(
    String clientIdentifier,
    String product,
    String version,
    String platform,
    String platformVersion,
    String device,
    String deviceName,
    String provides,
    String language) {

  /** The defaults for this library and JVM, with a new random client identifier. */
  public static Identity defaults() {
    return new Identity(
        UUID.randomUUID().toString(),
        "plexapi-java",
        LibraryVersion.get(),
        System.getProperty("os.name", "Java"),
        System.getProperty("os.version", ""),
        "Java " + System.getProperty("java.version", ""),
        "plexapi-java",
        "controller",
        "en");
  }

  /** The headers, in a stable order; fields that are null are left out. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    put(headers, "X-Plex-Client-Identifier", clientIdentifier);
    put(headers, "X-Plex-Product", product);
    put(headers, "X-Plex-Version", version);
    put(headers, "X-Plex-Platform", platform);
    put(headers, "X-Plex-Platform-Version", platformVersion);
    put(headers, "X-Plex-Device", device);
    put(headers, "X-Plex-Device-Name", deviceName);
    put(headers, "X-Plex-Provides", provides);
    put(headers, "X-Plex-Language", language);
    return Collections.unmodifiableMap(headers);
  }

  private static void put(Map<String, String> headers, String name, String value) {
    if (value != null) {
      headers.put(name, value);
    }
  }
}
