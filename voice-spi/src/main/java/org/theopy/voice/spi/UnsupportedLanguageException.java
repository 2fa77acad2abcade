package org.theopy.voice.spi;

import java.util.Set;

/** The engine does not handle the requested language. Not retryable. */
public class UnsupportedLanguageException extends EngineException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param engineId the engine that was asked
   * @param language the language tag that was requested
   * @param supported the language tags the engine declares
   */
  public UnsupportedLanguageException(String engineId, String language, Set<String> supported) {
    super(
        engineId,
        "language '" + language + "' is not supported; this engine handles " + supported,
        null);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
