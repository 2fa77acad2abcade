package org.theopy.voice.core;

/** How a turn of the pipeline ended. */
public enum TurnOutcome {
  /** An intent was understood and its handler produced the reply. */
  ANSWERED,
  /**
   * The classifier was not sure enough (or found no intent), so the reply asks the user to clarify;
   * no handler ran.
   */
  CLARIFICATION,
  /** The intent was understood but the application registered no handler for it. */
  UNHANDLED,
  /** Nothing was recognised in the audio (silence or noise); no intent was classified. */
  NO_SPEECH
}
