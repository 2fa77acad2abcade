package org.theopy.voice.core;

/**
 * A request named a session that does not exist: it was never opened, it expired after its time to
 * live, or it was pushed out of a full store. The client should open a new session.
 */
public class SessionNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The id that was not found. */
  private final String sessionId;

  /**
   * Creates an exception.
   *
   * @param sessionId the unknown id
   */
  public SessionNotFoundException(String sessionId) {
    super(
        "session '"
            + sessionId
            + "' is unknown or expired; open a new one with VoicePipeline.openSession()");
    this.sessionId = sessionId;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the session id
   */
  public String sessionId() {
    return sessionId;
  }
}
