package org.theopy.voice.core;

/**
 * The state of an engine's circuit breaker, as the core reports it in events, indicators and the
 * health report.
 */
public enum CircuitState {
  /** Calls go through; failures are counted over the sliding window. */
  CLOSED,
  /**
   * Too many recent calls failed: calls are rejected at once and the chain moves to the next engine
   * until the open duration has passed.
   */
  OPEN,
  /** A few probe calls are let through to find out whether the engine has recovered. */
  HALF_OPEN
}
