package org.theopy.voice.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The default {@link SessionStore}: sessions in memory, bounded in number, each expiring after a
 * time without activity. Sessions are lost when the application stops and are not shared between
 * application instances. Thread-safe; updates are atomic per session.
 */
public final class InMemorySessionStore implements SessionStore {

  private final Cache<String, Session> sessions;
  private final long maxSessions;
  private final Duration timeToLive;

  /** Creates a store holding at most 10,000 sessions, each for 30 minutes after its last use. */
  public InMemorySessionStore() {
    this(10_000, Duration.ofMinutes(30));
  }

  /**
   * Creates a store.
   *
   * @param maxSessions the most sessions held; beyond it the least recently used go first
   * @param timeToLive how long a session lives after its last read or update
   * @throws IllegalArgumentException when a bound is not positive
   */
  public InMemorySessionStore(long maxSessions, Duration timeToLive) {
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be at least 1 but was " + maxSessions);
    }
    Objects.requireNonNull(timeToLive, "timeToLive");
    if (timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("timeToLive must be positive but was " + timeToLive);
    }
    this.maxSessions = maxSessions;
    this.timeToLive = timeToLive;
    this.sessions =
        Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(maxSessions)
            .expireAfterAccess(timeToLive)
            .build();
  }

  @Override
  public void create(Session session) {
    Objects.requireNonNull(session, "session");
    Session previous = sessions.asMap().putIfAbsent(session.id(), session);
    if (previous != null) {
      throw new IllegalStateException("session '" + session.id() + "' already exists");
    }
  }

  @Override
  public Optional<Session> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
  }

  @Override
  public Optional<Session> update(String id, UnaryOperator<Session> change) {
    Objects.requireNonNull(change, "change");
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        sessions.asMap().computeIfPresent(id, (key, old) -> change.apply(old)));
  }

  @Override
  public void remove(String id) {
    if (id != null) {
      sessions.invalidate(id);
    }
  }

  @Override
  public long size() {
    return sessions.estimatedSize();
  }

  @Override
  public String toString() {
    return "InMemorySessionStore[max="
        + maxSessions
        + ", ttl="
        + timeToLive
        + ", size="
        + size()
        + "]";
  }
}
