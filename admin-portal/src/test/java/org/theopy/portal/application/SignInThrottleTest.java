package org.theopy.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void shouldLockAUserNameAfterFiveFailuresAndUnlockItFiveMinutesLater() {
    for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("admin");
    }
    boolean lockedBeforeFifth = throttle.isLocked("admin");

    boolean fifthLocks = throttle.failed("Admin ");
    boolean lockedNow = throttle.isLocked("admin");
    clock.advance(SignInThrottle.LOCK.plusSeconds(1));

    assertThat(lockedBeforeFifth).isFalse();
    assertThat(fifthLocks).isTrue();
    assertThat(lockedNow).isTrue();
    assertThat(throttle.isLocked("admin")).isFalse();
  }

  @Test
  void shouldForgetFailuresAfterASuccessOrOutsideTheWindow() {
    throttle.failed("viewer");
    throttle.failed("viewer");
    throttle.failed("viewer");
    throttle.succeeded("viewer");
    throttle.failed("viewer");
    throttle.failed("viewer");
    throttle.failed("viewer");
    clock.advance(SignInThrottle.WINDOW.plusMinutes(1));

    throttle.failed("viewer");

    assertThat(throttle.isLocked("viewer")).isFalse();
  }

  @Test
  void shouldKeepOtherUserNamesOpen() {
    for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("admin");
    }

    assertThat(throttle.isLocked("admin")).isTrue();
    assertThat(throttle.isLocked("responder")).isFalse();
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-12-03T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
