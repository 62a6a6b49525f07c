package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.transport.WireText;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How {@link MyPlexResource#connect(ConnectOptions)} chooses among a resource's addresses.
 * Immutable; {@link #newBuilder()} derives a variant. The defaults try every location and scheme
 * within the account's timeout, and never send a token over plain http to a non-local address.
 */
public final class ConnectOptions {
  /** Where an address is, in priority order. */
  public enum Location {
    /** On the resource's local network. */
    LOCAL,
    /** A direct address across the internet. */
    REMOTE,
    /** Through a Plex relay. */
    RELAY
  }

  /** How an address is reached, in priority order. */
  public enum Scheme {
    /** https, the {@code *.plex.direct} URL with a valid certificate. */
    HTTPS,
    /** plain http to the address and port. */
    HTTP
  }

  private static final ConnectOptions DEFAULTS = new Builder().build();

  private final Set<Location> locations;
  private final Set<Scheme> schemes;
  private final Duration timeout;
  private final boolean allowTokenOverInsecureHttp;

  private ConnectOptions(Builder b) {
    this.locations = Set.copyOf(b.locations);
    this.schemes = Set.copyOf(b.schemes);
    this.timeout = b.timeout;
    this.allowTokenOverInsecureHttp = b.allowTokenOverInsecureHttp;
  }

  /** Every location and scheme, the account's timeout, no token over insecure http. */
  public static ConnectOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.locations = EnumSet.copyOf(locations);
    b.schemes = EnumSet.copyOf(schemes);
    b.timeout = timeout;
    b.allowTokenOverInsecureHttp = allowTokenOverInsecureHttp;
    return b;
  }

  /** The locations tried. */
  public Set<Location> locations() {
    return locations;
  }

  /** The schemes tried. */
  public Set<Scheme> schemes() {
    return schemes;
  }

  /** The deadline of the whole connect, or null for the account's timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** Whether the token may be sent over plain http to an address that is not local. */
  public boolean allowTokenOverInsecureHttp() {
    return allowTokenOverInsecureHttp;
  }

  @Override
  public String toString() {
    return "ConnectOptions{locations="
        + locations
        + ", schemes="
        + schemes
        + ", timeout="
        + timeout
        + ", allowTokenOverInsecureHttp="
        + allowTokenOverInsecureHttp
        + "}";
  }

  /** Configures {@link ConnectOptions}. */
  public static final class Builder {
    private Set<Location> locations = EnumSet.allOf(Location.class);
    private Set<Scheme> schemes = EnumSet.allOf(Scheme.class);
    private Duration timeout;
    private boolean allowTokenOverInsecureHttp;

    private Builder() {}

    /** Tries only these locations (at least one). */
    public Builder locations(Location... locations) {
      if (locations == null || locations.length == 0) {
        throw new IllegalArgumentException("at least one location is required");
      }
      this.locations = EnumSet.of(locations[0], locations);
      return this;
    }

    /** Tries only these schemes (at least one). */
    public Builder schemes(Scheme... schemes) {
      if (schemes == null || schemes.length == 0) {
        throw new IllegalArgumentException("at least one scheme is required");
      }
      this.schemes = EnumSet.of(schemes[0], schemes);
      return this;
    }

    /** python-plexapi's switch: true tries only https, false only http, null both. */
    public Builder ssl(Boolean ssl) {
      this.schemes =
          ssl == null
              ? EnumSet.allOf(Scheme.class)
              : ssl ? EnumSet.of(Scheme.HTTPS) : EnumSet.of(Scheme.HTTP);
      return this;
    }

    /** The deadline of the whole connect, bodies included (default: the account's timeout). */
    public Builder timeout(Duration timeout) {
      if (timeout != null) {
        WireText.timeout("timeout", timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Lets the resource's token travel over plain http to remote and relay addresses, where anyone
     * on the path can read it. Off by default; without it such candidates are tried without a
     * token.
     */
    public Builder allowTokenOverInsecureHttp(boolean allow) {
      this.allowTokenOverInsecureHttp = allow;
      return this;
    }

    /** Builds the options. */
    public ConnectOptions build() {
      return new ConnectOptions(this);
    }
  }
}
