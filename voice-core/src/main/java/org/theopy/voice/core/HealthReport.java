package org.theopy.voice.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.HealthStatus;

/**
 * The health of a pipeline at one moment: each engine's own health check, circuit state and
 * indicators, plus every diagnostic found while loading engines.
 *
 * @param checkedAt when the report was made
 * @param status UP when every configured kind has an engine that is UP with a closed circuit and no
 *     engine is impaired; DEGRADED when some engine is down, open or degraded but every configured
 *     kind still has a usable engine; DOWN when a configured kind has no usable engine
 * @param engines one entry per engine in the pipeline's chains, in chain order
 * @param diagnostics problems found while discovering and creating engines
 */
public record HealthReport(
    Instant checkedAt,
    HealthStatus status,
    List<EngineStatus> engines,
    List<EngineDiagnostic> diagnostics) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public HealthReport {
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(status, "status");
    engines = List.copyOf(engines);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * One engine's entry in a {@link HealthReport}.
   *
   * @param descriptor the engine's descriptor
   * @param health the engine's own health check (DOWN with the reason when the check threw or took
   *     longer than a second)
   * @param circuitState the engine's circuit breaker state
   * @param indicators the engine's rolling indicators
   */
  public record EngineStatus(
      EngineDescriptor descriptor,
      EngineHealth health,
      CircuitState circuitState,
      EngineIndicators indicators) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public EngineStatus {
      Objects.requireNonNull(descriptor, "descriptor");
      Objects.requireNonNull(health, "health");
      Objects.requireNonNull(circuitState, "circuitState");
      Objects.requireNonNull(indicators, "indicators");
    }
  }
}
