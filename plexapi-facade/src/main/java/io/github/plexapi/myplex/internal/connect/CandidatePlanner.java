package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.ConnectOptions;
import io.github.plexapi.myplex.ConnectOptions.Location;
import io.github.plexapi.myplex.ConnectOptions.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Orders a resource's addresses into candidates: local, then remote, then relay; within each, https
 * before http. A resource the account does not own offers no local candidates; duplicates are
 * dropped; plain http to a non-local address carries no token unless the options allow it.
 */
public final class CandidatePlanner {
  private CandidatePlanner() {}

  /** The candidates to race, best first. */
  public static List<Candidate> plan(
      List<Address> addresses, boolean owned, ConnectOptions options) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Location location : Location.values()) {
      if (!options.locations().contains(location) || (location == Location.LOCAL && !owned)) {
        continue;
      }
      for (Scheme scheme : Scheme.values()) {
        if (!options.schemes().contains(scheme)) {
          continue;
        }
        for (Address address : addresses) {
          String url = scheme == Scheme.HTTPS ? address.uri() : address.httpUri();
          if (address.location() != location || url == null || !hasScheme(url, scheme)) {
            continue;
          }
          String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
          if (seen.add(base)) {
            boolean secure = scheme == Scheme.HTTPS;
            boolean token =
                secure || location == Location.LOCAL || options.allowTokenOverInsecureHttp();
            candidates.add(new Candidate(base, location, token, address.connection()));
          }
        }
      }
    }
    return candidates;
  }

  private static boolean hasScheme(String url, Scheme scheme) {
    return url.toLowerCase(Locale.ROOT).startsWith(scheme.name().toLowerCase(Locale.ROOT) + "://");
  }
}
