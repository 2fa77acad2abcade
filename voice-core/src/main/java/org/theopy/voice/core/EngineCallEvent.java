package org.theopy.voice.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.theopy.voice.spi.EngineKind;

/**
 * One engine call made (or answered from the cache) for a pipeline request.
 *
 * @param timestamp when the call ended
 * @param engineId the engine that was called, or that produced the cached answer
 * @param kind the engine's kind
 * @param latency how long the call took, retries and back-off included; zero for a cache hit
 * @param outcome how it ended
 * @param retries how many extra attempts were made after the first (0 when none)
 * @param fallback {@code true} when an engine earlier in the chain failed or was skipped for this
 *     request, so this engine served as a fallback
 * @param cacheHit {@code true} when the answer came from the cache without calling the engine
 * @param error a short description of the failure; empty on success
 */
public record EngineCallEvent(
    Instant timestamp,
    String engineId,
    EngineKind kind,
    Duration latency,
    CallOutcome outcome,
    int retries,
    boolean fallback,
    boolean cacheHit,
    String error)
    implements VoiceEvent {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public EngineCallEvent {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(error, "error");
  }
}
