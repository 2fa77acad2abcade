package org.theopy.voice.spi;

/** A text-to-speech engine. */
public interface TextToSpeech extends Engine {

  /**
   * Speaks a text. Called from the core's worker threads, possibly from several at once.
   *
   * @param text the text to speak; never {@code null}
   * @param language the BCP 47 tag of the text's language, one the descriptor declares
   * @return the speech as 16-bit mono PCM at one of the descriptor's sample rates
   * @throws InvalidInputException when the text is empty, blank or longer than the engine takes
   * @throws UnsupportedLanguageException when the language is not handled
   * @throws EngineUnavailableException when the engine cannot serve now (retryable)
   * @throws EngineTimeoutException when the engine's own time limit passed (retryable)
   */
  SynthesizedSpeech synthesize(String text, String language);
}
