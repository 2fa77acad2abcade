package org.theopy.voice.core.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.CallOutcome;
import org.theopy.voice.core.EngineCallEvent;
import org.theopy.voice.core.PipelineException;
import org.theopy.voice.core.PipelineException.AttemptResult;
import org.theopy.voice.core.PipelineException.EngineAttempt;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.Engine;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineTimeoutException;

/**
 * An ordered list of engines of one kind. A request goes to the first engine that fits; when it
 * fails (after its retries), is rejected by its circuit or times out, the next one is tried.
 * Thread-safe.
 */
final class EngineChain<E extends Engine> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineChain.class);

  final EngineKind kind;
  final List<ResilientEngine<E>> engines;
  final Set<Capability> required;
  final String signature;
  private final EventDispatcher events;

  EngineChain(
      EngineKind kind,
      List<ResilientEngine<E>> engines,
      Set<Capability> required,
      EventDispatcher events) {
    this.kind = kind;
    this.engines = List.copyOf(engines);
    this.required = Set.copyOf(required);
    this.events = events;
    List<String> ids = new ArrayList<>();
    for (ResilientEngine<E> e : engines) {
      ids.add(e.id);
    }
    this.signature = String.join(",", ids);
  }

  /** The answer of a chain and which engine gave it. */
  record Served<R>(R value, String engineId, boolean fallback) {}

  /**
   * Runs a request along the chain.
   *
   * @param language the request's language
   * @param op the engine operation
   * @param audioSeconds the audio duration of a result, for the real-time factor, or {@code null}
   * @param exclude an engine id to leave out (it already failed), or {@code null}
   * @return the first answer
   * @throws PipelineException when no engine answered
   */
  <R> Served<R> execute(
      String language, Function<E, R> op, ToDoubleFunction<R> audioSeconds, String exclude) {
    List<EngineAttempt> attempts = null;
    Throwable last = null;
    boolean fallback = false;
    for (int i = 0; i < engines.size(); i++) {
      ResilientEngine<E> engine = engines.get(i);
      if (engine.id.equals(exclude)) {
        fallback = true;
        continue;
      }
      String skip = engine.skipReason(language, required);
      if (skip != null) {
        attempts = add(attempts, new EngineAttempt(engine.id, AttemptResult.SKIPPED, skip));
        LOG.debug("{}: {}", engine.id, skip);
        fallback = true;
        continue;
      }
      AtomicInteger tries = new AtomicInteger();
      long start = System.nanoTime();
      CallOutcome outcome;
      AttemptResult result;
      String detail;
      try {
        R value = engine.call(op, tries);
        long nanos = System.nanoTime() - start;
        double audio = audioSeconds == null ? Double.NaN : audioSeconds.applyAsDouble(value);
        engine.window.record(nanos, CallOutcome.SUCCESS, fallback, audio);
        publish(engine.id, nanos, CallOutcome.SUCCESS, tries.get(), fallback, "");
        LOG.debug("{}: answered in {} µs", engine.id, nanos / 1000);
        return new Served<>(value, engine.id, fallback);
      } catch (CallNotPermittedException e) {
        outcome = CallOutcome.REJECTED;
        result = AttemptResult.OPEN_CIRCUIT;
        detail = engine.circuitState() + " circuit";
        last = e;
      } catch (EngineTimeoutException e) {
        outcome = CallOutcome.TIMEOUT;
        result = AttemptResult.TIMED_OUT;
        detail = "timed out after " + e.limit().toMillis() + " ms" + retried(tries);
        last = e;
      } catch (EngineException e) {
        outcome = CallOutcome.FAILURE;
        result = AttemptResult.FAILED;
        detail = withoutPrefix(engine.id, e.getMessage()) + retried(tries);
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PipelineException(
            kind, "interrupted while waiting for engine '" + engine.id + "'", e);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        outcome = CallOutcome.FAILURE;
        result = AttemptResult.FAILED;
        detail =
            "failed unexpectedly: "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + retried(tries);
        last = e;
      }
      long nanos = System.nanoTime() - start;
      engine.window.record(nanos, outcome, fallback, Double.NaN);
      publish(engine.id, nanos, outcome, tries.get(), fallback, detail);
      attempts = add(attempts, new EngineAttempt(engine.id, result, detail));
      if (outcome == CallOutcome.REJECTED) {
        // The transition to OPEN was logged once; a line per rejected request would flood logs.
        LOG.debug("{}: {}; {}", engine.id, detail, nextStep(i, exclude));
      } else {
        LOG.warn("{}: {}; {}", engine.id, detail, nextStep(i, exclude));
      }
      fallback = true;
    }
    throw new PipelineException(kind, attempts == null ? List.of() : attempts, last);
  }

  ResilientEngine<E> find(String id) {
    for (ResilientEngine<E> e : engines) {
      if (e.id.equals(id)) {
        return e;
      }
    }
    return null;
  }

  private String nextStep(int index, String exclude) {
    for (int j = index + 1; j < engines.size(); j++) {
      if (!engines.get(j).id.equals(exclude)) {
        return "falling back to '" + engines.get(j).id + "'";
      }
    }
    return "no engine left in the chain";
  }

  private void publish(
      String id, long nanos, CallOutcome outcome, int tries, boolean fallback, String error) {
    if (events.active()) {
      events.publish(
          new EngineCallEvent(
              Instant.now(),
              id,
              kind,
              Duration.ofNanos(nanos),
              outcome,
              Math.max(0, tries - 1),
              fallback,
              false,
              error));
    }
  }

  private static String retried(AtomicInteger tries) {
    int n = tries.get();
    return n > 1 ? " (" + n + " attempts)" : "";
  }

  private static String withoutPrefix(String id, String message) {
    String prefix = "engine '" + id + "': ";
    String text = message == null ? "failed" : message;
    return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
  }

  private static List<EngineAttempt> add(List<EngineAttempt> list, EngineAttempt attempt) {
    List<EngineAttempt> out = list == null ? new ArrayList<>() : list;
    out.add(attempt);
    return out;
  }
}
