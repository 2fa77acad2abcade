package org.theopy.voice.plugin.vosk.internal;

import java.time.Duration;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * One streaming recognition on a recognizer borrowed for the stream's whole life: each chunk goes
 * straight to Vosk, which answers with a partial result. The recognizer goes back to its pool at
 * {@link #finish()} or {@link #close()}, so a caller that opens streams must close them.
 */
final class VoskSpeechStream implements SpeechStream {

  private final VoskSpeechToText engine;
  private final RecognizerPool pool;
  private final AudioFormat format;
  private final long maxSamples;
  private final VoskResult.Builder result;
  private final short[] buffer;
  private PooledRecognizer recognizer;
  private final long padMillis;
  private long fed;

  VoskSpeechStream(
      VoskSpeechToText engine,
      RecognizerPool pool,
      PooledRecognizer recognizer,
      int sampleRate,
      int paddingSamples,
      Duration maxDuration) {
    this.engine = engine;
    this.pool = pool;
    this.recognizer = recognizer;
    this.format = AudioFormat.pcm16Mono(sampleRate);
    this.maxSamples = maxDuration.toMillis() * sampleRate / 1000;
    this.buffer = new short[Math.max(1, sampleRate / 4)];
    this.padMillis = paddingSamples * 1000L / sampleRate;
    this.result = new VoskResult.Builder(-padMillis - recognizer.fedMillis(), Long.MAX_VALUE / 2);
    boolean ok = false;
    try {
      VoskSpeechToText.feedSilence(recognizer, paddingSamples, buffer, result);
      ok = true;
    } finally {
      if (!ok) {
        close();
      }
    }
  }

  @Override
  public Transcript accept(Audio chunk) {
    ensureOpen();
    if (!chunk.format().equals(format)) {
      throw new InvalidInputException(
          engine.id(),
          "stream chunk is " + chunk.format() + " but the stream was opened for " + format,
          null);
    }
    short[] samples = chunk.samples();
    if (fed + samples.length > maxSamples) {
      throw new InvalidInputException(
          engine.id(),
          "streamed utterance is longer than 'max.duration'; finish it and open a new stream",
          null);
    }
    try {
      if (samples.length > 0 && recognizer.accept(samples, samples.length)) {
        result.add(recognizer.recognizer().getResult());
      }
      fed += samples.length;
      String partial = VoskResult.partialText(recognizer.recognizer().getPartialResult());
      String soFar = result.text();
      return Transcript.of(soFar.isEmpty() ? partial : (soFar + " " + partial));
    } catch (IllegalArgumentException e) {
      throw new EngineUnavailableException(
          engine.id(), "Vosk returned a result that could not be read: " + e.getMessage(), e);
    }
  }

  @Override
  public Transcript finish() {
    ensureOpen();
    try {
      feedSilence();
      result.add(recognizer.recognizer().getFinalResult());
      Transcript transcript = result.build();
      pool.release(recognizer, true);
      recognizer = null;
      return transcript;
    } catch (IllegalArgumentException e) {
      throw new EngineUnavailableException(
          engine.id(), "Vosk returned a result that could not be read: " + e.getMessage(), e);
    } finally {
      close();
    }
  }

  private void feedSilence() {
    int trailing = (int) (padMillis * format.sampleRate() / 1000);
    VoskSpeechToText.feedSilence(recognizer, trailing, buffer, result);
  }

  @Override
  public void close() {
    if (recognizer != null) {
      PooledRecognizer r = recognizer;
      recognizer = null;
      pool.release(r, false);
    }
  }

  private void ensureOpen() {
    if (recognizer == null) {
      throw new IllegalStateException(
          "engine '" + engine.id() + "': stream is already finished or closed");
    }
    engine.ensureOpen();
  }
}
