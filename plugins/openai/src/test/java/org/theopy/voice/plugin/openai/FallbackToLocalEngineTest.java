package org.theopy.voice.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.CallOutcome;
import org.theopy.voice.core.EngineCallEvent;
import org.theopy.voice.core.ResilienceSettings;
import org.theopy.voice.core.VoicePipeline;
import org.theopy.voice.core.metrics.WordErrorRate;
import org.theopy.voice.plugin.freetts.FreeTtsTextToSpeechProvider;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;

/**
 * The default deployment: a remote engine first and a local one behind it, run by the core's
 * pipeline with its retries, circuit breakers and time limits. When the remote server hangs, fails,
 * refuses the key or cannot be reached, the local engine answers within the configured limits.
 *
 * <p>Speech falls back to FreeTTS (voice kevin16); recognition falls back to Vosk with its small
 * English model, transcribing a command that FreeTTS speaks.
 */
class FallbackToLocalEngineTest {

  private static final Duration REMOTE_LIMIT = Duration.ofMillis(800);

  private FakeAudioApi server;
  private VoicePipeline pipeline;
  private final List<EngineCallEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new FakeAudioApi();
    server.expectedKey = "sk-test-secret-0123456789";
  }

  @AfterEach
  void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
    server.close();
  }

  /** A pipeline whose speech-to-text chain holds Vosk only when asked, since its model is big. */
  private VoicePipeline pipeline(String baseUrl, int remoteAttempts, String... localStt) {
    ResilienceSettings remote =
        ResilienceSettings.builder()
            .timeLimit(REMOTE_LIMIT)
            .maxAttempts(remoteAttempts)
            .initialBackoff(Duration.ofMillis(50))
            .build();
    pipeline =
        VoicePipeline.builder()
            .useSystemProperties(false)
            .speechToText(chain("openai-stt", localStt))
            .textToSpeech("openai-tts", "freetts")
            .intentClassifier("keywords")
            .engineSetting("keywords", "intents", "lights_on=turn on|lights on")
            .engineSetting("openai-stt", "base.url", baseUrl)
            .engineSetting("openai-stt", "api.key", "sk-test-secret-0123456789")
            .engineSetting("openai-tts", "base.url", baseUrl)
            .engineSetting("openai-tts", "api.key", "sk-test-secret-0123456789")
            .resilience("openai-stt", remote)
            .resilience("openai-tts", remote)
            .cacheSizes(0, 0)
            .listener(
                event -> {
                  if (event instanceof EngineCallEvent call) {
                    events.add(call);
                  }
                })
            .build();
    return pipeline;
  }

  @Test
  void shouldUseRemoteVoiceWhenServerAnswers() {
    VoicePipeline voice = pipeline(server.baseUrl(), 2);

    SynthesizedSpeech speech = voice.synthesize("The kitchen lights are on.", "en");

    assertThat(speech.voice()).isEqualTo("alloy");
  }

  @Test
  void shouldSpeakWithLocalVoiceWithinTimeLimitWhenRemoteHangs() {
    VoicePipeline voice = pipeline(server.baseUrl(), 1);
    SynthesizedSpeech warm = voice.synthesize("Warming up the local voice.", "en");
    server.delay = Duration.ofSeconds(30);
    long start = System.nanoTime();

    SynthesizedSpeech speech = voice.synthesize("The kitchen lights are on.", "en");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(warm.voice()).isEqualTo("alloy");
    assertThat(speech.voice()).isNotEqualTo("alloy");
    assertThat(speech.audio().durationMillis()).isGreaterThan(500);
    assertThat(millis).isBetween(REMOTE_LIMIT.toMillis(), REMOTE_LIMIT.toMillis() + 1000);
    assertThat(awaitCall("freetts").fallback()).isTrue();
    assertThat(awaitCall("openai-tts", CallOutcome.TIMEOUT)).isNotNull();
  }

  @Test
  void shouldRetryThenSpeakWithLocalVoiceWhenServerFails() {
    server.respondWith(
        503, "application/json", "{\"error\":{\"message\":\"overloaded\"}}", java.util.Map.of());
    VoicePipeline voice = pipeline(server.baseUrl(), 2);

    SynthesizedSpeech speech = voice.synthesize("The kitchen lights are on.", "en");

    assertThat(speech.voice()).isNotEqualTo("alloy");
    assertThat(server.requests()).filteredOn(r -> r.path().endsWith("/audio/speech")).hasSize(2);
    assertThat(awaitCall("openai-tts", CallOutcome.FAILURE).retries()).isEqualTo(1);
  }

  @Test
  void shouldNotRetryButFallBackWhenKeyIsRefused() {
    server.expectedKey = "sk-a-different-key-00000";
    VoicePipeline voice = pipeline(server.baseUrl(), 3);

    SynthesizedSpeech speech = voice.synthesize("The kitchen lights are on.", "en");

    assertThat(speech.voice()).isNotEqualTo("alloy");
    assertThat(server.requests()).filteredOn(r -> r.path().endsWith("/audio/speech")).hasSize(1);
    assertThat(awaitCall("openai-tts", CallOutcome.FAILURE).retries()).isZero();
  }

  @Test
  void shouldTranscribeWithLocalEngineWhenNetworkIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    VoicePipeline voice = pipeline("http://127.0.0.1:" + closedPort + "/v1", 2, "vosk");
    String command = "turn off the lights in the kitchen";
    Audio spoken;
    try (var freetts = new FreeTtsTextToSpeechProvider().create(EngineConfig.empty())) {
      spoken = freetts.synthesize(command, "en").audio();
    }
    long start = System.nanoTime();

    Transcript transcript = voice.transcribe(spoken, "en");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(WordErrorRate.compute(command, transcript.text()).rate())
        .as("word error rate of Vosk's '%s'", transcript.text())
        .isLessThanOrEqualTo(0.25);
    assertThat(millis).isLessThan(REMOTE_LIMIT.toMillis() + 2000);
    assertThat(awaitCall("vosk").fallback()).isTrue();
  }

  private static String[] chain(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void shouldFallBackToLocalEnginesWithDefaultConfiguration() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/theopy-remote-first.properties")) {
      defaults.load(in);
    }
    server.expectedKey = "sk-test-from-environment-4711";
    server.respondWith(502, "text/html", "<html>Bad Gateway</html>", java.util.Map.of());
    pipeline =
        VoicePipeline.builder()
            .useSystemProperties(false)
            .properties(defaults)
            .intentClassifier()
            .engineSetting("openai-stt", "base.url", server.baseUrl())
            .engineSetting("openai-tts", "base.url", server.baseUrl())
            .engineSetting("openai-stt", "api.key.env", "THEOPY_TEST_OPENAI_KEY")
            .engineSetting("openai-tts", "api.key.env", "THEOPY_TEST_OPENAI_KEY")
            .build();
    String command = "set a timer for ten minutes";
    Audio spoken;
    try (var freetts = new FreeTtsTextToSpeechProvider().create(EngineConfig.empty())) {
      spoken = freetts.synthesize(command, "en").audio();
    }

    SynthesizedSpeech speech = pipeline.synthesize("Your timer is set.", "en");
    Transcript transcript = pipeline.transcribe(spoken, "en");

    assertThat(speech.voice()).isNotEqualTo("alloy");
    assertThat(WordErrorRate.compute(command, transcript.text()).rate())
        .as("word error rate of Vosk's '%s'", transcript.text())
        .isLessThanOrEqualTo(0.25);
    assertThat(server.requests())
        .extracting(FakeAudioApi.Recorded::path)
        .containsExactlyInAnyOrder("/v1/audio/speech", "/v1/audio/transcriptions");
  }

  private EngineCallEvent awaitCall(String engineId) {
    return awaitCall(engineId, CallOutcome.SUCCESS);
  }

  /** Events reach listeners asynchronously; waits up to two seconds for the one wanted. */
  private EngineCallEvent awaitCall(String engineId, CallOutcome outcome) {
    long deadline = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (EngineCallEvent e : events) {
        if (e.engineId().equals(engineId) && e.outcome() == outcome) {
          return e;
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no " + outcome + " call of " + engineId + " in " + events);
  }
}
