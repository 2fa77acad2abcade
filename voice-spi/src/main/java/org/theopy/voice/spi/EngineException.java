package org.theopy.voice.spi;

import java.util.Optional;

/**
 * Base of every error an engine or the audio utilities raise.
 *
 * <p>The hierarchy is split by what a caller should do next. {@link #isRetryable()} is {@code true}
 * for failures that may go away on a new attempt (the engine is unavailable, timed out or answered
 * with a server error) and {@code false} for failures that will repeat with the same request (bad
 * input, an unsupported language, a wrong configuration). The core retries only the former and
 * moves to the next engine of a fallback chain for both.
 *
 * <p>Messages name the engine (when there is one) and say what to do. The cause, when there is one,
 * is always chained.
 */
public abstract class EngineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String engineId;

  /**
   * Creates an exception.
   *
   * @param engineId the id of the engine that failed, or {@code null} when the failure happened
   *     outside any engine (for example while reading a WAV file)
   * @param message what happened and what to do about it
   * @param cause the underlying failure, or {@code null}
   */
  protected EngineException(String engineId, String message, Throwable cause) {
    super(engineId == null ? message : "engine '" + engineId + "': " + message, cause);
    this.engineId = engineId;
  }

  /**
   * Returns the id of the engine that failed.
   *
   * @return the engine id, empty when the failure did not come from an engine
   */
  public Optional<String> engineId() {
    return Optional.ofNullable(engineId);
  }

  /**
   * Tells whether the same request may succeed if it is sent again.
   *
   * @return {@code true} when a retry is worth it
   */
  public abstract boolean isRetryable();
}
