package org.theopy.voice.spi;

import java.util.Objects;

/**
 * One intent an utterance may express, with the classifier's confidence.
 *
 * @param intent the intent's name, such as {@code set_timer}
 * @param confidence between 0 and 1
 */
public record IntentCandidate(String intent, double confidence) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the intent is blank or the confidence outside 0..1
   */
  public IntentCandidate {
    Objects.requireNonNull(intent, "intent");
    if (intent.isBlank()) {
      throw new IllegalArgumentException("intent name must not be blank");
    }
    if (Double.isNaN(confidence) || confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException(
          "confidence of intent '" + intent + "' must be between 0 and 1, got " + confidence);
    }
  }
}
