package org.theopy.voice.core.internal;

import java.time.Duration;
import java.util.Arrays;
import org.theopy.voice.core.CallOutcome;
import org.theopy.voice.core.CircuitState;
import org.theopy.voice.core.EngineIndicators;
import org.theopy.voice.spi.EngineKind;

/**
 * The recent calls of one engine, in a ring buffer bounded in size and read back within a time
 * window. Recording is a few array writes under a lock; reading sorts a copy.
 */
final class IndicatorWindow {

  private final long windowNanos;
  private final long[] at;
  private final long[] latency;
  private final boolean[] success;
  private final boolean[] fallback;
  private final double[] audioSeconds;
  private int next;
  private int size;

  IndicatorWindow(Duration window, int capacity) {
    this.windowNanos = window.toNanos();
    this.at = new long[capacity];
    this.latency = new long[capacity];
    this.success = new boolean[capacity];
    this.fallback = new boolean[capacity];
    this.audioSeconds = new double[capacity];
  }

  synchronized void record(
      long latencyNanos, CallOutcome outcome, boolean servedAsFallback, double audio) {
    at[next] = System.nanoTime();
    latency[next] = latencyNanos;
    success[next] = outcome == CallOutcome.SUCCESS;
    fallback[next] = servedAsFallback;
    audioSeconds[next] = audio;
    next = (next + 1) % at.length;
    size = Math.min(size + 1, at.length);
  }

  synchronized EngineIndicators indicators(String id, EngineKind kind, CircuitState state) {
    long now = System.nanoTime();
    long[] latencies = new long[size];
    int calls = 0;
    int failures = 0;
    int successes = 0;
    int fallbacks = 0;
    long successNanos = 0;
    double audio = 0;
    for (int i = 0; i < size; i++) {
      if (now - at[i] > windowNanos) {
        continue;
      }
      latencies[calls++] = latency[i];
      if (success[i]) {
        successes++;
        if (fallback[i]) {
          fallbacks++;
        }
        if (!Double.isNaN(audioSeconds[i])) {
          audio += audioSeconds[i];
          successNanos += latency[i];
        }
      } else {
        failures++;
      }
    }
    long[] inWindow = Arrays.copyOf(latencies, calls);
    Arrays.sort(inWindow);
    return new EngineIndicators(
        id,
        kind,
        calls,
        Duration.ofNanos(percentile(inWindow, 0.50)),
        Duration.ofNanos(percentile(inWindow, 0.95)),
        Duration.ofNanos(percentile(inWindow, 0.99)),
        calls == 0 ? 0.0 : (double) failures / calls,
        successes == 0 ? 0.0 : (double) fallbacks / successes,
        audio > 0 ? successNanos / 1e9 / audio : Double.NaN,
        state);
  }

  /** Nearest-rank percentile of sorted values; 0 when there are none. */
  static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
