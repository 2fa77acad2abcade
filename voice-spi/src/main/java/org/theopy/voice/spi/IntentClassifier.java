package org.theopy.voice.spi;

/** An intent classification (natural language understanding) engine. */
public interface IntentClassifier extends Engine {

  /**
   * Classifies one utterance. Called from the core's worker threads, possibly from several at once.
   *
   * @param utterance the text of what the user said; never {@code null}
   * @param language the BCP 47 tag of the utterance's language
   * @return the best intent with ranked alternatives, or {@link IntentResult#noIntent} when the
   *     utterance is out of scope
   * @throws InvalidInputException when the utterance is empty or too long
   * @throws UnsupportedLanguageException when the language is not handled
   * @throws EngineUnavailableException when the engine cannot serve now (retryable)
   */
  IntentResult classify(String utterance, String language);
}
