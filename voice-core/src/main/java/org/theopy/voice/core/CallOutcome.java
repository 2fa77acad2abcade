package org.theopy.voice.core;

/** How one engine call ended, as reported by {@link EngineCallEvent}. */
public enum CallOutcome {
  /** The engine answered. */
  SUCCESS,
  /** The engine threw an error (after any retries). */
  FAILURE,
  /** The engine did not answer within its time limit (after any retries). */
  TIMEOUT,
  /** The engine's circuit breaker was open, so the engine was not called. */
  REJECTED
}
