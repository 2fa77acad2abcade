package org.theopy.voice.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineTimeoutException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.TextToSpeech;

/** How server replies and network failures map to the SPI's error classes. */
class OpenAiErrorMappingTest {

  private static final String KEY = "sk-test-secret-0123456789";

  private FakeAudioApi server;
  private SpeechToText stt;
  private TextToSpeech tts;

  @BeforeEach
  void startServer() throws IOException {
    server = new FakeAudioApi();
    server.expectedKey = KEY;
    stt = new OpenAiSpeechToTextProvider().create(config(Map.of()));
    tts = new OpenAiTextToSpeechProvider().create(config(Map.of()));
  }

  @AfterEach
  void stopServer() {
    stt.close();
    tts.close();
    server.close();
  }

  private EngineConfig config(Map<String, String> extra) {
    Map<String, String> values = new HashMap<>();
    values.put("base.url", server.baseUrl());
    values.put("api.key", KEY);
    values.put("read.timeout", "2s");
    values.putAll(extra);
    return EngineConfig.of(values);
  }

  private EngineException transcribeFailure() {
    return catchThrowableOfType(
        EngineException.class,
        () -> stt.transcribe(OpenAiSpeechToTextContractTest.tone(500), "en"));
  }

  @Test
  void shouldFailWithConfigurationErrorWhenKeyIsRefused() {
    server.expectedKey = "sk-another-key-999999999";

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineConfigurationException.class);
    assertThat(error.isRetryable()).isFalse();
    assertThat(error.getMessage()).contains("HTTP 401").contains("setting api.key");
    assertThat(error.getMessage())
        .doesNotContain(KEY)
        .doesNotContain("sk-te")
        .doesNotContain("6789");
  }

  @Test
  void shouldFailWithConfigurationErrorWhenServerForbidsTheCall() {
    server.respondWith(
        403, "application/json", "{\"error\":{\"message\":\"forbidden\"}}", Map.of());

    EngineException error =
        catchThrowableOfType(EngineException.class, () -> tts.synthesize("Hello there", "en"));

    assertThat(error).isInstanceOf(EngineConfigurationException.class);
    assertThat(error.isRetryable()).isFalse();
  }

  @Test
  void shouldRefuseInputWithServerMessageWhenServerAnswers400() {
    server.respondWith(
        400,
        "application/json",
        "{\"error\":{\"message\":\"Audio file is too short. Minimum audio length is 0.1"
            + " seconds.\",\"type\":\"invalid_request_error\"}}",
        Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(InvalidInputException.class);
    assertThat(error.isRetryable()).isFalse();
    assertThat(error.getMessage()).contains("HTTP 400").contains("Audio file is too short");
    assertThat(error.engineId()).contains("openai-stt");
  }

  @Test
  void shouldReadFastApiDetailWhenServerAnswers422() {
    server.respondWith(
        422, "application/json", "{\"detail\":\"language 'xx' is not supported\"}", Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(InvalidInputException.class);
    assertThat(error.getMessage()).contains("language 'xx' is not supported");
  }

  @Test
  void shouldFailWithConfigurationErrorWhenModelOrPathIsUnknown() {
    server.respondWith(
        404,
        "application/json",
        "{\"error\":{\"message\":\"The model 'whisper-9' does not exist\"}}",
        Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineConfigurationException.class);
    assertThat(error.getMessage()).contains("check base.url and model").contains("whisper-9");
  }

  @Test
  void shouldCarryRetryAfterSecondsWhenRateLimited() {
    server.respondWith(
        429,
        "application/json",
        "{\"error\":{\"message\":\"Rate limit reached\"}}",
        Map.of("Retry-After", "7"));

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.isRetryable()).isTrue();
    assertThat(((EngineUnavailableException) error).retryAfter()).contains(Duration.ofSeconds(7));
  }

  @Test
  void shouldCarryRetryAfterDateWhenRateLimited() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
    server.respondWith(429, "text/plain", "slow down", Map.of("Retry-After", date));

    EngineException error =
        catchThrowableOfType(EngineException.class, () -> tts.synthesize("Hello there", "en"));

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    Duration wait = ((EngineUnavailableException) error).retryAfter().orElseThrow();
    assertThat(wait).isBetween(Duration.ofSeconds(27), Duration.ofSeconds(31));
  }

  @Test
  void shouldBeRetryableWhenServerFails() {
    server.respondWith(
        503,
        "application/json",
        "{\"error\":{\"message\":\"overloaded\"}}",
        Map.of("Retry-After", "2"));

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.isRetryable()).isTrue();
    assertThat(error.getMessage()).contains("HTTP 503").contains("overloaded");
    assertThat(((EngineUnavailableException) error).retryAfter()).contains(Duration.ofSeconds(2));
  }

  @Test
  void shouldTimeOutWithinReadLimitWhenServerIsSlow() {
    server.delay = Duration.ofSeconds(5);
    SpeechToText impatient =
        new OpenAiSpeechToTextProvider().create(config(Map.of("read.timeout", "300ms")));
    long start = System.nanoTime();

    EngineException error =
        catchThrowableOfType(
            EngineException.class,
            () -> impatient.transcribe(OpenAiSpeechToTextContractTest.tone(500), "en"));
    long millis = (System.nanoTime() - start) / 1_000_000;

    impatient.close();
    assertThat(error).isInstanceOf(EngineTimeoutException.class);
    assertThat(error.isRetryable()).isTrue();
    assertThat(((EngineTimeoutException) error).limit()).isEqualTo(Duration.ofMillis(300));
    assertThat(millis).isBetween(250L, 1000L);
  }

  @Test
  void shouldBeRetryableWhenReplyIsCutShort() {
    server.fault = FakeAudioApi.Fault.TRUNCATED_BODY;

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void shouldBeRetryableWhenJsonIsIncomplete() {
    server.fault = FakeAudioApi.Fault.TRUNCATED_JSON;

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.isRetryable()).isTrue();
    assertThat(error.getMessage()).contains("not valid JSON", "line 1, column");
  }

  @Test
  void shouldNotTrustTranscriptionWhenTextFollowsTheJson() {
    server.respondWith(
        200, "application/json", "{\"text\":\"turn on the lights\"} {\"text\":\"x\"}", Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("not valid JSON", "unexpected text after the document");
  }

  @Test
  void shouldRefuseTranscriptionNestedDeeperThanTheLimit() {
    String deep = "{\"text\":\"hi\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    server.respondWith(200, "application/json", deep, Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("not valid JSON", "too deeply nested");
  }

  @Test
  void shouldRefuseTranscriptionWithoutText() {
    server.respondWith(200, "application/json", "[\"turn on the lights\"]", Map.of());

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("has no 'text'");
  }

  @Test
  void shouldBeRetryableWhenConnectionIsDropped() {
    server.fault = FakeAudioApi.Fault.RESET;

    EngineException error =
        catchThrowableOfType(EngineException.class, () -> tts.synthesize("Hello there", "en"));

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.isRetryable()).isTrue();
  }

  @Test
  void shouldBeRetryableWhenNothingListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    SpeechToText offline =
        new OpenAiSpeechToTextProvider()
            .create(config(Map.of("base.url", "http://127.0.0.1:" + port + "/v1")));

    EngineException error =
        catchThrowableOfType(
            EngineException.class,
            () -> offline.transcribe(OpenAiSpeechToTextContractTest.tone(500), "en"));

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("refused");
    assertThat(offline.health().status()).isEqualTo(HealthStatus.DOWN);
    offline.close();
  }

  @Test
  void shouldNotTrustTranscriptionWithWrongContentType() {
    server.fault = FakeAudioApi.Fault.WRONG_CONTENT_TYPE;

    EngineException error = transcribeFailure();

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("text/html");
  }

  @Test
  void shouldNotTrustSpeechWithWrongContentType() {
    server.respondWith(200, "application/json", "{\"text\":\"not audio\"}", Map.of());

    EngineException error =
        catchThrowableOfType(EngineException.class, () -> tts.synthesize("Hello there", "en"));

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("application/json");
  }

  @Test
  void shouldBeRetryableWhenSpeechIsNotReadableAudio() {
    server.respondWith(200, "audio/wav", "RIFF\u0000\u0000", Map.of());

    EngineException error =
        catchThrowableOfType(EngineException.class, () -> tts.synthesize("Hello there", "en"));

    assertThat(error).isInstanceOf(EngineUnavailableException.class);
    assertThat(error.getMessage()).contains("cannot be read");
    assertThat(error.getCause()).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldReportDegradedHealthWhenRateLimited() {
    server.respondWith(429, "application/json", "{}", Map.of("Retry-After", "12"));

    var health = stt.health();

    assertThat(health.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(health.reason()).contains("retry after 12 s");
  }

  @Test
  void shouldReportDownHealthWhenKeyIsRefused() {
    server.expectedKey = "sk-another-key-999999999";

    var health = tts.health();

    assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
    assertThat(health.reason()).contains("refused the API key").doesNotContain(KEY);
  }

  @Test
  void shouldProbeHealthWithFreeModelsListing() {
    var health = stt.health();

    assertThat(health.status()).isEqualTo(HealthStatus.UP);
    assertThat(server.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method()).isEqualTo("GET");
              assertThat(r.path()).isEqualTo("/v1/models");
            });
  }

  @Test
  void shouldProbeConfiguredHealthUrl() throws IOException {
    SpeechToText custom =
        new OpenAiSpeechToTextProvider()
            .create(config(Map.of("health.url", server.baseUrl() + "/models?limit=1")));

    var health = custom.health();

    custom.close();
    assertThat(health.status()).isEqualTo(HealthStatus.UP);
    assertThat(server.requests())
        .singleElement()
        .satisfies(r -> assertThat(r.path()).isEqualTo("/v1/models"));
  }
}
