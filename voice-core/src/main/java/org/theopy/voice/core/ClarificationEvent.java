package org.theopy.voice.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.theopy.voice.spi.IntentCandidate;

/**
 * The pipeline asked the user to clarify instead of acting, because the intent classifier was not
 * sure enough. Counting these events gives the "NLU misinterpretation" indicator.
 *
 * @param timestamp when the clarification was decided
 * @param sessionId the session of the turn, or {@code null} for a turn without a session
 * @param utterance the text that was classified
 * @param reason why the pipeline asked (no intent, low confidence or small margin)
 * @param candidates the ranked candidates the classifier returned, best first
 */
public record ClarificationEvent(
    Instant timestamp,
    String sessionId,
    String utterance,
    ClarificationReason reason,
    List<IntentCandidate> candidates)
    implements VoiceEvent {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component other than the session id is {@code null}
   */
  public ClarificationEvent {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(utterance, "utterance");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
  }
}
