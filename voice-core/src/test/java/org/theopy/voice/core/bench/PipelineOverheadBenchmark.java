package org.theopy.voice.core.bench;

import java.time.Duration;
import java.util.List;
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
import org.theopy.voice.core.EngineRegistry;
import org.theopy.voice.core.ResilienceSettings;
import org.theopy.voice.core.VoicePipeline;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * What the core costs around an engine, and how fast it fails over. Sample-time mode reports the
 * median (p0.50) per call, so one run compares the pipeline with a direct engine call.
 *
 * <ul>
 *   <li>{@code directTranscribe} / {@code pipelineTranscribe}: an engine that does nothing, called
 *       directly and through the pipeline (time limit, retry, circuit breaker, indicators).
 *   <li>{@code directClassify} / {@code pipelineClassify}: the same for an intent classifier, with
 *       the intent cache off so every call reaches the engine.
 *   <li>{@code openCircuitFailover}: the primary's circuit is open; the call ends when the fallback
 *       (an engine that does nothing) has answered, an upper bound of the time before the fallback
 *       is called.
 *   <li>{@code hungPrimaryFailover}: the primary hangs; the time limit is {@link #HUNG_LIMIT_MS}
 *       ms, so the goal is at most that plus 10 ms.
 * </ul>
 *
 * <p>Run with the {@code benchmark-core} Maven profile (see the module's pom); it is not part of
 * the normal build's tests.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineOverheadBenchmark {

  /** The time limit given to the hung primary, in milliseconds. */
  public static final int HUNG_LIMIT_MS = 50;

  private static final Audio AUDIO = Audio.silence(100, AudioFormat.SPEECH_16K);

  /** Pipelines around engines that do nothing. */
  @State(Scope.Benchmark)
  public static class Direct {
    SpeechToText stt;
    IntentClassifier nlu;
    VoicePipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
      stt = new Noop("noop-stt");
      nlu = new Noop("noop-nlu");
      pipeline =
          VoicePipeline.builder()
              .useSystemProperties(false)
              .registry(EngineRegistry.of(new SttProvider(stt), new NluProvider(nlu)))
              .speechToText("noop-stt")
              .intentClassifier("noop-nlu")
              .textToSpeech()
              .cacheSizes(0, 0)
              .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  /** A pipeline whose primary has an open circuit. */
  @State(Scope.Benchmark)
  public static class OpenCircuit {
    VoicePipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
      pipeline =
          VoicePipeline.builder()
              .useSystemProperties(false)
              .registry(
                  EngineRegistry.of(
                      new SttProvider(new Failing("broken-stt")),
                      new SttProvider(new Noop("fallback-stt"))))
              .speechToText("broken-stt", "fallback-stt")
              .intentClassifier()
              .textToSpeech()
              .resilience(
                  "broken-stt",
                  ResilienceSettings.builder()
                      .maxAttempts(1)
                      .circuitWindow(1)
                      .circuitMinimumCalls(1)
                      .circuitOpenDuration(Duration.ofHours(1))
                      .build())
              .build();
      pipeline.transcribe(AUDIO, "en");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  /** A pipeline whose primary hangs. */
  @State(Scope.Benchmark)
  public static class Hung {
    VoicePipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
      pipeline =
          VoicePipeline.builder()
              .useSystemProperties(false)
              .registry(
                  EngineRegistry.of(
                      new SttProvider(new Hanging("hung-stt")),
                      new SttProvider(new Noop("fallback-stt"))))
              .speechToText("hung-stt", "fallback-stt")
              .intentClassifier()
              .textToSpeech()
              .resilience(
                  "hung-stt",
                  ResilienceSettings.builder()
                      .timeLimit(Duration.ofMillis(HUNG_LIMIT_MS))
                      .maxAttempts(1)
                      .circuitWindow(100_000)
                      .circuitMinimumCalls(100_000)
                      .build())
              .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pipeline.close();
    }
  }

  @Benchmark
  public Transcript directTranscribe(Direct s) {
    return s.stt.transcribe(AUDIO, "en");
  }

  @Benchmark
  public Transcript pipelineTranscribe(Direct s) {
    return s.pipeline.transcribe(AUDIO, "en");
  }

  @Benchmark
  public IntentResult directClassify(Direct s) {
    return s.nlu.classify("set a timer", "en");
  }

  @Benchmark
  public IntentResult pipelineClassify(Direct s) {
    return s.pipeline.classify("set a timer", "en");
  }

  @Benchmark
  public Transcript openCircuitFailover(OpenCircuit s) {
    return s.pipeline.transcribe(AUDIO, "en");
  }

  @Benchmark
  public Transcript hungPrimaryFailover(Hung s) {
    return s.pipeline.transcribe(AUDIO, "en");
  }

  /** Does nothing and answers at once. */
  static class Noop implements SpeechToText, IntentClassifier {
    private static final Transcript TRANSCRIPT = Transcript.of("set a timer");
    private static final IntentResult RESULT =
        IntentResult.of(new IntentCandidate("set_timer", 0.9), Map.of(), List.of());
    private final EngineDescriptor descriptor;

    Noop(String id) {
      this.descriptor =
          EngineDescriptor.builder(
                  id,
                  id.endsWith("nlu") ? EngineKind.INTENT_CLASSIFICATION : EngineKind.SPEECH_TO_TEXT)
              .languages("en")
              .sampleRates(id.endsWith("nlu") ? new int[0] : new int[] {16000})
              .build();
    }

    @Override
    public EngineDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public EngineHealth health() {
      return EngineHealth.up();
    }

    @Override
    public void close() {}

    @Override
    public Transcript transcribe(Audio audio, String language) {
      return TRANSCRIPT;
    }

    @Override
    public IntentResult classify(String utterance, String language) {
      return RESULT;
    }
  }

  /** Always fails with an error that is not retried. */
  static final class Failing extends Noop {
    Failing(String id) {
      super(id);
    }

    @Override
    public Transcript transcribe(Audio audio, String language) {
      throw new EngineConfigurationException(descriptor().id(), "credentials rejected", null);
    }
  }

  /** Hangs until interrupted. */
  static final class Hanging extends Noop {
    Hanging(String id) {
      super(id);
    }

    @Override
    public Transcript transcribe(Audio audio, String language) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new EngineUnavailableException(descriptor().id(), "hung", null);
    }
  }

  static final class SttProvider implements SpeechToTextProvider {
    private final SpeechToText engine;

    SttProvider(SpeechToText engine) {
      this.engine = engine;
    }

    @Override
    public EngineDescriptor descriptor() {
      return engine.descriptor();
    }

    @Override
    public SpeechToText create(EngineConfig config) {
      return engine;
    }
  }

  static final class NluProvider implements IntentClassifierProvider {
    private final IntentClassifier engine;

    NluProvider(IntentClassifier engine) {
      this.engine = engine;
    }

    @Override
    public EngineDescriptor descriptor() {
      return engine.descriptor();
    }

    @Override
    public IntentClassifier create(EngineConfig config) {
      return engine;
    }
  }
}
