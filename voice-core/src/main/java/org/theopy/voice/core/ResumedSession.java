package org.theopy.voice.core;

import java.util.List;
import java.util.Objects;

/**
 * A session a client resumed after reconnecting, with the replies handed to this client now. Every
 * pending reply is handed to exactly one resumption (or one {@link
 * VoicePipeline#takePendingReplies} call), even when several run at the same time.
 *
 * @param session the session after the replies were taken (its pending list is empty)
 * @param deliveredReplies the replies to deliver now, oldest first
 */
public record ResumedSession(Session session, List<Session.PendingReply> deliveredReplies) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public ResumedSession {
    Objects.requireNonNull(session, "session");
    deliveredReplies = List.copyOf(deliveredReplies);
  }
}
