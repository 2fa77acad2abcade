package org.theopy.voice.plugin.vosk.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;
import org.vosk.Model;

/**
 * Speech-to-text with Vosk: one model loaded once and shared by pools of reused recognizers, one
 * pool per sample rate (batch calls always use 16 kHz; streams use the rate they are opened with).
 *
 * <p>Before recognition, leading and trailing digital silence is cut and a short stretch of silence
 * ({@code padding}) is fed before and after the speech: Vosk's online feature normalisation needs a
 * little context, and clips that start on their first phoneme otherwise tend to lose their first
 * word. Word times are reported relative to the audio as given.
 */
public final class VoskSpeechToText implements SpeechToText {

  /** The engine id, also used in configuration and logs. */
  public static final String ID = "vosk";

  /** The version of the Vosk library this plugin is built against. */
  public static final String VOSK_VERSION = "0.3.45";

  /** The rate batch recognition works at. */
  static final int BATCH_RATE = 16_000;

  /** Samples fed to native code per call: a quarter of a second at 16 kHz. */
  private static final int CHUNK = 4000;

  /** Samples at or below this magnitude (about -72 dBFS) count as digital silence. */
  private static final int SILENCE_LEVEL = 8;

  private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechToText.class);

  private final EngineDescriptor descriptor;
  private final VoskSettings settings;
  private final Path modelPath;
  private final Model model;
  private final Map<Integer, RecognizerPool> pools = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private VoskSpeechToText(
      EngineDescriptor descriptor, VoskSettings settings, Path modelPath, Model model) {
    this.descriptor = descriptor;
    this.settings = settings;
    this.modelPath = modelPath;
    this.model = model;
  }

  /**
   * Builds the descriptor of a Vosk engine for a language.
   *
   * @param language the model's language
   * @return the descriptor
   */
  public static EngineDescriptor descriptor(String language) {
    return EngineDescriptor.builder(ID, EngineKind.SPEECH_TO_TEXT)
        .displayName("Vosk (Kaldi)")
        .vendor("Alpha Cephei")
        .version(VOSK_VERSION)
        .languages(language)
        .sampleRates(BATCH_RATE)
        .capabilities(Capability.STREAMING, Capability.WORD_TIMINGS, Capability.CONFIDENCE)
        .build();
  }

  /**
   * Loads the native library and the model, and makes a first recognizer to prove the model whole.
   *
   * @param settings the checked settings
   * @return a ready engine
   * @throws EngineConfigurationException when the model is missing, incomplete or unreadable
   * @throws EngineUnavailableException when the native library cannot be loaded or the cache
   *     directory cannot be written
   */
  public static VoskSpeechToText open(VoskSettings settings) {
    Path modelPath;
    String setting;
    if (settings.modelPath() != null) {
      modelPath = settings.modelPath().toAbsolutePath();
      setting = "model.path";
    } else {
      modelPath = BundledModel.unpack(ID, settings.cacheDirectory());
      setting = "model.cache-dir";
    }
    ModelDirectory.validate(ID, modelPath, setting);
    VoskNative.load(ID);

    long started = System.nanoTime();
    Model model;
    try {
      model = new Model(modelPath.toString());
    } catch (IOException | RuntimeException e) {
      throw new EngineConfigurationException(
          ID,
          "Vosk could not load the model at "
              + modelPath
              + " (setting '"
              + setting
              + "'); its files are damaged or from an incompatible Vosk version",
          e);
    }
    LOG.info(
        "{}: model {} loaded in {} ms", ID, modelPath, (System.nanoTime() - started) / 1_000_000);

    VoskSpeechToText engine =
        new VoskSpeechToText(descriptor(settings.language()), settings, modelPath, model);
    try {
      RecognizerPool pool = engine.pool(BATCH_RATE);
      pool.release(pool.acquire(), true);
    } catch (EngineUnavailableException e) {
      engine.close();
      throw new EngineConfigurationException(
          ID,
          "the model at "
              + modelPath
              + " loaded but Vosk could not make a recognizer from it; its decoding graph is"
              + " damaged or from an incompatible Vosk version",
          e);
    }
    return engine;
  }

  @Override
  public EngineDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Returns the directory of the model in use.
   *
   * @return the model directory
   */
  public Path modelPath() {
    return modelPath;
  }

  @Override
  public Transcript transcribe(Audio audio, String language) {
    ensureOpen();
    checkLanguage(language);
    Objects.requireNonNull(audio, "audio");
    if (audio.isEmpty()) {
      throw new InvalidInputException(
          ID, "audio is empty; send at least a fraction of a second of 16-bit PCM", null);
    }
    if (audio.durationMillis() > settings.maxDuration().toMillis()) {
      throw new InvalidInputException(
          ID,
          "audio of "
              + audio.durationMillis() / 1000
              + " s is longer than the limit of "
              + settings.maxDuration().toSeconds()
              + " s ('max.duration'); split it, or feed it through a stream",
          null);
    }
    Audio pcm = audio.convertTo(AudioFormat.SPEECH_16K);
    short[] samples = pcm.samples();
    int first = 0;
    while (first < samples.length && Math.abs(samples[first]) <= SILENCE_LEVEL) {
      first++;
    }
    int end = samples.length;
    while (end > first && Math.abs(samples[end - 1]) <= SILENCE_LEVEL) {
      end--;
    }
    if (first == end) {
      LOG.debug("{}: {} of silence, nothing to recognise", ID, pcm);
      return Transcript.empty();
    }

    RecognizerPool pool = pool(BATCH_RATE);
    PooledRecognizer recognizer = pool.acquire();
    boolean finished = false;
    try {
      long padMillis = settings.padding().toMillis();
      long offset = first * 1000L / BATCH_RATE - padMillis - recognizer.fedMillis();
      VoskResult.Builder result = new VoskResult.Builder(offset, pcm.durationMillis());
      short[] buffer = new short[CHUNK];
      feedSilence(recognizer, padSamples(BATCH_RATE), buffer, result);
      for (int pos = first; pos < end; pos += CHUNK) {
        if (Thread.currentThread().isInterrupted()) {
          throw new EngineUnavailableException(
              ID, "interrupted after " + (pos - first) * 1000L / BATCH_RATE + " ms of audio", null);
        }
        int length = Math.min(CHUNK, end - pos);
        System.arraycopy(samples, pos, buffer, 0, length);
        if (recognizer.accept(buffer, length)) {
          result.add(recognizer.recognizer().getResult());
        }
      }
      feedSilence(recognizer, padSamples(BATCH_RATE), buffer, result);
      result.add(recognizer.recognizer().getFinalResult());
      finished = true;
      Transcript transcript = result.build();
      LOG.debug("{}: recognised {} into {} words", ID, pcm, transcript.words().size());
      return transcript;
    } catch (IllegalArgumentException e) {
      throw new EngineUnavailableException(
          ID, "Vosk returned a result that could not be read: " + e.getMessage(), e);
    } finally {
      pool.release(recognizer, finished);
    }
  }

  @Override
  public SpeechStream openStream(String language, int sampleRate) {
    ensureOpen();
    checkLanguage(language);
    if (sampleRate < 8000 || sampleRate > 48_000) {
      throw new InvalidInputException(
          ID, "streams take 8000 to 48000 Hz, got " + sampleRate + " Hz", null);
    }
    RecognizerPool pool = pool(sampleRate);
    return new VoskSpeechStream(
        this, pool, pool.acquire(), sampleRate, padSamples(sampleRate), settings.maxDuration());
  }

  @Override
  public EngineHealth health() {
    if (closed.get()) {
      return EngineHealth.down("engine '" + ID + "' is closed");
    }
    RecognizerPool batch = pools.get(BATCH_RATE);
    if (batch != null && batch.busy() >= batch.maxSize()) {
      return EngineHealth.degraded(
          "all "
              + batch.maxSize()
              + " recognizers are busy; new calls wait up to 'acquire.timeout'");
    }
    int busy = pools.values().stream().mapToInt(RecognizerPool::busy).sum();
    int size = pools.values().stream().mapToInt(RecognizerPool::size).sum();
    return new EngineHealth(
        HealthStatus.UP,
        "ready: model " + modelPath.getFileName() + ", recognizers busy " + busy + " of " + size,
        java.time.Instant.now());
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    pools.values().forEach(RecognizerPool::close);
    // Vosk counts references to the model: recognizers still lent out keep it alive until they
    // come back and are freed.
    model.close();
    LOG.info("{}: closed", ID);
  }

  String id() {
    return ID;
  }

  void ensureOpen() {
    if (closed.get()) {
      throw new EngineUnavailableException(ID, "the engine is closed", null);
    }
  }

  private void checkLanguage(String language) {
    Objects.requireNonNull(language, "language");
    if (!descriptor.supportsLanguage(language)) {
      throw new UnsupportedLanguageException(ID, language, descriptor.languages());
    }
  }

  private RecognizerPool pool(int sampleRate) {
    return pools.computeIfAbsent(
        sampleRate,
        rate ->
            new RecognizerPool(ID, model, rate, settings.recognizers(), settings.acquireTimeout()));
  }

  private int padSamples(int sampleRate) {
    return (int) (settings.padding().toMillis() * sampleRate / 1000);
  }

  static void feedSilence(
      PooledRecognizer recognizer, int samples, short[] buffer, VoskResult.Builder result) {
    java.util.Arrays.fill(buffer, (short) 0);
    for (int left = samples; left > 0; left -= buffer.length) {
      if (recognizer.accept(buffer, Math.min(buffer.length, left))) {
        result.add(recognizer.recognizer().getResult());
      }
    }
  }
}
