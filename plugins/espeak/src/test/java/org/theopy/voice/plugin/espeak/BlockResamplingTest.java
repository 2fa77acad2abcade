package org.theopy.voice.plugin.espeak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.theopy.voice.plugin.espeak.internal.EspeakTextToSpeech;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** Resampling espeak-ng's output block by block gives what resampling it at once gives. */
class BlockResamplingTest {

  @Test
  void shouldMatchWholeResamplingWhenConvertingInBlocks() {
    short[] samples = new short[22_050 * 12 + 123];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (8000 * Math.sin(i * 0.05) + random.nextInt(2000) - 1000);
    }
    Audio input = Audio.of(samples, new AudioFormat(22_050, 1));

    short[] blocks = EspeakTextToSpeech.toSpeechRate(input).samples();
    short[] whole = input.resample(16_000).samples();

    assertThat(blocks.length).isBetween(whole.length - 1, whole.length + 1);
    int compared = Math.min(blocks.length, whole.length);
    for (int i = 0; i < compared; i++) {
      assertThat(Math.abs(blocks[i] - whole[i])).as("sample %d", i).isLessThanOrEqualTo(1);
    }
  }
}
