package org.theopy.voice.core;

import org.theopy.voice.spi.IntentResult;

/**
 * The application's action for an intent: it does what the user asked and returns the reply text
 * that the pipeline speaks. Registered with {@link VoicePipeline.Builder#onIntent}.
 */
@FunctionalInterface
public interface IntentHandler {

  /**
   * Acts on an understood intent. Called on the thread that handles the turn (the caller's for
   * {@code handle}, a pipeline thread for {@code handleAsync}), possibly for several turns at once,
   * so implementations must be thread-safe.
   *
   * @param intent the classification, with the intent, its confidence and slots
   * @param context the utterance, language and session
   * @return the reply text; must not be {@code null}
   * @throws RuntimeException any exception propagates to the caller of the turn unchanged
   */
  String reply(IntentResult intent, TurnContext context);
}
