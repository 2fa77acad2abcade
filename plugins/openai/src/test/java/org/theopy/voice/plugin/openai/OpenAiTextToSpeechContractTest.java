package org.theopy.voice.plugin.openai;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.testkit.TextToSpeechContract;

/**
 * Runs the test kit's text-to-speech contract against the remote engine talking to an in-process
 * server that speaks the API and takes 10 ms per 20 characters, with the API key read from an
 * environment variable.
 */
class OpenAiTextToSpeechContractTest extends TextToSpeechContract {

  private final FakeAudioApi server;

  OpenAiTextToSpeechContractTest() throws IOException {
    server = new FakeAudioApi();
    server.expectedKey = "sk-test-from-environment-4711";
    server.delayPerAudioSecond = Duration.ofMillis(10);
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  @Override
  protected TextToSpeechProvider provider() {
    return new OpenAiTextToSpeechProvider();
  }

  @Override
  protected EngineConfig config() {
    return EngineConfig.of(
        Map.of("base.url", server.baseUrl(), "api.key.env", "THEOPY_TEST_OPENAI_KEY"));
  }

  @Override
  protected int maxTextLength() {
    return 4096;
  }
}
