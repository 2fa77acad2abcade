package org.theopy.voice.spi.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.theopy.voice.spi.InvalidInputException;

/**
 * Immutable audio: signed 16-bit PCM samples (interleaved when there are several channels) with
 * their {@link AudioFormat}.
 *
 * <p>Audio comes from WAV files ({@link #readWav(InputStream, long)}), from raw PCM ({@link
 * #fromPcm16le}) or from engines, and is converted to what an engine takes with {@link #convertTo}.
 * Instances are safe to share between threads.
 */
public final class Audio {

  /** The default upper bound on a WAV file's size when reading: 256 MiB. */
  public static final long DEFAULT_MAX_WAV_BYTES = 256L * 1024 * 1024;

  private final short[] samples;
  private final AudioFormat format;

  private Audio(short[] samples, AudioFormat format) {
    this.samples = samples;
    this.format = format;
  }

  /**
   * Creates audio from samples, which are copied.
   *
   * @param samples signed 16-bit samples, interleaved by channel
   * @param format their format
   * @return the audio
   * @throws InvalidInputException when the sample count is not a multiple of the channels
   */
  public static Audio of(short[] samples, AudioFormat format) {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(format, "format");
    if (samples.length % format.channels() != 0) {
      throw new InvalidInputException(
          samples.length + " samples do not divide into " + format.channels() + " channels");
    }
    return new Audio(samples.clone(), format);
  }

