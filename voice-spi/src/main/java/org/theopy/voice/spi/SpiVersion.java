package org.theopy.voice.spi;

/**
 * The version of this SPI, which every {@link EngineDescriptor} records as the version its engine
 * was built against.
 *
 * <p>The core loads an engine when the major versions are equal and the engine's minor version is
 * not newer than the core's: minor versions only add {@code default} methods and optional values,
 * so an engine built against an older minor version keeps working. Anything else is reported as a
 * load diagnostic and the engine is not used.
 */
public final class SpiVersion {

  /** Incremented when an existing contract changes incompatibly. */
  public static final int MAJOR = 1;

  /** Incremented when the contract grows in a compatible way. */
  public static final int MINOR = 0;

  /** {@code MAJOR.MINOR}, the value to put in a descriptor. */
  public static final String CURRENT = MAJOR + "." + MINOR;

  private SpiVersion() {}

  /**
   * Tells whether an engine built against {@code version} can run on this SPI.
   *
   * @param version a {@code major.minor} string from a descriptor
   * @return {@code true} when the major versions match and the minor is not newer than ours
   */
  public static boolean isCompatible(String version) {
    if (version == null) {
      return false;
    }
    String[] parts = version.trim().split("\\.");
    if (parts.length < 1 || parts.length > 3) {
      return false;
    }
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major == MAJOR && minor >= 0 && minor <= MINOR;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
