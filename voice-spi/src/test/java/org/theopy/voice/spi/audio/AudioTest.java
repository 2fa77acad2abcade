package org.theopy.voice.spi.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.InvalidInputException;

class AudioTest {

  private static short[] sine(int rate, double hz, int frames, int amplitude) {
    short[] s = new short[frames];
    for (int i = 0; i < frames; i++) {
      s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  private static double rms(short[] s, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += (double) s[i] * s[i];
    }
    return Math.sqrt(sum / (to - from));
  }

  /** Builds a WAV file by hand, independently of the codec under test. */
  private static byte[] wav(int encoding, int channels, int rate, int bits, byte[] data) {
    ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVEfmt ".getBytes()).putInt(16);
    b.putShort((short) encoding).putShort((short) channels).putInt(rate);
    b.putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8));
    b.putShort((short) bits).put("data".getBytes()).putInt(data.length).put(data);
    return b.array();
  }

  @Test
  void shouldRoundTripThroughWav() {
    Audio audio = Audio.of(sine(16_000, 440, 1600, 10_000), AudioFormat.SPEECH_16K);

    Audio read = Audio.readWav(audio.toWav());

    assertThat(read).isEqualTo(audio);
    assertThat(read.durationMillis()).isEqualTo(100);
  }

  @Test
  void shouldReadEightBitUnsignedPcm() {
    byte[] data = {(byte) 128, (byte) 255, 0};

    Audio audio = Audio.readWav(wav(1, 1, 8000, 8, data));

    assertThat(audio.samples()).containsExactly((short) 0, (short) 32512, (short) -32768);
  }

  @Test
  void shouldReadTwentyFourBitAndFloatPcm() {
    byte[] pcm24 = {0, 0, 0x40, 0, 0, (byte) 0xC0};
    ByteBuffer f = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.5f);
    f.putFloat(-1.5f);

    Audio a24 = Audio.readWav(wav(1, 1, 16_000, 24, pcm24));
    Audio af = Audio.readWav(wav(3, 1, 16_000, 32, f.array()));

    assertThat(a24.samples()).containsExactly((short) 16384, (short) -16384);
    assertThat(af.samples()).containsExactly((short) 16384, (short) -32767);
  }

  @Test
  void shouldRejectEmptyData() {
    assertThatThrownBy(() -> Audio.readWav(new byte[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void shouldRejectTruncatedHeader() {
    byte[] full = Audio.silence(100, AudioFormat.SPEECH_16K).toWav();

    assertThatThrownBy(() -> Audio.readWav(Arrays.copyOf(full, 30)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void shouldRejectTruncatedDataWithTheMissingByteCount() {
    byte[] full = Audio.silence(100, AudioFormat.SPEECH_16K).toWav();

    assertThatThrownBy(() -> Audio.readWav(Arrays.copyOf(full, full.length - 100)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("announces 3200 bytes of audio but only 3100 follow");
  }

  @Test
  void shouldRejectSomethingThatIsNotWav() {
    byte[] mp3ish = "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000".getBytes();

    assertThatThrownBy(() -> Audio.readWav(mp3ish))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a WAV file");
  }

  @Test
  void shouldRejectMuLawWithAnActionableMessage() {
    assertThatThrownBy(() -> Audio.readWav(wav(7, 1, 8000, 8, new byte[] {1, 2})))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mu-law")
        .hasMessageContaining("convert it to 16-bit PCM");
  }

  @Test
  void shouldRejectOversizedStreams() {
    byte[] wav = Audio.silence(1000, AudioFormat.SPEECH_16K).toWav();

    assertThatThrownBy(() -> Audio.readWav(new ByteArrayInputStream(wav), 1000))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("exceeds the limit of 1000 bytes");
  }

  @Test
  void shouldRejectOddPcmByteCount() {
    assertThatThrownBy(() -> Audio.fromPcm16le(new byte[3], AudioFormat.SPEECH_16K))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a whole number");
  }

  @Test
  void shouldMixStereoDownToMono() {
    Audio stereo = Audio.of(new short[] {100, 300, -200, -400}, new AudioFormat(16_000, 2));

    Audio mono = stereo.toMono();

    assertThat(mono.format()).isEqualTo(AudioFormat.SPEECH_16K);
    assertThat(mono.samples()).containsExactly((short) 200, (short) -300);
  }

  @Test
  void shouldKeepSpeechBandToneWhenDownsampling() {
    Audio tone = Audio.of(sine(48_000, 1000, 48_000, 10_000), AudioFormat.pcm16Mono(48_000));

    Audio down = tone.resample(16_000);

    assertThat(down.frameCount()).isEqualTo(16_000);
    // A 1 kHz tone of amplitude 10000 has an RMS of about 7071; away from the edges the
    // resampler must keep it within one percent.
    assertThat(rms(down.samples(), 1000, 15_000))
        .isCloseTo(7071, org.assertj.core.data.Offset.offset(70.0));
  }

  @Test
  void shouldRemoveToneAboveTheNewNyquistFrequency() {
    Audio tone = Audio.of(sine(48_000, 12_000, 48_000, 10_000), AudioFormat.pcm16Mono(48_000));

    Audio down = tone.resample(16_000);

    // 12 kHz cannot exist at 16 kHz; a naive decimator would alias it to 4 kHz at full level.
    assertThat(rms(down.samples(), 1000, 15_000)).isLessThan(150);
  }

  @Test
  void shouldUpsampleWithoutChangingDuration() {
    Audio tone = Audio.of(sine(8000, 300, 8000, 8000), AudioFormat.pcm16Mono(8000));

    Audio up = tone.convertTo(AudioFormat.SPEECH_16K);

    assertThat(up.durationMillis()).isEqualTo(1000);
    assertThat(rms(up.samples(), 1000, 15_000))
        .isCloseTo(5657, org.assertj.core.data.Offset.offset(60.0));
  }

  @Test
  void shouldRefuseToInventChannels() {
    Audio mono = Audio.silence(10, AudioFormat.SPEECH_16K);

    assertThatThrownBy(() -> mono.convertTo(new AudioFormat(16_000, 2)))
        .isInstanceOf(InvalidInputException.class);
  }
}
