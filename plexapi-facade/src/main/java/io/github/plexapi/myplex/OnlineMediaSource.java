package io.github.plexapi.myplex;

import java.util.Set;

/**
 * One online media source (e.g. {@code tv.plex.provider.podcasts}) and whether the account uses it
 * ({@link MyPlexAccount#onlineMediaSources()}).
 *
 * @param key the source
 * @param value {@code opt_in}, {@code opt_out} or {@code opt_out_managed}
 *     <p>A value read from an answer already received: its getters send no request.
 */
public record OnlineMediaSource(String key, String value) {
  /** The values plex.tv accepts. */
  public static final Set<String> VALUES = Set.of("opt_in", "opt_out", "opt_out_managed");

  /** Whether the account uses the source. */
  public boolean isOptedIn() {
    return "opt_in".equals(value);
  }
}
