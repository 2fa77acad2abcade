package org.theopy.voice.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * The engine cannot serve the request now but may later: a remote server answered 5xx or 429, the
 * connection was refused or reset, or a local resource is temporarily exhausted. Retryable.
 */
public class EngineUnavailableException extends EngineException {

  private static final long serialVersionUID = 1L;

  private final transient Duration retryAfter;

  /**
   * Creates an exception without a retry hint.
   *
   * @param engineId the failing engine's id
   * @param message what happened and what to do
   * @param cause the underlying failure, or {@code null}
   */
  public EngineUnavailableException(String engineId, String message, Throwable cause) {
    this(engineId, message, cause, null);
  }

  /**
   * Creates an exception carrying the delay the engine asked for before the next attempt (for
   * example an HTTP {@code Retry-After} header).
   *
   * @param engineId the failing engine's id
   * @param message what happened and what to do
   * @param cause the underlying failure, or {@code null}
   * @param retryAfter how long to wait before retrying, or {@code null} when unknown
   */
  public EngineUnavailableException(
      String engineId, String message, Throwable cause, Duration retryAfter) {
    super(engineId, message, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the delay the engine asked for before a new attempt.
   *
   * @return the requested delay, empty when the engine gave none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
