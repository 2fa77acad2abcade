package org.theopy.voice.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes an engine: who made it, what it accepts and what it needs.
 *
 * <p>The core reads a provider's descriptor before creating any engine: to check the SPI version,
 * to choose engines by id, and to skip engines whose languages or capabilities do not fit a
 * request. Instances are immutable and built with {@link #builder(String, EngineKind)}.
 */
public final class EngineDescriptor {

  /** The language tag an engine declares when it handles any language. */
  public static final String ANY_LANGUAGE = "*";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final String id;
  private final EngineKind kind;
  private final String displayName;
  private final String vendor;
  private final String version;
  private final Set<String> languages;
  private final Set<Integer> sampleRates;
  private final Connectivity connectivity;
  private final Set<Capability> capabilities;
  private final String spiVersion;

  private EngineDescriptor(Builder b) {
    this.id = b.id;
    this.kind = b.kind;
    this.displayName = b.displayName == null ? b.id : b.displayName;
    this.vendor = b.vendor == null ? "unknown" : b.vendor;
    this.version = b.version == null ? "unknown" : b.version;
    this.languages = Collections.unmodifiableSet(new LinkedHashSet<>(b.languages));
    this.sampleRates = Collections.unmodifiableSet(new LinkedHashSet<>(b.sampleRates));
    this.connectivity = b.connectivity;
    this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(b.capabilities));
    this.spiVersion = b.spiVersion;
  }

  /**
   * Starts a descriptor.
   *
   * @param id a stable, lower-case id such as {@code vosk} or {@code openai-stt}: letters, digits,
   *     dot, dash and underscore, at most 64 characters; used in configuration and logs
   * @param kind the kind of engine
   * @return a builder
   * @throws IllegalArgumentException when the id is malformed
   */
  public static Builder builder(String id, EngineKind kind) {
    return new Builder(id, kind);
  }

  /**
   * Returns the engine's id, unique among engines of the same kind.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the engine's kind.
   *
   * @return the kind
   */
  public EngineKind kind() {
    return kind;
  }

  /**
   * Returns a name to show people.
   *
   * @return the display name (the id when none was given)
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns who ships the engine.
   *
   * @return the vendor
   */
  public String vendor() {
    return vendor;
  }

  /**
   * Returns the engine's own version (not the SPI's).
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the languages the engine handles as BCP 47 tags ({@code en}, {@code en-US}), or a set
   * holding only {@link #ANY_LANGUAGE}.
   *
   * @return the language tags, never empty
   */
  public Set<String> languages() {
    return languages;
  }

  /**
   * Returns the sample rates (Hz) of 16-bit mono PCM the engine takes (speech-to-text) or produces
   * (text-to-speech). Empty for intent classifiers. The core converts audio to one of these rates
   * before calling a speech-to-text engine.
   *
   * @return the sample rates
   */
  public Set<Integer> sampleRates() {
    return sampleRates;
  }

  /**
   * Returns whether the engine needs the network.
   *
   * @return the connectivity
   */
  public Connectivity connectivity() {
    return connectivity;
  }

  /**
   * Tells whether the engine works without the network.
   *
   * @return {@code true} for {@link Connectivity#OFFLINE}
   */
  public boolean isOffline() {
    return connectivity == Connectivity.OFFLINE;
  }

  /**
   * Returns the optional abilities the engine declares.
   *
   * @return the capabilities
   */
  public Set<Capability> capabilities() {
    return capabilities;
  }

  /**
   * Tells whether the engine declares a capability.
   *
   * @param capability the capability
   * @return {@code true} when declared
   */
  public boolean has(Capability capability) {
    return capabilities.contains(capability);
  }

  /**
   * Returns the SPI version the engine was built against, normally {@link SpiVersion#CURRENT} at
   * the engine's build time.
   *
   * @return a {@code major.minor} string
   */
  public String spiVersion() {
    return spiVersion;
  }

  /**
   * Tells whether the engine handles a language. A request for {@code en-GB} matches an engine that
   * declares {@code en} or {@code en-GB}; a request for {@code en} matches an engine that declares
   * {@code en-US}. Matching ignores case.
   *
   * @param languageTag a BCP 47 tag
   * @return {@code true} when the engine handles the language or any language
   */
  public boolean supportsLanguage(String languageTag) {
    if (languages.contains(ANY_LANGUAGE)) {
      return true;
    }
    if (languageTag == null || languageTag.isBlank()) {
      return false;
    }
    String wanted = languageTag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    String wantedPrimary = primary(wanted);
    for (String declared : languages) {
      String d = declared.toLowerCase(Locale.ROOT).replace('_', '-');
      if (d.equals(wanted) || d.equals(wantedPrimary) || primary(d).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Chooses the sample rate the core should convert audio of {@code inputRate} to: the input rate
   * itself when accepted, else the lowest accepted rate above it, else the highest below.
   *
   * @param inputRate the rate of the audio at hand
   * @return the rate to use; {@code inputRate} when the engine declares no rates
   */
  public int bestSampleRateFor(int inputRate) {
    if (sampleRates.isEmpty() || sampleRates.contains(inputRate)) {
      return inputRate;
    }
    int above = Integer.MAX_VALUE;
    int below = 0;
    for (int rate : sampleRates) {
      if (rate > inputRate && rate < above) {
        above = rate;
      } else if (rate < inputRate && rate > below) {
        below = rate;
      }
    }
    return above != Integer.MAX_VALUE ? above : below;
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EngineDescriptor other
        && id.equals(other.id)
        && kind == other.kind
        && version.equals(other.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, version);
  }

  @Override
  public String toString() {
    return kind + " engine '" + id + "' " + version + " by " + vendor + " (" + connectivity + ")";
  }

  /** Builds an {@link EngineDescriptor}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final EngineKind kind;
    private String displayName;
    private String vendor;
    private String version;
    private final Set<String> languages = new LinkedHashSet<>();
    private final Set<Integer> sampleRates = new LinkedHashSet<>();
    private Connectivity connectivity = Connectivity.OFFLINE;
    private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    private String spiVersion = SpiVersion.CURRENT;

    private Builder(String id, EngineKind kind) {
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "engine id must be 1-64 lower-case letters, digits, '.', '-' or '_', got: " + id);
      }
      this.id = id;
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Sets the display name.
     *
     * @param displayName a name to show people
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets the vendor.
     *
     * @param vendor who ships the engine
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = vendor;
      return this;
    }

    /**
     * Sets the engine's version.
     *
     * @param version the engine's own version
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Adds languages.
     *
     * @param tags BCP 47 tags, or {@link #ANY_LANGUAGE}
     * @return this builder
     */
    public Builder languages(String... tags) {
      for (String tag : tags) {
        if (tag == null || tag.isBlank()) {
          throw new IllegalArgumentException("language tags must not be blank");
        }
        languages.add(tag.trim());
      }
      return this;
    }

    /**
     * Adds accepted (STT) or produced (TTS) sample rates of 16-bit mono PCM.
     *
     * @param rates rates in Hz, each between 4000 and 192000
     * @return this builder
     */
    public Builder sampleRates(int... rates) {
      for (int rate : rates) {
        if (rate < 4000 || rate > 192_000) {
          throw new IllegalArgumentException(
              "sample rate must be between 4000 and 192000 Hz, got: " + rate);
        }
        sampleRates.add(rate);
      }
      return this;
    }

    /**
     * Sets whether the engine needs the network (default {@link Connectivity#OFFLINE}).
     *
     * @param connectivity the connectivity
     * @return this builder
     */
    public Builder connectivity(Connectivity connectivity) {
      this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
      return this;
    }

    /**
     * Adds capabilities.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder capabilities(Capability... capabilities) {
      for (Capability c : capabilities) {
        this.capabilities.add(Objects.requireNonNull(c, "capability"));
      }
      return this;
    }

    /**
     * Overrides the SPI version (default {@link SpiVersion#CURRENT}, which is right for every
     * engine compiled against this SPI; tests use this to simulate old engines).
     *
     * @param spiVersion a {@code major.minor} string
     * @return this builder
     */
    public Builder spiVersion(String spiVersion) {
      this.spiVersion = Objects.requireNonNull(spiVersion, "spiVersion");
      return this;
    }

    /**
     * Builds the descriptor.
     *
     * @return the descriptor
     * @throws IllegalStateException when no language was given
     */
    public EngineDescriptor build() {
      if (languages.isEmpty()) {
        throw new IllegalStateException(
            "engine '" + id + "' declares no language; use \"*\" for any language");
      }
      return new EngineDescriptor(this);
    }
  }
}
