package org.theopy.voice.core;

import java.time.Instant;

/**
 * Something the pipeline reports to {@link VoiceEventListener}s: an engine call, a circuit breaker
 * state change or a clarification. Events are immutable values.
 */
public sealed interface VoiceEvent permits EngineCallEvent, CircuitStateEvent, ClarificationEvent {

  /**
   * Returns when the event happened.
   *
   * @return the time
   */
  Instant timestamp();
}
