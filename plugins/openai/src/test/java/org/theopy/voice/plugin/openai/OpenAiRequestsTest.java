package org.theopy.voice.plugin.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** What the engines send and how they read the replies. */
class OpenAiRequestsTest {

  private FakeAudioApi server;

  @BeforeEach
  void startServer() throws IOException {
    server = new FakeAudioApi();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private EngineConfig config(String... pairs) {
    Map<String, String> values = new HashMap<>();
    values.put("base.url", server.baseUrl() + "/");
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return EngineConfig.of(values);
  }

  @Test
  void shouldSendMultipartFormTheApiExpects() {
    var stt =
        new OpenAiSpeechToTextProvider()
            .create(config("model", "whisper-large-v3", "api.key.env", "THEOPY_TEST_OPENAI_KEY"));
    Audio stereo44k = stereo(OpenAiSpeechToTextContractTest.tone(800).resample(44_100));

    stt.transcribe(stereo44k, "en-GB");

    stt.close();
    FakeAudioApi.Recorded request = server.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/audio/transcriptions");
    assertThat(request.headers().get("authorization"))
        .containsExactly("Bearer sk-test-from-environment-4711");
    String type = request.headers().get("content-type").get(0);
    Map<String, List<byte[]>> form = FakeAudioApi.parseMultipart(type, request.body());
    assertThat(form).isNotNull();
    assertThat(FakeAudioApi.text(form, "model", null)).isEqualTo("whisper-large-v3");
    assertThat(FakeAudioApi.text(form, "language", null)).isEqualTo("en");
    assertThat(FakeAudioApi.text(form, "response_format", null)).isEqualTo("verbose_json");
    assertThat(form.get("timestamp_granularities[]"))
        .extracting(v -> new String(v, StandardCharsets.UTF_8))
        .containsExactly("word", "segment");
    Audio uploaded = Audio.readWav(form.get("file").get(0));
    assertThat(uploaded.format()).isEqualTo(AudioFormat.SPEECH_16K);
    assertThat(uploaded.durationMillis()).isBetween(790L, 810L);
  }

  @Test
  void shouldReadWordTimingsAndConfidenceFromVerboseJson() {
    var stt = new OpenAiSpeechToTextProvider().create(config());

    Transcript transcript = stt.transcribe(OpenAiSpeechToTextContractTest.tone(2000), "en");

    stt.close();
    assertThat(transcript.text()).isEqualTo("turn on the kitchen lights");
    assertThat(transcript.words())
        .extracting(Transcript.Word::word)
        .containsExactly("turn", "on", "the", "kitchen", "lights");
    assertThat(transcript.words().get(1).startMillis()).isEqualTo(400);
    assertThat(transcript.words().get(4).endMillis()).isEqualTo(2000);
    assertThat(transcript.confidence())
        .isCloseTo(Math.exp(-0.25), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void shouldReadPlainJsonAndTextReplies() {
    var json = new OpenAiSpeechToTextProvider().create(config("response.format", "json"));
    var text = new OpenAiSpeechToTextProvider().create(config("response.format", "text"));

    Transcript fromJson = json.transcribe(OpenAiSpeechToTextContractTest.tone(500), "en");
    Transcript fromText = text.transcribe(OpenAiSpeechToTextContractTest.tone(500), "en");

    json.close();
    text.close();
    assertThat(fromJson.text()).isEqualTo("turn on the kitchen lights");
    assertThat(fromJson.words()).isEmpty();
    assertThat(fromJson.hasConfidence()).isFalse();
    assertThat(fromText.text()).isEqualTo("turn on the kitchen lights");
  }

  @Test
  void shouldNotSpendARequestOnSilence() {
    var stt = new OpenAiSpeechToTextProvider().create(config());

    Transcript transcript = stt.transcribe(Audio.silence(3000, AudioFormat.SPEECH_16K), "en");

    stt.close();
    assertThat(transcript.isEmpty()).isTrue();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void shouldSendSpeechRequestAsJsonAndReadStreamedWav() {
    var tts =
        new OpenAiTextToSpeechProvider()
            .create(config("voice", "nova", "model", "tts-1-hd", "speed", "1.25"));

    SynthesizedSpeech speech =
        tts.synthesize("Say \"hi\"\u0007 to\u0000 \ud83d\ude00 \ud800Bob", "en");

    tts.close();
    JsonObject body =
        Json.createReader(
                new StringReader(
                    new String(server.requests().get(0).body(), StandardCharsets.UTF_8)))
            .readObject();
    assertThat(body.getString("model")).isEqualTo("tts-1-hd");
    assertThat(body.getString("voice")).isEqualTo("nova");
    assertThat(body.getString("response_format")).isEqualTo("wav");
    assertThat(body.getJsonNumber("speed").doubleValue()).isEqualTo(1.25);
    assertThat(body.getString("input")).isEqualTo("Say \"hi\" to \ud83d\ude00 \ufffdBob");
    assertThat(speech.voice()).isEqualTo("nova");
    assertThat(speech.audio().format()).isEqualTo(AudioFormat.pcm16Mono(24_000));
    assertThat(speech.audio().peak()).isGreaterThan(7000);
  }

  @Test
  void shouldReadRawPcmReplies() {
    var tts = new OpenAiTextToSpeechProvider().create(config("response.format", "pcm"));

    SynthesizedSpeech speech = tts.synthesize("Twenty characters!!!", "en");

    tts.close();
    assertThat(speech.audio().format()).isEqualTo(AudioFormat.pcm16Mono(24_000));
    assertThat(speech.audio().durationMillis()).isEqualTo(1000);
  }

  @Test
  void shouldMaskApiKeyInDescriptions() {
    var stt = new OpenAiSpeechToTextProvider().create(config("api.key", "sk-very-secret-value-42"));

    String text = stt.toString();

    stt.close();
    assertThat(text).doesNotContain("sk-very-secret-value-42").contains("setting api.key (masked)");
  }

  @Test
  void shouldDeclareApiKeyAsSecret() {
    var keys = new OpenAiTextToSpeechProvider().configurationKeys();

    assertThat(keys)
        .filteredOn(k -> k.name().equals("api.key"))
        .singleElement()
        .satisfies(k -> assertThat(k.secret()).isTrue());
    assertThat(keys)
        .filteredOn(k -> k.name().equals("api.key.env"))
        .singleElement()
        .satisfies(k -> assertThat(k.defaultValue()).isEqualTo("OPENAI_API_KEY"));
  }

  @Test
  void shouldRefuseBaseUrlThatIsNotHttp() {
    var provider = new OpenAiSpeechToTextProvider();

    assertThatThrownBy(() -> provider.create(EngineConfig.of(Map.of("base.url", "ftp://x/v1"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("base.url");
    assertThatThrownBy(
            () -> provider.create(EngineConfig.of(Map.of("base.url", "https://u:pw@x/v1"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageNotContaining("pw");
  }

  @Test
  void shouldRefuseUnknownResponseFormat() {
    var provider = new OpenAiTextToSpeechProvider();

    assertThatThrownBy(() -> provider.create(config("response.format", "mp3")))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("wav or pcm");
  }

  private static Audio stereo(Audio mono) {
    short[] source = mono.samples();
    short[] both = new short[source.length * 2];
    for (int i = 0; i < source.length; i++) {
      both[2 * i] = source[i];
      both[2 * i + 1] = source[i];
    }
    return Audio.of(both, new AudioFormat(mono.format().sampleRate(), 2));
  }
}
