package org.theopy.voice.core;

import java.util.Objects;
import java.util.Optional;
import org.theopy.voice.spi.EngineKind;

/**
 * A problem found while discovering, checking or creating engines: a provider that could not be
 * loaded, an engine built against an incompatible SPI version, several providers for one id, an
 * engine that a chain names but nobody provides, or an engine whose creation failed.
 *
 * <p>Diagnostics never stop other engines from loading. Applications read them from {@link
 * EngineRegistry#diagnostics()} and {@link VoicePipeline#diagnostics()}, and the {@link
 * HealthReport} lists them. Immutable and safe to share between threads.
 *
 * @param problem what kind of problem this is
 * @param kind the engine kind concerned, or {@code null} when it could not be determined
 * @param engineId the engine id concerned, or {@code null} when it could not be determined (a
 *     provider class that failed to load has no descriptor)
 * @param providerClass the provider class name concerned, or {@code null} when unknown
 * @param message what happened and what to do about it, readable by a person
 * @param cause the underlying failure, or {@code null}
 */
public record EngineDiagnostic(
    Problem problem,
    EngineKind kind,
    String engineId,
    String providerClass,
    String message,
    Throwable cause) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when the problem or message is {@code null}
   */
  public EngineDiagnostic {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the engine id as an optional.
   *
   * @return the id, empty when unknown
   */
  public Optional<String> engine() {
    return Optional.ofNullable(engineId);
  }

  /**
   * Tells whether the problem keeps an engine from being used (as opposed to a warning, such as a
   * second provider for the same id or an unknown setting).
   *
   * @return {@code true} for problems that disable an engine or provider
   */
  public boolean isError() {
    return problem.error;
  }

  @Override
  public String toString() {
    return problem + ": " + message;
  }

  /** The kinds of problem a {@link EngineDiagnostic} reports. */
  public enum Problem {
    /**
     * {@link java.util.ServiceLoader} could not load a provider: a {@code META-INF/services} line
     * names a missing class, the class does not implement the interface, or similar.
     */
    SERVICE_CONFIGURATION_ERROR(true),
    /** The provider's constructor threw an exception. */
    PROVIDER_CONSTRUCTOR_FAILED(true),
    /**
     * A class or native library the provider needs is missing ({@link LinkageError}, such as {@link
     * UnsatisfiedLinkError} or {@link NoClassDefFoundError}).
     */
    MISSING_LIBRARY(true),
    /** The provider's {@code descriptor()} threw or returned {@code null}. */
    BROKEN_DESCRIPTOR(true),
    /** The engine was built against an SPI version this core cannot run. */
    INCOMPATIBLE_SPI_VERSION(true),
    /** Several providers declare the same kind and id; the first one found is used. */
    SEVERAL_CANDIDATES(false),
    /** A chain names an engine id that no provider on the class path or module path declares. */
    NO_CANDIDATE(true),
    /** The provider's {@code create} failed, so the engine is left out of its chain. */
    CREATION_FAILED(true),
    /** A setting was given for an engine that does not declare it (perhaps a typo). */
    UNKNOWN_SETTING(false);

    private final boolean error;

    Problem(boolean error) {
      this.error = error;
    }
  }
}
