package io.github.plexapi.myplex;

import io.github.plexapi.myplex.internal.transport.WireText;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How {@link MyPlexResource#connect(ConnectOptions)} chooses among a resource's addresses.
 * Immutable; {@link #newBuilder()} derives a variant. The defaults try every location and scheme
 * within the account's timeout, and never send a token over plain http to a non-local address.
 *
 * <p>Options only: building or reading them sends no request.
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

  /**
   * How long, by default, a better address still running gets to answer once a worse one has
   * answered as the right server.
   */
  public static final Duration DEFAULT_PREFERENCE_WINDOW = Duration.ofSeconds(1);

  private static final ConnectOptions DEFAULTS = new Builder().build();

  private final Set<Location> locations;
  private final Set<Scheme> schemes;
  private final Duration timeout;
  private final boolean allowTokenOverInsecureHttp;
  private final Duration preferenceWindow;

  private ConnectOptions(Builder b) {
    this.locations = Set.copyOf(b.locations);
    this.schemes = Set.copyOf(b.schemes);
    this.timeout = b.timeout;
    this.allowTokenOverInsecureHttp = b.allowTokenOverInsecureHttp;
    this.preferenceWindow = b.preferenceWindow;
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
    b.preferenceWindow = preferenceWindow;
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

  /**
   * How long a better address still running gets to answer once a worse one has answered as the
   * right server, or null for the account's ({@link #DEFAULT_PREFERENCE_WINDOW} unless set).
   */
  public Duration preferenceWindow() {
    return preferenceWindow;
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
        + ", preferenceWindow="
        + preferenceWindow
        + "}";
  }

  /** Configures {@link ConnectOptions}. */
  public static final class Builder {
    private Set<Location> locations = EnumSet.allOf(Location.class);
    private Set<Scheme> schemes = EnumSet.allOf(Scheme.class);
    private Duration timeout;
    private boolean allowTokenOverInsecureHttp;
    private Duration preferenceWindow;

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

    /**
     * Once a lower-priority address has answered as the right server, every higher-priority attempt
     * still running (connected or not) gets at most {@code window} to answer; then the best answer
     * in hand wins and the rest are cancelled at once. {@link Duration#ZERO}: the first right
     * answer wins (python-plexapi's fast connect). An address that cannot even connect is still
     * given up after its shorter grace, whatever the window. Null: the account's window (default
     * {@link #DEFAULT_PREFERENCE_WINDOW}).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder preferenceWindow(Duration window) {
      if (window != null && window.isNegative()) {
        throw new IllegalArgumentException("preferenceWindow must not be negative");
      }
      this.preferenceWindow = window;
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
