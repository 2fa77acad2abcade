package org.theopy.voice.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.Transcript;

/**
 * The result of one turn: what was heard, what was understood, what the assistant answers, and the
 * answer spoken.
 *
 * @param sessionId the session of the turn, or {@code null} for a turn without a session
 * @param outcome how the turn ended
 * @param transcript what was heard (for a text turn, the given text)
 * @param intent the classification, or {@code null} when nothing was heard
 * @param clarificationReason why a clarification was asked for, or {@code null} when not
 * @param candidates the ranked candidates when a clarification was asked for, else empty
 * @param replyText what the assistant answers
 * @param replyId the id of the reply queued in the session, or {@code null} without a session
 * @param speech the reply spoken, or {@code null} when speaking is off, no text-to-speech engine is
 *     configured or every engine failed
 * @param speechFailure why speaking failed, or {@code null} when it did not
 */
public record TurnResult(
    String sessionId,
    TurnOutcome outcome,
    Transcript transcript,
    IntentResult intent,
    ClarificationReason clarificationReason,
    List<IntentCandidate> candidates,
    String replyText,
    String replyId,
    SynthesizedSpeech speech,
    PipelineException speechFailure) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when the outcome, transcript or reply text is {@code null}
   */
  public TurnResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(transcript, "transcript");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(replyText, "replyText");
  }

  /**
   * Returns the spoken reply as an optional.
   *
   * @return the speech, empty when there is none
   */
  public Optional<SynthesizedSpeech> spokenReply() {
    return Optional.ofNullable(speech);
  }

  /**
   * Tells whether the turn asked for clarification.
   *
   * @return {@code true} for {@link TurnOutcome#CLARIFICATION}
   */
  public boolean isClarification() {
    return outcome == TurnOutcome.CLARIFICATION;
  }
}
