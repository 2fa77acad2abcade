package org.theopy.voice.spi.audio;

/**
 * The shape of in-memory audio: signed 16-bit little-endian PCM at a sample rate, with one or more
 * interleaved channels. WAV files in other encodings are converted to this when read.
 *
 * @param sampleRate samples per second per channel, between 1000 and 384000
 * @param channels the number of interleaved channels, between 1 and 16
 */
public record AudioFormat(int sampleRate, int channels) {

  /** 16 kHz mono, the format most speech engines take. */
  public static final AudioFormat SPEECH_16K = new AudioFormat(16_000, 1);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the rate or channel count is out of range
   */
  public AudioFormat {
    if (sampleRate < 1000 || sampleRate > 384_000) {
      throw new IllegalArgumentException(
          "sample rate must be between 1000 and 384000 Hz, got " + sampleRate);
    }
    if (channels < 1 || channels > 16) {
      throw new IllegalArgumentException("channels must be between 1 and 16, got " + channels);
    }
  }

  /**
   * Mono 16-bit PCM at a sample rate.
   *
   * @param sampleRate the rate in Hz
   * @return the format
   */
  public static AudioFormat pcm16Mono(int sampleRate) {
    return new AudioFormat(sampleRate, 1);
  }

  /**
   * Tells whether this is mono.
   *
   * @return {@code true} with one channel
   */
  public boolean isMono() {
    return channels == 1;
  }

  /**
   * Returns the bytes one second of this audio takes as 16-bit PCM.
   *
   * @return bytes per second
   */
  public int bytesPerSecond() {
    return sampleRate * channels * 2;
  }

  @Override
  public String toString() {
    return "16-bit PCM " + sampleRate + " Hz " + (channels == 1 ? "mono" : channels + " channels");
  }
}
