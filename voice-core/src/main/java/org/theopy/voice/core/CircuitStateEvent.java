package org.theopy.voice.core;

import java.time.Instant;
import java.util.Objects;
import org.theopy.voice.spi.EngineKind;

/**
 * An engine's circuit breaker changed state, for example from CLOSED to OPEN after too many
 * failures, or from HALF_OPEN back to CLOSED after successful probes.
 *
 * @param timestamp when the transition happened
 * @param engineId the engine whose circuit changed
 * @param kind the engine's kind
 * @param from the previous state
 * @param to the new state
 */
public record CircuitStateEvent(
    Instant timestamp, String engineId, EngineKind kind, CircuitState from, CircuitState to)
    implements VoiceEvent {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public CircuitStateEvent {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
