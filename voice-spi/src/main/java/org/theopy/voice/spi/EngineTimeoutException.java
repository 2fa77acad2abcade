package org.theopy.voice.spi;

import java.time.Duration;

/**
 * The engine did not answer within its time limit. Retryable: the next attempt may be faster.
 *
 * <p>Raised by engines that enforce their own limits (a remote call's read timeout, a process that
 * is killed) and by the core when its time limiter gives up on an engine call.
 */
public class EngineTimeoutException extends EngineException {

  private static final long serialVersionUID = 1L;

  private final transient Duration limit;

  /**
   * Creates an exception.
   *
   * @param engineId the engine that timed out
   * @param limit the limit that was exceeded
   * @param cause the underlying failure, or {@code null}
   */
  public EngineTimeoutException(String engineId, Duration limit, Throwable cause) {
    super(
        engineId,
        "no answer within "
            + limit.toMillis()
            + " ms; check the engine's load or raise its time limit",
        cause);
    this.limit = limit;
  }

  /**
   * Returns the time limit that was exceeded.
   *
   * @return the limit
   */
  public Duration limit() {
    return limit;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
