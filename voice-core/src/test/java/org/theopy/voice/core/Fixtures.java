package org.theopy.voice.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** Shared helpers of the core tests. */
final class Fixtures {

  private Fixtures() {}

  /** Resilience settings that keep tests fast: short back-off, a roomy time limit. */
  static ResilienceSettings.Builder fast() {
    return ResilienceSettings.builder()
        .timeLimit(Duration.ofSeconds(2))
        .maxAttempts(2)
        .initialBackoff(Duration.ofMillis(1))
        .maxBackoff(Duration.ofMillis(5));
  }

  /** A builder that ignores system properties and uses {@link #fast()} settings. */
  static VoicePipeline.Builder builder() {
    return VoicePipeline.builder().useSystemProperties(false).resilience(fast().build());
  }

  /** One second of a quiet 440 Hz tone at 16 kHz mono. */
  static Audio tone() {
    return tone(16000, 1, 1000);
  }

  static Audio tone(int rate, int channels, int millis) {
    int frames = rate * millis / 1000;
    short[] samples = new short[frames * channels];
    for (int f = 0; f < frames; f++) {
      short v = (short) (3000 * Math.sin(2 * Math.PI * 440 * f / rate));
      for (int c = 0; c < channels; c++) {
        samples[f * channels + c] = v;
      }
    }
    return Audio.of(samples, new AudioFormat(rate, channels));
  }

  /** Records every event it receives. */
  static final class Recorder implements VoiceEventListener {
    final List<VoiceEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(VoiceEvent event) {
      events.add(event);
    }

    <T extends VoiceEvent> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
