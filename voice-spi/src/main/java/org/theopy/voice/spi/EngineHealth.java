package org.theopy.voice.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An engine's health at one moment, with the reason a person can act on.
 *
 * @param status the status
 * @param reason why the engine is in this status (never {@code null}; "ready" when UP)
 * @param checkedAt when the check ran
 */
public record EngineHealth(HealthStatus status, String reason, Instant checkedAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public EngineHealth {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(checkedAt, "checkedAt");
  }

  /**
   * An UP health checked now.
   *
   * @return a health with reason "ready"
   */
  public static EngineHealth up() {
    return new EngineHealth(HealthStatus.UP, "ready", Instant.now());
  }

  /**
   * A DEGRADED health checked now.
   *
   * @param reason what is degraded
   * @return the health
   */
  public static EngineHealth degraded(String reason) {
    return new EngineHealth(HealthStatus.DEGRADED, reason, Instant.now());
  }

  /**
   * A DOWN health checked now.
   *
   * @param reason why the engine cannot serve and what to do about it
   * @return the health
   */
  public static EngineHealth down(String reason) {
    return new EngineHealth(HealthStatus.DOWN, reason, Instant.now());
  }
}
