package org.theopy.voice.plugin.openai;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.theopy.voice.plugin.openai.internal.Multipart;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;

/**
 * What the remote engines cost on top of the HTTP exchange itself. Each pair sends the same request
 * to the same in-process server: once through the plugin (audio conversion, WAV and multipart
 * encoding, the time limit, error mapping, JSON or WAV decoding into SPI values) and once with the
 * raw JDK HttpClient posting bytes prepared in advance and keeping the reply as bytes. The ratio of
 * each pair is the plugin's overhead; the server's work is the same in both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RemoteEngineBenchmark {

  private FakeAudioApi server;
  private SpeechToText stt;
  private TextToSpeech tts;
  private HttpClient raw;
  private Audio utterance;
  private HttpRequest rawTranscription;
  private HttpRequest rawSpeech;

  /** Created by JMH. */
  public RemoteEngineBenchmark() {}

  /** Starts the server and both clients, and prepares the raw requests. */
  @Setup(Level.Trial)
  public void start() throws IOException {
    // Without it the JDK's server waits for delayed acknowledgements (about 40 ms a reply), which
    // would hide what the clients cost.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = new FakeAudioApi();
    Map<String, String> settings = Map.of("base.url", server.baseUrl(), "api.key", "sk-bench");
    stt = new OpenAiSpeechToTextProvider().create(EngineConfig.of(settings));
    tts = new OpenAiTextToSpeechProvider().create(EngineConfig.of(settings));
    raw = HttpClient.newHttpClient();
    utterance = OpenAiSpeechToTextContractTest.tone(3000);

    Multipart form =
        new Multipart(utterance.toWav().length)
            .file("file", "audio.wav", "audio/wav", utterance.toWav())
            .field("model", "whisper-1")
            .field("response_format", "verbose_json")
            .field("language", "en")
            .field("timestamp_granularities[]", "word")
            .field("timestamp_granularities[]", "segment");
    rawTranscription =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/audio/transcriptions"))
            .header("Authorization", "Bearer sk-bench")
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.finish()))
            .build();
    rawSpeech =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/audio/speech"))
            .header("Authorization", "Bearer sk-bench")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"model\":\"tts-1\",\"voice\":\"alloy\",\"input\":\"The kitchen lights are"
                        + " on.\",\"response_format\":\"wav\"}",
                    StandardCharsets.UTF_8))
            .build();
  }

  /** Closes everything. */
  @TearDown(Level.Trial)
  public void stop() {
    stt.close();
    tts.close();
    server.close();
  }

  /**
   * Transcribes three seconds of audio through the plugin.
   *
   * @return the transcript
   */
  @Benchmark
  public Transcript transcribeWithPlugin() {
    return stt.transcribe(utterance, "en");
  }

  /**
   * Posts the same transcription request with the raw client.
   *
   * @return the reply's bytes
   * @throws Exception when the exchange fails
   */
  @Benchmark
  public byte[] transcribeWithRawHttpClient() throws Exception {
    return raw.send(rawTranscription, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  /**
   * Speaks a sentence through the plugin.
   *
   * @return the speech
   */
  @Benchmark
  public SynthesizedSpeech synthesizeWithPlugin() {
    return tts.synthesize("The kitchen lights are on.", "en");
  }

  /**
   * Posts the same speech request with the raw client.
   *
   * @return the reply's bytes
   * @throws Exception when the exchange fails
   */
  @Benchmark
  public byte[] synthesizeWithRawHttpClient() throws Exception {
    return raw.send(rawSpeech, HttpResponse.BodyHandlers.ofByteArray()).body();
  }
}
