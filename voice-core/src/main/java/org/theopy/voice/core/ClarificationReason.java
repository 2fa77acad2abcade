package org.theopy.voice.core;

/** Why a turn ended in a clarification instead of an action. */
public enum ClarificationReason {
  /** The classifier returned no intent: the utterance is out of scope. */
  NO_INTENT,
  /** The best intent's confidence is below the configured minimum. */
  LOW_CONFIDENCE,
  /** The best and second-best intents are closer than the configured minimum margin. */
  SMALL_MARGIN
}
