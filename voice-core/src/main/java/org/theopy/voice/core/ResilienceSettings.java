package org.theopy.voice.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.theopy.voice.spi.EngineConfig;

/**
 * How the core protects each engine call: a time limit, retries with exponential back-off and
 * jitter for retryable errors, and a circuit breaker. Immutable; build with {@link #builder()}.
 *
 * <p>The same settings can be given as properties (in a file, as system properties or through the
 * pipeline builder) under {@code theopy.resilience.} for every engine, or under {@code
 * theopy.engine.<id>.resilience.} for one engine: {@code timeout}, {@code retry.max-attempts},
 * {@code retry.initial-backoff}, {@code retry.multiplier}, {@code retry.jitter}, {@code
 * retry.max-backoff}, {@code retry.max-retry-after}, {@code circuit.window}, {@code
 * circuit.min-calls}, {@code circuit.failure-rate}, {@code circuit.open-duration} and {@code
 * circuit.half-open-probes}. Durations read as {@code 500ms}, {@code 2s}, {@code 1m} or ISO-8601.
 */
public final class ResilienceSettings {

  private static final ResilienceSettings DEFAULTS = new Builder().build();

  private final Duration timeLimit;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final double backoffMultiplier;
  private final double jitter;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final int circuitWindow;
  private final int circuitMinimumCalls;
  private final float circuitFailureRate;
  private final Duration circuitOpenDuration;
  private final int circuitHalfOpenProbes;

  private ResilienceSettings(Builder b) {
    this.timeLimit = b.timeLimit;
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.backoffMultiplier = b.backoffMultiplier;
    this.jitter = b.jitter;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.circuitWindow = b.circuitWindow;
    this.circuitMinimumCalls = Math.min(b.circuitMinimumCalls, b.circuitWindow);
    this.circuitFailureRate = b.circuitFailureRate;
    this.circuitOpenDuration = b.circuitOpenDuration;
    this.circuitHalfOpenProbes = b.circuitHalfOpenProbes;
  }

  /**
   * Returns the defaults: 5 s time limit; 2 attempts with 100 ms initial back-off, multiplier 2,
   * jitter 0.5, at most 2 s between attempts, and a retry-after hint honoured up to 2 s; a circuit
   * that opens when 50 % of the last 20 calls failed (after at least 10 calls), stays open 30 s and
   * then lets 3 probe calls through.
   *
   * @return the default settings
   */
  public static ResilienceSettings defaults() {
    return DEFAULTS;
  }

  /**
   * Starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts from these settings.
   *
   * @return a builder holding these settings
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeLimit = timeLimit;
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.backoffMultiplier = backoffMultiplier;
    b.jitter = jitter;
    b.maxBackoff = maxBackoff;
    b.maxRetryAfter = maxRetryAfter;
    b.circuitWindow = circuitWindow;
    b.circuitMinimumCalls = circuitMinimumCalls;
    b.circuitFailureRate = circuitFailureRate;
    b.circuitOpenDuration = circuitOpenDuration;
    b.circuitHalfOpenProbes = circuitHalfOpenProbes;
    return b;
  }

  /**
   * Reads settings from properties, keeping {@code base} for every key that is absent.
   *
   * @param properties the properties
   * @param prefix the prefix in front of each key, such as {@code theopy.resilience.}
   * @param base the values to keep for absent keys
   * @return the settings
   * @throws org.theopy.voice.spi.EngineConfigurationException when a value cannot be read; the
   *     message names the full key
   * @throws IllegalArgumentException when a value is out of range
   */
  public static ResilienceSettings fromProperties(
      Map<String, String> properties, String prefix, ResilienceSettings base) {
    EngineConfig c = EngineConfig.of(properties);
    Builder b = base.toBuilder();
    b.timeLimit(c.getDuration(prefix + "timeout", base.timeLimit));
    b.maxAttempts(c.getInt(prefix + "retry.max-attempts", base.maxAttempts, 1, 100));
    b.initialBackoff(c.getDuration(prefix + "retry.initial-backoff", base.initialBackoff));
    b.backoffMultiplier(c.getDouble(prefix + "retry.multiplier", base.backoffMultiplier, 1, 100));
    b.jitter(c.getDouble(prefix + "retry.jitter", base.jitter, 0, 1));
    b.maxBackoff(c.getDuration(prefix + "retry.max-backoff", base.maxBackoff));
    b.maxRetryAfter(c.getDuration(prefix + "retry.max-retry-after", base.maxRetryAfter));
    b.circuitWindow(c.getInt(prefix + "circuit.window", base.circuitWindow, 1, 100_000));
    b.circuitMinimumCalls(
        c.getInt(prefix + "circuit.min-calls", base.circuitMinimumCalls, 1, 100_000));
    b.circuitFailureRate(
        (float) c.getDouble(prefix + "circuit.failure-rate", base.circuitFailureRate, 1, 100));
    b.circuitOpenDuration(
        c.getDuration(prefix + "circuit.open-duration", base.circuitOpenDuration));
    b.circuitHalfOpenProbes(
        c.getInt(prefix + "circuit.half-open-probes", base.circuitHalfOpenProbes, 1, 1000));
    return b.build();
  }

