package org.theopy.voice.plugin.opennlp.internal;

import java.util.Objects;

/**
 * One training example: an utterance and the intent it expresses (or the out-of-scope label).
 *
 * @param intent the intent's name
 * @param utterance the text
 */
public record Example(String intent, String utterance) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public Example {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(utterance, "utterance");
  }
}
