package org.theopy.voice.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a speech-to-text engine heard.
 *
 * @param text the recognised text, trimmed; empty when nothing was recognised
 * @param confidence how sure the engine is, between 0 and 1, or {@link Double#NaN} when the engine
 *     gives no confidence
 * @param words the words with their timings, empty when the engine gives none
 * @param alternatives other hypotheses, best first, empty when the engine gives none
 */
public record Transcript(
    String text, double confidence, List<Word> words, List<Alternative> alternatives) {

  private static final Transcript EMPTY = new Transcript("", Double.NaN, List.of(), List.of());

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is {@code null}
   * @throws IllegalArgumentException when the confidence is outside 0..1 and not NaN
   */
  public Transcript {
    text = Objects.requireNonNull(text, "text").trim();
    checkConfidence(confidence);
    words = List.copyOf(words);
    alternatives = List.copyOf(alternatives);
  }

  /**
   * A transcript of nothing heard.
   *
   * @return the empty transcript
   */
  public static Transcript empty() {
    return EMPTY;
  }

  /**
   * A transcript with text only.
   *
   * @param text the text
   * @return the transcript, confidence unknown
   */
  public static Transcript of(String text) {
    return new Transcript(text, Double.NaN, List.of(), List.of());
  }

  /**
   * Tells whether anything was recognised.
   *
   * @return {@code true} when the text is empty
   */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * Tells whether the engine gave a confidence.
   *
   * @return {@code false} when the confidence is NaN
   */
  public boolean hasConfidence() {
    return !Double.isNaN(confidence);
  }

  static void checkConfidence(double confidence) {
    if (!Double.isNaN(confidence) && (confidence < 0 || confidence > 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
  }

  /**
   * A recognised word with its position in the audio.
   *
   * @param word the word
   * @param startMillis where it starts, in milliseconds from the start of the audio
   * @param endMillis where it ends
   * @param confidence the engine's confidence, or NaN
   */
  public record Word(String word, long startMillis, long endMillis, double confidence) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException when the times are negative or reversed
     */
    public Word {
      Objects.requireNonNull(word, "word");
      if (startMillis < 0 || endMillis < startMillis) {
        throw new IllegalArgumentException(
            "word '" + word + "' has bad timing " + startMillis + ".." + endMillis);
      }
      checkConfidence(confidence);
    }
  }

  /**
   * Another hypothesis of what was said.
   *
   * @param text the hypothesis
   * @param confidence the engine's confidence (or score mapped to 0..1), or NaN
   */
  public record Alternative(String text, double confidence) {

    /** Validates the components. */
    public Alternative {
      Objects.requireNonNull(text, "text");
      checkConfidence(confidence);
    }
  }
}
