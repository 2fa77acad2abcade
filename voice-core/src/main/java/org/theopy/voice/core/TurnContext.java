package org.theopy.voice.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link IntentHandler} knows about the turn it answers.
 *
 * @param utterance the text that was classified
 * @param language the language of the turn
 * @param session the session before this turn, or {@code null} for a turn without a session
 */
public record TurnContext(String utterance, String language, Session session) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when the utterance or language is {@code null}
   */
  public TurnContext {
    Objects.requireNonNull(utterance, "utterance");
    Objects.requireNonNull(language, "language");
  }

  /**
   * Returns the session as an optional.
   *
   * @return the session, empty for a turn without a session
   */
  public Optional<Session> currentSession() {
    return Optional.ofNullable(session);
  }
}
