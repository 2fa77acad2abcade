package org.theopy.portal.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name
 * within 15 minutes, that name is refused for 5 minutes, whatever the password. The counts live in
 * memory of one server: they start again after a restart and are not shared between instances.
 * Thread-safe.
 */
public final class SignInThrottle {

  /** Failed sign-ins that lock a user name. */
  public static final int MAX_FAILURES = 5;

  /** How long failures are remembered. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** How long a locked user name stays locked. */
  public static final Duration LOCK = Duration.ofMinutes(5);

  /** User names tracked at most; beyond, the oldest state is forgotten to bound memory. */
  private static final int MAX_TRACKED = 10_000;

  private record State(int failures, Instant firstFailure, Instant lockedUntil) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

  /**
   * Creates a throttle.
   *
   * @param clock the time source
   */
  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Tells whether sign-ins for this user name are refused now.
   *
   * @param username the name typed
   * @return true while the name is locked
   */
  public boolean isLocked(String username) {
    State state = states.get(key(username));
    return state != null
        && state.lockedUntil() != null
        && clock.instant().isBefore(state.lockedUntil());
  }

  /**
   * Counts a failed sign-in.
   *
   * @param username the name typed
   * @return true when this failure locked the name
   */
  public boolean failed(String username) {
    Instant now = clock.instant();
    if (states.size() >= MAX_TRACKED) {
      states.entrySet().removeIf(e -> e.getValue().firstFailure().isBefore(now.minus(WINDOW)));
    }
    State state =
        states.merge(
            key(username),
            new State(1, now, null),
            (old, one) -> {
              if (old.firstFailure().isBefore(now.minus(WINDOW))
                  && (old.lockedUntil() == null || !now.isBefore(old.lockedUntil()))) {
                return one;
              }
              int failures = old.failures() + 1;
              Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : old.lockedUntil();
              return new State(failures, old.firstFailure(), lockedUntil);
            });
    return state.failures() == MAX_FAILURES;
  }

  /**
   * Forgets the failures of a user name after a successful sign-in.
   *
   * @param username the name
   */
  public void succeeded(String username) {
    states.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
