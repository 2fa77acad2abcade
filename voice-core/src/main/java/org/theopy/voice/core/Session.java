package org.theopy.voice.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conversation that survives a network drop: its id, its recent turns and the replies that were
 * produced but not yet delivered to the client. Immutable: every change makes a new value, which
 * the {@link SessionStore} swaps in atomically.
 *
 * @param id the session id, an unguessable random string that the client keeps to resume
 * @param createdAt when the session was opened
 * @param lastActiveAt when a turn or resumption last touched the session
 * @param recentTurns the most recent turns, oldest first, bounded by the pipeline's setting
 * @param pendingReplies replies not yet delivered, oldest first
 */
public record Session(
    String id,
    Instant createdAt,
    Instant lastActiveAt,
    List<Turn> recentTurns,
    List<PendingReply> pendingReplies) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastActiveAt, "lastActiveAt");
    recentTurns = List.copyOf(recentTurns);
    pendingReplies = List.copyOf(pendingReplies);
  }

  /**
   * A new session with no turns.
   *
   * @param id the session id
   * @param now the creation time
   * @return the session
   */
  public static Session open(String id, Instant now) {
    return new Session(id, now, now, List.of(), List.of());
  }

  /**
   * Returns a copy with a turn and its reply added. The oldest turns and replies are dropped when a
   * bound is exceeded.
   *
   * @param turn the turn
   * @param reply the reply to deliver, or {@code null} when there is none
   * @param maxTurns the number of turns to keep
   * @param maxPendingReplies the number of undelivered replies to keep
   * @return the new session
   */
  public Session withTurn(Turn turn, PendingReply reply, int maxTurns, int maxPendingReplies) {
    List<Turn> turns = new ArrayList<>(recentTurns);
    turns.add(turn);
    while (turns.size() > maxTurns) {
      turns.remove(0);
    }
    List<PendingReply> pending = new ArrayList<>(pendingReplies);
    if (reply != null) {
      pending.add(reply);
    }
    while (pending.size() > maxPendingReplies) {
      pending.remove(0);
    }
    return new Session(id, createdAt, turn.at(), turns, pending);
  }

  /**
   * Returns a copy without pending replies, touched at {@code now}.
   *
   * @param now the time of delivery
   * @return the new session
   */
  public Session withoutPendingReplies(Instant now) {
    return new Session(id, createdAt, now, recentTurns, List.of());
  }

  /**
   * One exchange of a session.
   *
   * @param at when the turn ended
   * @param utterance what the user said (the transcript), empty when nothing was heard
   * @param intent the intent acted on, or {@code null} when none (clarification, no speech)
   * @param outcome how the turn ended
   * @param replyText what the assistant answered
   */
  public record Turn(
      Instant at, String utterance, String intent, TurnOutcome outcome, String replyText) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component other than the intent is {@code null}
     */
    public Turn {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(utterance, "utterance");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(replyText, "replyText");
    }
  }

  /**
   * A reply produced for a session and not yet handed to the client.
   *
   * @param id the reply's id, unique within the session
   * @param text the reply text; speak it with {@link VoicePipeline#synthesize}, which caches
   *     repeated replies
   * @param language the language of the turn
   * @param outcome how the turn that produced it ended
   * @param createdAt when it was produced
   */
  public record PendingReply(
      String id, String text, String language, TurnOutcome outcome, Instant createdAt) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public PendingReply {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(createdAt, "createdAt");
    }
  }
}
