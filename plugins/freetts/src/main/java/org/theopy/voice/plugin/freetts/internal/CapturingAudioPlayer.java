package org.theopy.voice.plugin.freetts.internal;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;
import org.theopy.voice.spi.audio.Audio;

/**
 * A FreeTTS audio player that keeps the samples in memory instead of playing them, so that speech
 * is produced without a sound card (and with {@code java.awt.headless=true}).
 *
 * <p>Each voice of the pool has its own player; both are used by one thread at a time. Writing
 * stops (and FreeTTS abandons the utterance) when the thread is interrupted or when the captured
 * audio would exceed its limit.
 */
final class CapturingAudioPlayer implements AudioPlayer {

  private final long maxBytes;
  private final ByteArrayOutputStream pcm = new ByteArrayOutputStream(64 * 1024);
  private AudioFormat format = new AudioFormat(16_000f, 16, 1, true, true);
  private float volume = 1.0f;
  private boolean overflowed;
  private long startedAt = System.currentTimeMillis();

  CapturingAudioPlayer(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Forgets captured audio before a new text. */
  void clear() {
    pcm.reset();
    overflowed = false;
  }

  /** Tells whether audio was dropped because it exceeded the limit. */
  boolean overflowed() {
    return overflowed;
  }

  /** Returns how many bytes have been captured. */
  long capturedBytes() {
    return pcm.size();
  }

  /**
   * Returns what was captured as 16-bit mono audio at the voice's rate.
   *
   * @return the audio, possibly empty
   * @throws IllegalStateException when FreeTTS announced a format other than 16-bit mono PCM
   */
  Audio audio() {
    if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
      throw new IllegalStateException("FreeTTS produced unexpected audio: " + format);
    }
    byte[] bytes = pcm.toByteArray();
    short[] samples = new short[bytes.length / 2];
    boolean bigEndian = format.isBigEndian();
    for (int i = 0; i < samples.length; i++) {
      int hi = bigEndian ? bytes[2 * i] : bytes[2 * i + 1];
      int lo = bigEndian ? bytes[2 * i + 1] : bytes[2 * i];
      samples[i] = (short) ((hi << 8) | (lo & 0xff));
    }
    return Audio.of(
        samples,
        org.theopy.voice.spi.audio.AudioFormat.pcm16Mono(Math.round(format.getSampleRate())));
  }

  @Override
  public void setAudioFormat(AudioFormat format) {
    this.format = format;
  }

  @Override
  public AudioFormat getAudioFormat() {
    return format;
  }

  @Override
  public void pause() {}

  @Override
  public void resume() {}

  @Override
  public void reset() {}

  @Override
  public boolean drain() {
    return true;
  }

  @Override
  public void begin(int size) {}

  @Override
  public boolean end() {
    return true;
  }

  @Override
  public void cancel() {}

  @Override
  public void close() {}

  @Override
  public float getVolume() {
    return volume;
  }

  @Override
  public void setVolume(float volume) {
    this.volume = volume;
  }

  @Override
  public long getTime() {
    return System.currentTimeMillis() - startedAt;
  }

  @Override
  public void resetTime() {
    startedAt = System.currentTimeMillis();
  }

  @Override
  public void startFirstSampleTimer() {}

  @Override
  public boolean write(byte[] audioData) {
    return write(audioData, 0, audioData.length);
  }

  @Override
  public boolean write(byte[] bytes, int offset, int size) {
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    if (pcm.size() + (long) size > maxBytes) {
      overflowed = true;
      return false;
    }
    pcm.write(bytes, offset, size);
    return true;
  }

  @Override
  public void showMetrics() {}
}
