package org.theopy.voice.spi;

/**
 * The request itself is unusable: empty, truncated, oversized or wrongly encoded audio, an empty or
 * too long text, or an audio format the engine cannot take. Not retryable: the same request fails
 * the same way. The message says what was wrong and what is accepted.
 */
public class InvalidInputException extends EngineException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for input that is not tied to an engine (for example a WAV file that
   * cannot be read).
   *
   * @param message what is wrong with the input and what is accepted
   */
  public InvalidInputException(String message) {
    super(null, message, null);
  }

  /**
   * Creates an exception.
   *
   * @param engineId the engine that rejected the input, or {@code null}
   * @param message what is wrong with the input and what is accepted
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidInputException(String engineId, String message, Throwable cause) {
    super(engineId, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
