package org.theopy.voice.core.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.CircuitState;
import org.theopy.voice.core.CircuitStateEvent;
import org.theopy.voice.core.ResilienceSettings;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.Engine;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineTimeoutException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.UnsupportedLanguageException;

/**
 * One engine with its Resilience4j guards: a retry (retryable errors only, exponential back-off
 * with jitter, retry-after honoured), a circuit breaker and a time limiter that runs each attempt
 * on a worker thread. Thread-safe.
 */
final class ResilientEngine<E extends Engine> {

  private static final Logger LOG = LoggerFactory.getLogger(ResilientEngine.class);

  final E engine;
  final EngineDescriptor descriptor;
  final String id;
  final ResilienceSettings settings;
  final CircuitBreaker circuit;
  final IndicatorWindow window;
  private final Retry retry;
  private final TimeLimiter limiter;
  private final ExecutorService workers;

  ResilientEngine(
      E engine,
      EngineDescriptor descriptor,
      ResilienceSettings settings,
      ExecutorService workers,
      EventDispatcher events,
      IndicatorWindow window) {
    this.engine = engine;
    this.descriptor = descriptor;
    this.id = descriptor.id();
    this.settings = settings;
    this.workers = workers;
    this.window = window;
    this.circuit =
        CircuitBreaker.of(
            id,
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.circuitWindow())
                .minimumNumberOfCalls(settings.circuitMinimumCalls())
                .failureRateThreshold(settings.circuitFailureRate())
                .waitDurationInOpenState(settings.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(settings.circuitHalfOpenProbes())
                .ignoreException(
                    t ->
                        t instanceof InvalidInputException
                            || t instanceof UnsupportedLanguageException)
                .writableStackTraceEnabled(false)
                .build());
    this.retry =
        Retry.of(
            id,
            RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalBiFunction(backoff(settings))
                .retryOnException(t -> isRetryable(t, settings.maxRetryAfter()))
                .failAfterMaxAttempts(false)
                .build());
    this.limiter =
        TimeLimiter.of(
            id,
            TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeLimit())
                .cancelRunningFuture(true)
                .build());
    circuit
        .getEventPublisher()
        .onStateTransition(
            e -> {
              CircuitState from = map(e.getStateTransition().getFromState());
              CircuitState to = map(e.getStateTransition().getToState());
              if (to == CircuitState.OPEN) {
                LOG.warn(
                    "{}: circuit {} -> {}; calls go to the next engine for {} ms",
                    id,
                    from,
                    to,
                    settings.circuitOpenDuration().toMillis());
              } else {
                LOG.info("{}: circuit {} -> {}", id, from, to);
              }
              events.publish(new CircuitStateEvent(Instant.now(), id, descriptor.kind(), from, to));
            });
  }

  /**
   * Runs one call with retry, circuit breaker and time limit.
   *
   * @param op the engine operation, run on a worker thread
   * @param attempts counts the attempts that reached the engine
   * @return the result
   * @throws Throwable the last failure: an {@link EngineException}, a {@link
   *     io.github.resilience4j.circuitbreaker.CallNotPermittedException}, an {@link
   *     InterruptedException} or an unexpected engine exception
   */
  <R> R call(Function<E, R> op, AtomicInteger attempts) throws Throwable {
    CheckedSupplier<R> limited =
        () -> {
          attempts.incrementAndGet();
          return limited(op);
        };
    return Retry.decorateCheckedSupplier(
            retry, CircuitBreaker.decorateCheckedSupplier(circuit, limited))
        .get();
  }

  /**
   * Runs an operation on a worker thread under the time limit only.
   *
   * @param op the operation
   * @return its result
   * @throws Exception the operation's failure, {@link EngineTimeoutException} when the limit
   *     passed, {@link EngineUnavailableException} when no worker is free, or {@link
   *     InterruptedException}
   */
  <R> R limited(Function<E, R> op) throws Exception {
    Future<R> future;
    try {
      future =
          workers.submit(
              () -> {
                R result = op.apply(engine);
                if (result == null) {
                  throw new IllegalStateException(
                      "engine '" + id + "' returned null, which its contract does not allow");
                }
                return result;
              });
    } catch (RejectedExecutionException e) {
      throw new EngineUnavailableException(
          id,
          "no free engine worker thread (all busy, probably with hung engine calls); raise"
              + " theopy.threads.engine-max or lower the time limits",
          e);
    }
    // On timeout the worker thread is interrupted and the caller moves on. An engine that ignores
    // interruption keeps its worker busy until it returns; the pool is bounded, so many such
    // calls at once make later calls fail at once as unavailable instead of queueing.
    try {
      return limiter.executeFutureSupplier(() -> future);
    } catch (TimeoutException e) {
      throw new EngineTimeoutException(id, settings.timeLimit(), e);
    }
  }

  /** Checks the engine's health on a worker thread, for at most one second. */
  EngineHealth health() {
    Future<EngineHealth> future;
    try {
      future = workers.submit(engine::health);
    } catch (RejectedExecutionException e) {
      return EngineHealth.down(
          workers.isShutdown()
              ? "the pipeline is closed"
              : "health check not run: no free engine worker thread");
    }
    try {
      EngineHealth health = future.get(1, java.util.concurrent.TimeUnit.SECONDS);
      return health != null ? health : EngineHealth.down("health check returned nothing");
    } catch (TimeoutException e) {
      future.cancel(true);
      return EngineHealth.down("health check took longer than 1 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return EngineHealth.down("health check interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      return EngineHealth.down(
          "health check threw " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
  }

  /**
   * Says why this engine cannot serve a request, or returns {@code null} when it can.
   *
   * @param language the requested language
   * @param required capabilities the request needs
   * @return the reason to skip, or {@code null}
   */
  String skipReason(String language, Set<Capability> required) {
    if (!descriptor.supportsLanguage(language)) {
      return "skipped: does not handle language '"
          + language
          + "' (handles "
          + descriptor.languages()
          + ")";
    }
    for (Capability c : required) {
      if (!descriptor.has(c)) {
        return "skipped: lacks required capability " + c;
      }
    }
    return null;
  }

  CircuitState circuitState() {
    return map(circuit.getState());
  }

  static CircuitState map(CircuitBreaker.State state) {
    switch (state) {
      case OPEN:
      case FORCED_OPEN:
        return CircuitState.OPEN;
      case HALF_OPEN:
        return CircuitState.HALF_OPEN;
      default:
        return CircuitState.CLOSED;
    }
  }

  private static boolean isRetryable(Throwable t, Duration maxRetryAfter) {
    if (!(t instanceof EngineException) || !((EngineException) t).isRetryable()) {
      return false;
    }
    if (t instanceof EngineUnavailableException) {
      Duration after = ((EngineUnavailableException) t).retryAfter().orElse(Duration.ZERO);
      return after.compareTo(maxRetryAfter) <= 0;
    }
    return true;
  }

  /**
   * Exponential back-off with jitter: attempt n waits {@code initial * multiplier^(n-1)}, capped,
   * spread uniformly by the jitter factor; a retry-after hint from the engine is waited out when it
   * is longer.
   */
  private static IntervalBiFunction<Object> backoff(ResilienceSettings s) {
    return (attempt, outcome) -> {
      double base =
          Math.min(
              s.maxBackoff().toMillis(),
              s.initialBackoff().toMillis() * Math.pow(s.backoffMultiplier(), attempt - 1));
      double spread = 1 - s.jitter() + 2 * s.jitter() * ThreadLocalRandom.current().nextDouble();
      long wait = Math.max(1, Math.round(base * spread));
      if (outcome.isLeft() && outcome.getLeft() instanceof EngineUnavailableException) {
        Duration after =
            ((EngineUnavailableException) outcome.getLeft()).retryAfter().orElse(Duration.ZERO);
        wait = Math.max(wait, after.toMillis());
      }
      return wait;
    };
  }
}
