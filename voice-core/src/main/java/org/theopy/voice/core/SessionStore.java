package org.theopy.voice.core;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps {@link Session}s between turns and across reconnections. The default, {@link
 * InMemorySessionStore}, keeps them in memory; an application that runs several nodes can store
 * them in a shared database instead.
 *
 * <p>Implementations are called from many threads at once and must be thread-safe. {@link #update}
 * must be atomic per session: two concurrent updates of one session must not both see the same old
 * value, because that is what makes reply delivery exactly-once.
 */
public interface SessionStore {

  /**
   * Stores a new session. Called when an application opens a session.
   *
   * @param session the new session; its id is not yet in the store
   * @throws IllegalStateException when a session with that id already exists
   */
  void create(Session session);

  /**
   * Looks a session up.
   *
   * @param id the session id
   * @return the session, empty when unknown or expired
   */
  Optional<Session> find(String id);

  /**
   * Replaces a session with the result of a function of its current value, atomically. The function
   * may be applied more than once by stores that retry on conflict, so it must have no side effect
   * other than computing the new value; the returned value is the one stored.
   *
   * @param id the session id
   * @param change computes the new value from the current one
   * @return the stored new value, empty when the session is unknown or expired (the function is
   *     then not applied)
   */
  Optional<Session> update(String id, UnaryOperator<Session> change);

  /**
   * Removes a session; does nothing when it is unknown.
   *
   * @param id the session id
   */
  void remove(String id);

  /**
   * Returns the number of sessions held (approximate for stores that expire lazily).
   *
   * @return the number of sessions
   */
  long size();
}
