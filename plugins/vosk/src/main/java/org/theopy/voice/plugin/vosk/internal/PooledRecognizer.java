package org.theopy.voice.plugin.vosk.internal;

import org.vosk.Recognizer;

/**
 * A recognizer of a pool with the number of samples it has been fed since it was made.
 *
 * <p>Vosk gives word times from the moment the recognizer was made, not from the start of the
 * current utterance, so the count is what turns its times back into times within the utterance.
 * Used by one thread at a time.
 */
final class PooledRecognizer {

  /** After this much audio a recognizer is replaced, so that its float word times stay precise. */
  static final long MAX_SECONDS_FED = 3600;

  private final Recognizer recognizer;
  private final int sampleRate;
  private long samplesFed;

  PooledRecognizer(Recognizer recognizer, int sampleRate) {
    this.recognizer = recognizer;
    this.sampleRate = sampleRate;
  }

  /** Returns the native recognizer. */
  Recognizer recognizer() {
    return recognizer;
  }

  /**
   * Feeds samples and counts them.
   *
   * @param samples the buffer
   * @param length how many of its samples to feed
   * @return {@code true} when Vosk ended a segment and a result is ready
   */
  boolean accept(short[] samples, int length) {
    boolean segment = recognizer.acceptWaveForm(samples, length);
    samplesFed += length;
    return segment;
  }

  /** Returns the milliseconds of audio fed so far, where the next utterance starts for Vosk. */
  long fedMillis() {
    return samplesFed * 1000 / sampleRate;
  }

  /** Tells whether the recognizer has heard enough to be replaced. */
  boolean worn() {
    return samplesFed > MAX_SECONDS_FED * sampleRate;
  }
}
