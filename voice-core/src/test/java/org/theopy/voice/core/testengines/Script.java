package org.theopy.voice.core.testengines;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * What a test engine does on each call, shared between a test and the engine that ServiceLoader
 * created: the engine reads the script's name from its {@code script} setting. Steps run in order;
 * the last one repeats.
 */
public final class Script {

  private static final Map<String, Script> SCRIPTS = new ConcurrentHashMap<>();
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final String name;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile List<Step> steps = List.of(Step.ANSWER);
  private final List<AudioFormat> formats = new CopyOnWriteArrayList<>();
  private final List<String> inputs = new CopyOnWriteArrayList<>();

  private Script(String name) {
    this.name = name;
  }

  /** Creates a script with a unique name that always answers. */
  public static Script create() {
    Script s = new Script("script-" + NAMES.incrementAndGet());
    SCRIPTS.put(s.name, s);
    return s;
  }

  static Script named(String name) {
    return name == null ? null : SCRIPTS.get(name);
  }

  public String name() {
    return name;
  }

  /** Replaces the steps; the call counter is kept. */
  public Script then(Step... next) {
    this.steps = List.of(next);
    calls.set(0);
    return this;
  }

  private volatile boolean closed;

  public boolean isClosed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }

  public int calls() {
    return calls.get();
  }

  public List<AudioFormat> formats() {
    return formats;
  }

  public List<String> inputs() {
    return inputs;
  }

  void recordFormat(AudioFormat format) {
    formats.add(format);
  }

  void recordInput(String input) {
    inputs.add(input);
  }

  <R> R run(String engineId, Supplier<R> answer) {
    int n = calls.getAndIncrement();
    List<Step> s = steps;
    Step step = s.get(Math.min(n, s.size() - 1));
    return step.run(engineId, answer);
  }

  /** One scripted behaviour. */
  public interface Step {
    Step ANSWER =
        new Step() {
          @Override
          public <R> R run(String engineId, Supplier<R> answer) {
            return answer.get();
          }
        };

    <R> R run(String engineId, Supplier<R> answer);

    /** A retryable outage. */
    static Step outage() {
      return new Step() {
        @Override
        public <R> R run(String engineId, Supplier<R> answer) {
          throw new EngineUnavailableException(engineId, "scripted outage", null);
        }
      };
    }

    /** A retryable outage with a retry-after hint. */
    static Step outageRetryAfter(Duration after) {
      return new Step() {
        @Override
        public <R> R run(String engineId, Supplier<R> answer) {
          throw new EngineUnavailableException(engineId, "scripted rate limit", null, after);
        }
      };
    }

    /** A non-retryable rejection of the input. */
    static Step badInput() {
      return new Step() {
        @Override
        public <R> R run(String engineId, Supplier<R> answer) {
          throw new InvalidInputException(engineId, "scripted bad input", null);
        }
      };
    }

    /** A non-retryable configuration failure (counts against the circuit). */
    static Step badCredentials() {
      return new Step() {
        @Override
        public <R> R run(String engineId, Supplier<R> answer) {
          throw new EngineConfigurationException(engineId, "scripted credentials rejected", null);
        }
      };
    }

    /** Hangs for a minute unless interrupted. */
    static Step hang() {
      return new Step() {
        @Override
        public <R> R run(String engineId, Supplier<R> answer) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException(engineId, "interrupted while hanging", e);
          }
          return answer.get();
        }
      };
    }
  }
}
