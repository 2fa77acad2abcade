package org.theopy.voice.spi;

/**
 * The engine's configuration is wrong or incomplete: a missing or malformed setting, a model
 * directory that does not exist, credentials that the remote service rejects. Not retryable:
 * someone has to change the configuration. The message names the setting.
 */
public class EngineConfigurationException extends EngineException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param engineId the engine being configured, or {@code null}
   * @param message which setting is wrong and what it should be
   * @param cause the underlying failure, or {@code null}
   */
  public EngineConfigurationException(String engineId, String message, Throwable cause) {
    super(engineId, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