  /**
   * Writes these settings as properties, the inverse of {@link #fromProperties}.
   *
   * @param prefix the prefix in front of each key
   * @return the properties, in a stable order
   */
  public Map<String, String> toProperties(String prefix) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(prefix + "timeout", timeLimit.toMillis() + "ms");
    p.put(prefix + "retry.max-attempts", Integer.toString(maxAttempts));
    p.put(prefix + "retry.initial-backoff", initialBackoff.toMillis() + "ms");
    p.put(prefix + "retry.multiplier", Double.toString(backoffMultiplier));
    p.put(prefix + "retry.jitter", Double.toString(jitter));
    p.put(prefix + "retry.max-backoff", maxBackoff.toMillis() + "ms");
    p.put(prefix + "retry.max-retry-after", maxRetryAfter.toMillis() + "ms");
    p.put(prefix + "circuit.window", Integer.toString(circuitWindow));
    p.put(prefix + "circuit.min-calls", Integer.toString(circuitMinimumCalls));
    p.put(prefix + "circuit.failure-rate", Float.toString(circuitFailureRate));
    p.put(prefix + "circuit.open-duration", circuitOpenDuration.toMillis() + "ms");
    p.put(prefix + "circuit.half-open-probes", Integer.toString(circuitHalfOpenProbes));
    return p;
  }

  /**
   * Returns the time limit of one attempt; the engine call is abandoned (and its thread
   * interrupted) when it passes.
   *
   * @return the limit
   */
  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * Returns the maximum number of attempts of one call, the first included (1 means no retry).
   *
   * @return the number of attempts
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the wait before the first retry.
   *
   * @return the initial back-off
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the factor the back-off grows by after each retry.
   *
   * @return the multiplier, at least 1
   */
  public double backoffMultiplier() {
    return backoffMultiplier;
  }

  /**
   * Returns the randomisation factor of the back-off: each wait is drawn uniformly from {@code
   * backoff * (1 - jitter)} to {@code backoff * (1 + jitter)}.
   *
   * @return between 0 (no jitter) and 1
   */
  public double jitter() {
    return jitter;
  }

  /**
   * Returns the longest wait between attempts.
   *
   * @return the maximum back-off
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest retry-after hint that is honoured; an engine that asks to wait longer is
   * not retried and the chain moves on to the next engine at once.
   *
   * @return the maximum honoured retry-after
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns the number of recent calls the circuit breaker's failure rate is computed over.
   *
   * @return the sliding window size
   */
  public int circuitWindow() {
    return circuitWindow;
  }

  /**
   * Returns the number of calls needed before the failure rate can open the circuit.
   *
   * @return the minimum number of calls, at most the window size
   */
  public int circuitMinimumCalls() {
    return circuitMinimumCalls;
  }

  /**
   * Returns the failure rate, in percent, at or above which the circuit opens.
   *
   * @return the threshold, 1 to 100
   */
  public float circuitFailureRate() {
    return circuitFailureRate;
  }

  /**
   * Returns how long an open circuit rejects calls before letting probes through.
   *
   * @return the open duration
   */
  public Duration circuitOpenDuration() {
    return circuitOpenDuration;
  }

  /**
   * Returns how many probe calls a half-open circuit lets through to decide whether to close.
   *
   * @return the number of probes
   */
  public int circuitHalfOpenProbes() {
    return circuitHalfOpenProbes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResilienceSettings other && toProperties("").equals(other.toProperties(""));
  }

  @Override
  public int hashCode() {
    return toProperties("").hashCode();
  }

  @Override
  public String toString() {
    return "ResilienceSettings" + toProperties("");
  }

  /** Builds {@link ResilienceSettings}; every setter checks its bound. Not thread-safe. */
  public static final class Builder {
    private Duration timeLimit = Duration.ofSeconds(5);
    private int maxAttempts = 2;
    private Duration initialBackoff = Duration.ofMillis(100);
    private double backoffMultiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxBackoff = Duration.ofSeconds(2);
    private Duration maxRetryAfter = Duration.ofSeconds(2);
    private int circuitWindow = 20;
    private int circuitMinimumCalls = 10;
    private float circuitFailureRate = 50f;
    private Duration circuitOpenDuration = Duration.ofSeconds(30);
    private int circuitHalfOpenProbes = 3;

    private Builder() {}

    /**
     * Sets the time limit of one attempt.
     *
     * @param timeLimit at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException when shorter than 1 ms
     */
    public Builder timeLimit(Duration timeLimit) {
      this.timeLimit = atLeast("timeLimit", timeLimit, Duration.ofMillis(1));
      return this;
    }

    /**
     * Sets the number of attempts, the first included.
     *
     * @param maxAttempts 1 (no retry) to 100
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = within("maxAttempts", maxAttempts, 1, 100);
      return this;
    }

    /**
     * Sets the wait before the first retry.
     *
     * @param initialBackoff at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException when shorter than 1 ms
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = atLeast("initialBackoff", initialBackoff, Duration.ofMillis(1));
      return this;
    }

    /**
     * Sets the back-off growth factor.
     *
     * @param multiplier 1 to 100
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder backoffMultiplier(double multiplier) {
      if (!(multiplier >= 1 && multiplier <= 100)) {
        throw new IllegalArgumentException(
            "backoffMultiplier must be between 1 and 100 but was " + multiplier);
      }
      this.backoffMultiplier = multiplier;
      return this;
    }

    /**
     * Sets the back-off randomisation factor.
     *
     * @param jitter 0 to 1
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1 but was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest wait between attempts.
     *
     * @param maxBackoff at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException when shorter than 1 ms
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = atLeast("maxBackoff", maxBackoff, Duration.ofMillis(1));
      return this;
    }

    /**
     * Sets the longest retry-after hint that is honoured.
     *
     * @param maxRetryAfter zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = atLeast("maxRetryAfter", maxRetryAfter, Duration.ZERO);
      return this;
    }

    /**
     * Sets the circuit breaker's sliding window.
     *
     * @param calls 1 to 100000 calls
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder circuitWindow(int calls) {
      this.circuitWindow = within("circuitWindow", calls, 1, 100_000);
      return this;
    }

    /**
     * Sets how many calls are needed before the circuit may open (capped at the window size).
     *
     * @param calls 1 to 100000 calls
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder circuitMinimumCalls(int calls) {
      this.circuitMinimumCalls = within("circuitMinimumCalls", calls, 1, 100_000);
      return this;
    }

    /**
     * Sets the failure rate at or above which the circuit opens.
     *
     * @param percent 1 to 100
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder circuitFailureRate(float percent) {
      if (!(percent >= 1 && percent <= 100)) {
        throw new IllegalArgumentException(
            "circuitFailureRate must be between 1 and 100 percent but was " + percent);
      }
      this.circuitFailureRate = percent;
      return this;
    }

    /**
     * Sets how long an open circuit rejects calls.
     *
     * @param openDuration at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException when shorter than 1 ms
     */
    public Builder circuitOpenDuration(Duration openDuration) {
      this.circuitOpenDuration = atLeast("circuitOpenDuration", openDuration, Duration.ofMillis(1));
      return this;
    }

    /**
     * Sets how many probe calls a half-open circuit lets through.
     *
     * @param probes 1 to 1000
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder circuitHalfOpenProbes(int probes) {
      this.circuitHalfOpenProbes = within("circuitHalfOpenProbes", probes, 1, 1000);
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public ResilienceSettings build() {
      return new ResilienceSettings(this);
    }

    private static Duration atLeast(String name, Duration value, Duration min) {
      Objects.requireNonNull(value, name);
      if (value.compareTo(min) < 0) {
        throw new IllegalArgumentException(
            name
                + " must be at least "
                + min.toMillis()
                + " ms but was "
                + value.toMillis()
                + " ms");
      }
      return value;
    }

    private static int within(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + " but was " + value);
      }
      return value;
    }
  }
}
