package org.theopy.voice.plugin.openai;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;
import org.theopy.voice.testkit.SpeechToTextContract;

/**
 * Runs the test kit's speech-to-text contract against the remote engine talking to an in-process
 * server that speaks the API and takes 20 ms per second of audio, as a fast recogniser would.
 */
class OpenAiSpeechToTextContractTest extends SpeechToTextContract {

  private final FakeAudioApi server;

  OpenAiSpeechToTextContractTest() throws IOException {
    server = new FakeAudioApi();
    server.expectedKey = "sk-test-secret-0123456789";
    server.delayPerAudioSecond = Duration.ofMillis(20);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  @Override
  protected SpeechToTextProvider provider() {
    return new OpenAiSpeechToTextProvider();
  }

  @Override
  protected EngineConfig config() {
    return EngineConfig.of(
        Map.of(
            "base.url", server.baseUrl(),
            "api.key", "sk-test-secret-0123456789",
            "max.duration", "2m",
            "read.timeout", "20s"));
  }

  @Override
  protected Duration maxAudioDuration() {
    return Duration.ofMinutes(2);
  }

  @Override
  protected Sample sample() {
    return new Sample(tone(1500), "en", server.transcript);
  }

  /** A 300 Hz tone: not silent, so the server hears its configured transcript. */
  static Audio tone(int millis) {
    short[] samples = new short[16 * millis];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (short) (6000 * Math.sin(2 * Math.PI * 300 * i / 16_000.0));
    }
    return Audio.of(samples, AudioFormat.SPEECH_16K);
  }
}
