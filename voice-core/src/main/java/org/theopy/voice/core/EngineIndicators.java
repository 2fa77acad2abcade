package org.theopy.voice.core;

import java.time.Duration;
import java.util.Objects;
import org.theopy.voice.spi.EngineKind;

/**
 * Rolling indicators of one engine over the pipeline's sliding window (the most recent calls within
 * the configured duration, up to a bounded number of calls). Cache hits are not counted: they say
 * nothing about the engine.
 *
 * @param engineId the engine
 * @param kind its kind
 * @param calls calls in the window (successes, failures, timeouts and rejections)
 * @param latencyP50 median latency of the calls in the window; zero when there was none
 * @param latencyP95 95th percentile latency
 * @param latencyP99 99th percentile latency
 * @param errorRate share of the calls in the window that did not succeed (failures, timeouts and
 *     calls rejected by an open circuit), between 0 and 1
 * @param fallbackRate share of the successful calls in the window that this engine answered as a
 *     fallback because an engine before it in the chain failed, was rejected or was skipped
 * @param realTimeFactor processing time divided by audio duration over the successful calls in the
 *     window (below 1 is faster than real time); NaN for intent classifiers or when no audio was
 *     processed
 * @param circuitState the engine's circuit breaker state now
 */
public record EngineIndicators(
    String engineId,
    EngineKind kind,
    int calls,
    Duration latencyP50,
    Duration latencyP95,
    Duration latencyP99,
    double errorRate,
    double fallbackRate,
    double realTimeFactor,
    CircuitState circuitState) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public EngineIndicators {
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(latencyP50, "latencyP50");
    Objects.requireNonNull(latencyP95, "latencyP95");
    Objects.requireNonNull(latencyP99, "latencyP99");
    Objects.requireNonNull(circuitState, "circuitState");
  }
}