  /**
   * Creates audio from raw signed 16-bit little-endian PCM bytes.
   *
   * @param pcm the bytes
   * @param format their format
   * @return the audio
   * @throws InvalidInputException when the byte count is not a whole number of frames
   */
  public static Audio fromPcm16le(byte[] pcm, AudioFormat format) {
    Objects.requireNonNull(pcm, "pcm");
    Objects.requireNonNull(format, "format");
    int frameBytes = 2 * format.channels();
    if (pcm.length % frameBytes != 0) {
      throw new InvalidInputException(
          "PCM data of "
              + pcm.length
              + " bytes is not a whole number of "
              + frameBytes
              + "-byte frames; the data is truncated or not "
              + format);
    }
    short[] samples = new short[pcm.length / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
    return new Audio(samples, format);
  }

  /**
   * Creates silence.
   *
   * @param millis the duration in milliseconds
   * @param format the format
   * @return silent audio
   */
  public static Audio silence(long millis, AudioFormat format) {
    long frames = millis * format.sampleRate() / 1000;
    if (frames * format.channels() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("silence of " + millis + " ms is too long to hold");
    }
    return new Audio(new short[(int) frames * format.channels()], format);
  }

  /**
   * Reads a WAV file held in memory.
   *
   * @param wav the whole file
   * @return the audio, converted to 16-bit PCM
   * @throws InvalidInputException when the bytes are not a readable WAV file
   */
  public static Audio readWav(byte[] wav) {
    return WavCodec.decode(wav);
  }

  /**
   * Reads a WAV file from a stream, refusing to buffer more than {@code maxBytes}.
   *
   * @param in the stream, read to its end but not closed
   * @param maxBytes the largest file accepted
   * @return the audio, converted to 16-bit PCM
   * @throws InvalidInputException when the file is larger than {@code maxBytes} or is not a
   *     readable WAV file
   * @throws UncheckedIOException when the stream fails
   */
  public static Audio readWav(InputStream in, long maxBytes) {
    try {
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (data.length > maxBytes) {
        throw new InvalidInputException(
            "WAV data exceeds the limit of " + maxBytes + " bytes; send shorter audio");
      }
      return WavCodec.decode(data);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read WAV data: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a WAV file, refusing files above {@link #DEFAULT_MAX_WAV_BYTES}.
   *
   * @param file the file
   * @return the audio, converted to 16-bit PCM
   * @throws InvalidInputException when the file is too large or not a readable WAV file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Audio readWav(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readWav(in, DEFAULT_MAX_WAV_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the format.
   *
   * @return the format
   */
  public AudioFormat format() {
    return format;
  }

  /**
   * Returns a copy of the samples.
   *
   * @return signed 16-bit samples, interleaved by channel
   */
  public short[] samples() {
    return samples.clone();
  }

  /**
   * Returns the number of samples over all channels.
   *
   * @return the sample count
   */
  public int sampleCount() {
    return samples.length;
  }

  /**
   * Returns the number of frames (one sample per channel).
   *
   * @return the frame count
   */
  public int frameCount() {
    return samples.length / format.channels();
  }

  /**
   * Tells whether there is no audio at all.
   *
   * @return {@code true} with zero samples
   */
  public boolean isEmpty() {
    return samples.length == 0;
  }

  /**
   * Returns the duration in milliseconds.
   *
   * @return the duration
   */
  public long durationMillis() {
    return frameCount() * 1000L / format.sampleRate();
  }

  /**
   * Returns the duration in seconds, for real-time factors.
   *
   * @return the duration
   */
  public double durationSeconds() {
    return frameCount() / (double) format.sampleRate();
  }

  /**
   * Returns the largest absolute sample value, from 0 (silence) to 32768.
   *
   * @return the peak level
   */
  public int peak() {
    int peak = 0;
    for (short s : samples) {
      peak = Math.max(peak, Math.abs((int) s));
    }
    return peak;
  }

  /**
   * Returns the samples as signed 16-bit little-endian bytes, the form most native engines take.
   *
   * @return a new byte array
   */
  public byte[] toPcm16le() {
    byte[] out = new byte[samples.length * 2];
    for (int i = 0; i < samples.length; i++) {
      out[2 * i] = (byte) samples[i];
      out[2 * i + 1] = (byte) (samples[i] >> 8);
    }
    return out;
  }

  /**
   * Encodes this audio as a 16-bit PCM WAV file.
   *
   * @return the file's bytes
   */
  public byte[] toWav() {
    return WavCodec.encode(this);
  }

  /**
   * Mixes all channels down to one by averaging them.
   *
   * @return mono audio ({@code this} when already mono)
   */
  public Audio toMono() {
    if (format.isMono()) {
      return this;
    }
    int channels = format.channels();
    short[] mono = new short[frameCount()];
    for (int f = 0; f < mono.length; f++) {
      int sum = 0;
      for (int c = 0; c < channels; c++) {
        sum += samples[f * channels + c];
      }
      mono[f] = (short) Math.round(sum / (float) channels);
    }
    return new Audio(mono, new AudioFormat(format.sampleRate(), 1));
  }

  /**
   * Changes the sample rate with a band-limited (windowed sinc) resampler, so that downsampling
   * does not fold high frequencies into the speech band.
   *
   * @param sampleRate the new rate in Hz
   * @return resampled audio ({@code this} when the rate is unchanged)
   */
  public Audio resample(int sampleRate) {
    if (sampleRate == format.sampleRate()) {
      return this;
    }
    AudioFormat target = new AudioFormat(sampleRate, format.channels());
    return new Audio(Resampler.resample(samples, format, sampleRate), target);
  }

  /**
   * Converts to another format: mixes channels down to mono when the target is mono, then
   * resamples.
   *
   * @param target the wanted format
   * @return converted audio ({@code this} when already in that format)
   * @throws InvalidInputException when asked to turn mono or fewer channels into more channels
   */
  public Audio convertTo(AudioFormat target) {
    Audio audio = this;
    if (target.channels() != format.channels()) {
      if (!target.isMono()) {
        throw new InvalidInputException(
            "cannot convert " + format + " to " + target + "; only mixing down to mono is done");
      }
      audio = audio.toMono();
    }
    return audio.resample(target.sampleRate());
  }

  /**
   * Returns a slice of this audio.
   *
   * @param fromFrame the first frame, inclusive
   * @param toFrame the last frame, exclusive
   * @return the slice
   * @throws IndexOutOfBoundsException when the range is outside the audio
   */
  public Audio slice(int fromFrame, int toFrame) {
    Objects.checkFromToIndex(fromFrame, toFrame, frameCount());
    int c = format.channels();
    return new Audio(Arrays.copyOfRange(samples, fromFrame * c, toFrame * c), format);
  }

  short[] rawSamples() {
    return samples;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Audio other
        && format.equals(other.format)
        && Arrays.equals(samples, other.samples);
  }

  @Override
  public int hashCode() {
    return 31 * format.hashCode() + Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "Audio[" + durationMillis() + " ms, " + format + "]";
  }
}
