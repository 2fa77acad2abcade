package org.theopy.voice.plugin.vosk.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.theopy.voice.spi.EngineUnavailableException;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Recognizers for one sample rate, made on demand up to a maximum and reused: making one costs
 * several times more than recognising a short utterance, so each call borrows one and gives it
 * back. A recognizer is used by one thread at a time; the pool is safe for concurrent use.
 */
final class RecognizerPool {

  private final String engineId;
  private final Model model;
  private final int sampleRate;
  private final int maxSize;
  private final Duration acquireTimeout;
  private final Semaphore permits;
  private final ConcurrentLinkedQueue<PooledRecognizer> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger waiting = new AtomicInteger();
  private volatile boolean closed;

  RecognizerPool(
      String engineId, Model model, int sampleRate, int maxSize, Duration acquireTimeout) {
    this.engineId = engineId;
    this.model = model;
    this.sampleRate = sampleRate;
    this.maxSize = maxSize;
    this.acquireTimeout = acquireTimeout;
    this.permits = new Semaphore(maxSize, true);
  }

  /**
   * Borrows a recognizer, waiting up to the acquire timeout when all are busy.
   *
   * @return a recognizer in a clean state
   * @throws EngineUnavailableException when none became free in time, the thread was interrupted,
   *     the pool is closed or native code could not make a recognizer
   */
  PooledRecognizer acquire() {
    waiting.incrementAndGet();
    try {
      if (!permits.tryAcquire(acquireTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new EngineUnavailableException(
            engineId,
            "all "
                + maxSize
                + " recognizers at "
                + sampleRate
                + " Hz stayed busy for "
                + acquireTimeout.toMillis()
                + " ms (waiting="
                + waiting.get()
                + "); raise 'recognizers' or 'acquire.timeout', or send fewer calls at once",
            null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(
          engineId, "interrupted while waiting for a free recognizer", e);
    } finally {
      waiting.decrementAndGet();
    }
    if (closed) {
      permits.release();
      throw new EngineUnavailableException(engineId, "the engine is closed", null);
    }
    PooledRecognizer pooled = idle.poll();
    if (pooled != null) {
      return pooled;
    }
    try {
      Recognizer recognizer = new Recognizer(model, sampleRate);
      recognizer.setWords(true);
      created.incrementAndGet();
      return new PooledRecognizer(recognizer, sampleRate);
    } catch (IOException | RuntimeException e) {
      permits.release();
      throw new EngineUnavailableException(
          engineId,
          "Vosk could not make a recognizer at "
              + sampleRate
              + " Hz ("
              + e.getMessage()
              + "); the model's decoding graph may be damaged",
          e);
    }
  }

  /**
   * Gives a recognizer back.
   *
   * @param pooled the recognizer from {@link #acquire()}
   * @param clean {@code false} when an utterance was left unfinished: it is then ended with a final
   *     result that is thrown away, which (unlike Vosk's reset) makes the recognizer start its next
   *     utterance with fresh feature state
   */
  void release(PooledRecognizer pooled, boolean clean) {
    try {
      if (closed || pooled.worn()) {
        pooled.recognizer().close();
        created.decrementAndGet();
        return;
      }
      if (!clean) {
        pooled.recognizer().getFinalResult();
      }
      idle.offer(pooled);
      if (closed) {
        close();
      }
    } finally {
      permits.release();
    }
  }

  /**
   * Throws a recognizer away after a failure inside native code left it in an unknown state.
   *
   * @param pooled the recognizer from {@link #acquire()}
   */
  void discard(PooledRecognizer pooled) {
    try {
      pooled.recognizer().close();
      created.decrementAndGet();
    } finally {
      permits.release();
    }
  }

  /** Returns how many recognizers exist. */
  int size() {
    return created.get();
  }

  /** Returns how many recognizers are lent out now. */
  int busy() {
    return maxSize - permits.availablePermits();
  }

  /** Returns the most recognizers this pool makes. */
  int maxSize() {
    return maxSize;
  }

  /** Returns the sample rate of the recognizers. */
  int sampleRate() {
    return sampleRate;
  }

  /** Frees the idle recognizers; those lent out are freed when they come back. */
  void close() {
    closed = true;
    PooledRecognizer pooled;
    while ((pooled = idle.poll()) != null) {
      pooled.recognizer().close();
      created.decrementAndGet();
    }
  }
}
