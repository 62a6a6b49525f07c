package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A device's connection URIs as {@link Address}es. {@code devices.xml} does not say which are
 * local, so a literal private, loopback or link-local IP address counts as local and anything else
 * (host names included, which are never looked up here) as remote.
 */
public final class DeviceAddresses {
  private DeviceAddresses() {}

  /** The addresses of these URIs; unparsable ones are skipped. */
  public static List<Address> of(List<String> uris) {
    return uris.stream().map(DeviceAddresses::address).filter(Objects::nonNull).toList();
  }

  private static Address address(String uri) {
    HttpUrl url = HttpUrl.parse(uri);
    if (url == null) {
      return null;
    }
    Location location = isLocalLiteral(url.host()) ? Location.LOCAL : Location.REMOTE;
    String base = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return url.isHttps() ? new Address(base, null, location) : new Address(null, base, location);
  }

  private static boolean isLocalLiteral(String host) {
    boolean literal = host.contains(":") || host.toLowerCase(Locale.ROOT).matches("[0-9.]+");
    if (!literal) {
      return false;
    }
    try {
      InetAddress address = InetAddress.getByName(host);
      return address.isSiteLocalAddress()
          || address.isLoopbackAddress()
          || address.isLinkLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
