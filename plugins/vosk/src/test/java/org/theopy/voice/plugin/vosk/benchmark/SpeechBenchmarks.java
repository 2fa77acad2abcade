package org.theopy.voice.plugin.vosk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.theopy.voice.plugin.freetts.FreeTtsTextToSpeechProvider;
import org.theopy.voice.plugin.vosk.VoskSpeechToTextProvider;
import org.theopy.voice.plugin.vosk.internal.BundledModel;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * JMH benchmarks of the offline speech engines, run by {@link SpeechBenchmarkMain} (profile {@code
 * benchmark}). Each recognition operation transcribes the whole set of twenty FreeTTS recordings,
 * so time per operation divided by the set's duration is the real-time factor, and the raw Vosk API
 * and the library are measured on the same audio in the same run.
 */
@Fork(
    value = 1,
    jvmArgsAppend = {"-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class SpeechBenchmarks {

  /** The bundled model, unpacked once into the module's build directory. */
  static final Path CACHE = Path.of("target", "vosk-model-cache").toAbsolutePath();

  private static final String[] IDS = {
    "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19", "20"
  };

  /** The recordings, as the library takes them and as raw PCM bytes for the raw API. */
  @State(Scope.Benchmark)
  public static class Recordings {

    List<Audio> audio = new ArrayList<>();
    List<byte[]> pcm = new ArrayList<>();

    /** Reads the recordings from the test resources. */
    @Setup(Level.Trial)
    public void load() {
      for (String id : IDS) {
        Audio a = Audio.readWav(resource("speech/wav_freetts/" + id + ".wav"));
        audio.add(a);
        pcm.add(a.toPcm16le());
      }
    }

    /**
     * Returns the total duration in seconds.
     *
     * @return the duration
     */
    public double seconds() {
      return audio.stream().mapToDouble(Audio::durationSeconds).sum();
    }
  }

  /** The raw Vosk API as its documentation shows it: one model, one reused recognizer. */
  @State(Scope.Benchmark)
  public static class Raw {

    Model model;
    Recognizer recognizer;

    /**
     * Loads the model and makes the recognizer.
     *
     * @throws IOException when Vosk fails
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
      LibVosk.setLogLevel(LogLevel.WARNINGS);
      model = new Model(BundledModel.unpack("vosk", CACHE).toString());
      recognizer = new Recognizer(model, 16_000);
      recognizer.setWords(true);
    }

    /** Frees the native objects. */
    @TearDown(Level.Trial)
    public void close() {
      recognizer.close();
      model.close();
    }
  }

  /** The library's engine, with its default settings or with padding turned off. */
  @State(Scope.Benchmark)
  public static class Library {

    /** Silence fed around each utterance: the default, or none for a like-for-like run. */
    @Param({"100ms", "0ms"})
    public String padding;

    SpeechToText engine;

    /** Creates the engine. */
    @Setup(Level.Trial)
    public void open() {
      engine =
          new VoskSpeechToTextProvider()
              .create(
                  EngineConfig.of(Map.of("model.cache-dir", CACHE.toString(), "padding", padding)));
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void close() {
      engine.close();
    }
  }

  /** A warmed-up FreeTTS engine. */
  @State(Scope.Benchmark)
  public static class Voice {

    TextToSpeech engine;

    /** Creates the engine. */
    @Setup(Level.Trial)
    public void open() {
      engine = new FreeTtsTextToSpeechProvider().create(EngineConfig.empty());
    }

    /** Closes the engine. */
    @TearDown(Level.Trial)
    public void close() {
      engine.close();
    }
  }

  /**
   * Transcribes the set with the raw API: 4096-byte chunks, a result collected whenever Vosk ends a
   * segment, and the final result.
   *
   * @param recordings the audio
   * @param raw the recognizer
   * @return the results, so that nothing is optimised away
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<String> rawVoskTranscribesSet(Recordings recordings, Raw raw) {
    List<String> results = new ArrayList<>();
    byte[] chunk = new byte[4096];
    for (byte[] pcm : recordings.pcm) {
      for (int pos = 0; pos < pcm.length; pos += chunk.length) {
        int length = Math.min(chunk.length, pcm.length - pos);
        System.arraycopy(pcm, pos, chunk, 0, length);
        if (raw.recognizer.acceptWaveForm(chunk, length)) {
          results.add(raw.recognizer.getResult());
        }
      }
      results.add(raw.recognizer.getFinalResult());
    }
    return results;
  }

  /**
   * Transcribes the set through the library.
   *
   * @param recordings the audio
   * @param library the engine
   * @return the transcripts
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Transcript> libraryTranscribesSet(Recordings recordings, Library library) {
    List<Transcript> results = new ArrayList<>();
    for (Audio audio : recordings.audio) {
      results.add(library.engine.transcribe(audio, "en"));
    }
    return results;
  }

  /**
   * Loads the model with the raw API (the model files already unpacked).
   *
   * @return nothing; the model is freed
   * @throws IOException when Vosk fails
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public int rawModelLoad() throws IOException {
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    try (Model model = new Model(BundledModel.unpack("vosk", CACHE).toString())) {
      return model.hashCode();
    }
  }

  /**
   * Creates the library's engine: checks the cached copy, loads the model and makes the first
   * recognizer.
   *
   * @return the descriptor's id
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public String libraryEngineCreate() {
    try (SpeechToText engine =
        new VoskSpeechToTextProvider()
            .create(EngineConfig.of(Map.of("model.cache-dir", CACHE.toString())))) {
      return engine.descriptor().id();
    }
  }

  /**
   * Speaks one command with a warmed-up FreeTTS engine.
   *
   * @param voice the engine
   * @return the audio
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Audio freeTtsSpeaksSentence(Voice voice) {
    return voice.engine.synthesize("What is the weather like tomorrow?", "en").audio();
  }

  static byte[] resource(String name) {
    try (InputStream in = SpeechBenchmarks.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
