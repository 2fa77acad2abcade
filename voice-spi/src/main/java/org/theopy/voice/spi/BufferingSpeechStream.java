package org.theopy.voice.spi;

import java.util.Objects;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * The default {@link SpeechStream} of engines without streaming: collects the chunks and
 * transcribes them all at once when the stream finishes.
 */
final class BufferingSpeechStream implements SpeechStream {

  /** One hour of 16 kHz audio: more than any single utterance and a bound on memory. */
  private static final long MAX_SAMPLES = 16_000L * 3600;

  private final SpeechToText engine;
  private final String language;
  private final AudioFormat format;
  private short[] buffer = new short[16_000];
  private int length;
  private boolean done;

  BufferingSpeechStream(SpeechToText engine, String language, int sampleRate) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.language = Objects.requireNonNull(language, "language");
    this.format = AudioFormat.pcm16Mono(sampleRate);
    if (!engine.descriptor().supportsLanguage(language)) {
      throw new UnsupportedLanguageException(
          engine.descriptor().id(), language, engine.descriptor().languages());
    }
  }

  @Override
  public Transcript accept(Audio chunk) {
    ensureOpen();
    if (!chunk.format().equals(format)) {
      throw new InvalidInputException(
          engine.descriptor().id(),
          "stream chunk is " + chunk.format() + " but the stream was opened for " + format,
          null);
    }
    short[] samples = chunk.samples();
    if (length + (long) samples.length > MAX_SAMPLES) {
      throw new InvalidInputException(
          engine.descriptor().id(),
          "streamed utterance exceeds one hour; finish it and start a new stream",
          null);
    }
    if (length + samples.length > buffer.length) {
      int size = Math.max(buffer.length * 2, length + samples.length);
      buffer = java.util.Arrays.copyOf(buffer, size);
    }
    System.arraycopy(samples, 0, buffer, length, samples.length);
    length += samples.length;
    return Transcript.empty();
  }

  @Override
  public Transcript finish() {
    ensureOpen();
    done = true;
    Audio all = Audio.of(java.util.Arrays.copyOf(buffer, length), format);
    buffer = new short[0];
    return engine.transcribe(all, language);
  }

  @Override
  public void close() {
    done = true;
    buffer = new short[0];
  }

  private void ensureOpen() {
    if (done) {
      throw new IllegalStateException(
          "engine '" + engine.descriptor().id() + "': stream is already finished or closed");
    }
  }
}
