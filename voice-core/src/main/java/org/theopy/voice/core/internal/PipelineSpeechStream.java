package org.theopy.voice.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.core.CallOutcome;
import org.theopy.voice.core.EngineCallEvent;
import org.theopy.voice.core.PipelineException;
import org.theopy.voice.core.PipelineException.AttemptResult;
import org.theopy.voice.core.PipelineException.EngineAttempt;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * A streaming recognition across a chain: one engine's stream receives the chunks and returns
 * partial results, every chunk is also kept, and when that engine fails the kept audio is
 * transcribed by the rest of the chain at {@link #finish()}. Used by one thread at a time.
 */
final class PipelineSpeechStream implements SpeechStream {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineSpeechStream.class);

  /** Ten minutes of audio at the stream's rate: a bound on the memory kept for fallback. */
  private static final long MAX_SECONDS = 600;

  private final EngineChain<SpeechToText> chain;
  private final EventDispatcher events;
  private final String language;
  private final AudioFormat format;
  private final List<short[]> chunks = new ArrayList<>();
  private long samples;
  private ResilientEngine<SpeechToText> active;
  private SpeechStream activeStream;
  private AudioFormat engineFormat;
  private String failedEngine;
  private long processingNanos;
  private Transcript lastPartial = Transcript.empty();
  private boolean done;
  private boolean fallback;

  PipelineSpeechStream(
      EngineChain<SpeechToText> chain, EventDispatcher events, String language, int sampleRate) {
    this.chain = chain;
    this.events = events;
    this.language = language;
    this.format = AudioFormat.pcm16Mono(sampleRate);
    List<EngineAttempt> attempts = new ArrayList<>();
    Throwable last = null;
    for (ResilientEngine<SpeechToText> engine : chain.engines) {
      String skip = engine.skipReason(language, chain.required);
      if (skip != null) {
        attempts.add(new EngineAttempt(engine.id, AttemptResult.SKIPPED, skip));
        fallback = true;
        continue;
      }
      if (!engine.circuit.tryAcquirePermission()) {
        attempts.add(
            new EngineAttempt(
                engine.id, AttemptResult.OPEN_CIRCUIT, engine.circuitState() + " circuit"));
        fallback = true;
        continue;
      }
      AudioFormat target = AudioFormat.pcm16Mono(engine.descriptor.bestSampleRateFor(sampleRate));
      try {
        activeStream = engine.limited(e -> e.openStream(language, target.sampleRate()));
        active = engine;
        engineFormat = target;
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        engine.circuit.releasePermission();
        throw new PipelineException(EngineKind.SPEECH_TO_TEXT, "interrupted opening a stream", e);
      } catch (Exception e) {
        engine.circuit.onError(0, TimeUnit.NANOSECONDS, e);
        attempts.add(new EngineAttempt(engine.id, AttemptResult.FAILED, describe(e)));
        LOG.warn(
            "{}: could not open a stream ({}); trying the next engine", engine.id, describe(e));
        last = e;
        fallback = true;
      }
    }
    throw new PipelineException(EngineKind.SPEECH_TO_TEXT, attempts, last);
  }

  @Override
  public Transcript accept(Audio chunk) {
    ensureOpen();
    if (!chunk.format().equals(format)) {
      throw new InvalidInputException(
          "stream chunk is " + chunk.format() + " but the stream was opened for " + format);
    }
    if ((samples + chunk.sampleCount()) > MAX_SECONDS * format.sampleRate()) {
      throw new InvalidInputException(
          "streamed utterance exceeds "
              + MAX_SECONDS / 60
              + " minutes; finish it and open a new"
              + " stream");
    }
    chunks.add(chunk.samples());
    samples += chunk.sampleCount();
    if (activeStream != null) {
      // Each chunk is resampled on its own, so when the engine's rate differs from the stream's
      // the filter restarts at every chunk boundary, which adds a little noise there.
      Audio converted = chunk.convertTo(engineFormat);
      long start = System.nanoTime();
      try {
        lastPartial = active.limited(e -> activeStream.accept(converted));
        processingNanos += System.nanoTime() - start;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PipelineException(EngineKind.SPEECH_TO_TEXT, "interrupted feeding a stream", e);
      } catch (Exception e) {
        processingNanos += System.nanoTime() - start;
        abandon(e);
      }
    }
    return lastPartial;
  }

  @Override
  public Transcript finish() {
    ensureOpen();
    done = true;
    if (activeStream != null) {
      long start = System.nanoTime();
      try {
        Transcript result = active.limited(e -> activeStream.finish());
        processingNanos += System.nanoTime() - start;
        active.circuit.onSuccess(processingNanos, TimeUnit.NANOSECONDS);
        double seconds = (double) samples / format.sampleRate();
        active.window.record(processingNanos, CallOutcome.SUCCESS, fallback, seconds);
        publish(active.id, CallOutcome.SUCCESS, "");
        closeActive();
        return result;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PipelineException(EngineKind.SPEECH_TO_TEXT, "interrupted finishing a stream", e);
      } catch (Exception e) {
        processingNanos += System.nanoTime() - start;
        abandon(e);
      }
    }
    Audio all = Audio.of(concat(), format);
    double seconds = all.durationSeconds();
    return chain
        .execute(language, e -> e.transcribe(convert(all, e), language), r -> seconds, failedEngine)
        .value();
  }

  @Override
  public void close() {
    if (!done && active != null && activeStream != null) {
      active.circuit.releasePermission();
    }
    done = true;
    closeActive();
    chunks.clear();
  }

  private void abandon(Exception e) {
    String detail = describe(e);
    CallOutcome outcome =
        e instanceof org.theopy.voice.spi.EngineTimeoutException
            ? CallOutcome.TIMEOUT
            : CallOutcome.FAILURE;
    active.circuit.onError(processingNanos, TimeUnit.NANOSECONDS, e);
    active.window.record(processingNanos, outcome, fallback, Double.NaN);
    publish(active.id, outcome, detail);
    LOG.warn(
        "{}: stream failed ({}); the kept audio goes to the rest of the chain at finish",
        active.id,
        detail);
    failedEngine = active.id;
    closeActive();
  }

  private void closeActive() {
    SpeechStream stream = activeStream;
    activeStream = null;
    if (stream != null) {
      try {
        stream.close();
      } catch (RuntimeException e) {
        LOG.debug("{}: closing its stream failed", active.id, e);
      }
    }
  }

  private void publish(String id, CallOutcome outcome, String error) {
    if (events.active()) {
      events.publish(
          new EngineCallEvent(
              Instant.now(),
              id,
              EngineKind.SPEECH_TO_TEXT,
              Duration.ofNanos(processingNanos),
              outcome,
              0,
              fallback,
              false,
              error));
    }
  }

  private short[] concat() {
    short[] all = new short[(int) samples];
    int at = 0;
    for (short[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    return all;
  }

  static Audio convert(Audio audio, SpeechToText engine) {
    int rate = engine.descriptor().bestSampleRateFor(audio.format().sampleRate());
    return audio.convertTo(AudioFormat.pcm16Mono(rate));
  }

  private static String describe(Throwable e) {
    if (e instanceof org.theopy.voice.spi.EngineTimeoutException) {
      return "timed out after "
          + ((org.theopy.voice.spi.EngineTimeoutException) e).limit().toMillis()
          + " ms";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private void ensureOpen() {
    if (done) {
      throw new IllegalStateException("the speech stream is already finished or closed");
    }
  }
}
