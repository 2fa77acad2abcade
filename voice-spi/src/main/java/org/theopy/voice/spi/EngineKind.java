package org.theopy.voice.spi;

/** The three kinds of engine Theopy composes into a voice pipeline. */
public enum EngineKind {
  /** Turns audio into a {@link Transcript}: a {@link SpeechToText} engine. */
  SPEECH_TO_TEXT,
  /** Turns text into {@link SynthesizedSpeech}: a {@link TextToSpeech} engine. */
  TEXT_TO_SPEECH,
  /** Turns an utterance into an {@link IntentResult}: an {@link IntentClassifier} engine. */
  INTENT_CLASSIFICATION
}
