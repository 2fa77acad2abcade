package org.theopy.voice.plugin.freetts.internal;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceDirectory;
import com.sun.speech.freetts.en.us.cmu_time_awb.AlanVoiceDirectory;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * Text-to-speech with FreeTTS. A FreeTTS voice keeps per-utterance state and must not be used by
 * two threads at once, so the engine keeps a small pool of voice instances, each with its own
 * in-memory audio player: concurrent callers each borrow one, and only callers beyond the pool's
 * size wait.
 *
 * <p>Text is spoken sentence by sentence (pieces of at most {@value #PIECE_CHARS} characters), so a
 * long text does not hold a voice without a pause and an interrupted call stops at the next piece.
 */
public final class FreeTtsTextToSpeech implements TextToSpeech {

  /** The engine id, also used in configuration and logs. */
  public static final String ID = "freetts";

  /** The FreeTTS version this plugin is built against. */
  public static final String FREETTS_VERSION = "1.2.2";

  /** The rate of the audio returned. */
  static final int RATE = 16_000;

  /** The longest piece of text given to FreeTTS at once. */
  static final int PIECE_CHARS = 400;

  /** Speech is capped at one hour of audio, a bound on memory. */
  private static final long MAX_AUDIO_BYTES = 2L * 48_000 * 3600;

  private static final Logger LOG = LoggerFactory.getLogger(FreeTtsTextToSpeech.class);

  private final EngineDescriptor descriptor;
  private final FreeTtsSettings settings;
  private final BlockingQueue<Slot> idle;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A voice and the player it speaks into, used by one thread at a time. */
  private record Slot(Voice voice, CapturingAudioPlayer player) {}

  private FreeTtsTextToSpeech(FreeTtsSettings settings) {
    this.descriptor = describe();
    this.settings = settings;
    this.idle = new ArrayBlockingQueue<>(settings.voices());
  }

  /**
   * Builds the engine's descriptor.
   *
   * @return the descriptor
   */
  public static EngineDescriptor describe() {
    return EngineDescriptor.builder(ID, EngineKind.TEXT_TO_SPEECH)
        .displayName("FreeTTS")
        .vendor("FreeTTS project (Sun Microsystems Laboratories)")
        .version(FREETTS_VERSION)
        .languages("en")
        .sampleRates(RATE)
        .build();
  }

  /**
   * Loads the pool's voices.
   *
   * @param settings the checked settings
   * @return a ready engine
   * @throws EngineConfigurationException when the voice does not exist
   * @throws EngineUnavailableException when FreeTTS cannot load it
   */
  public static FreeTtsTextToSpeech open(FreeTtsSettings settings) {
    FreeTtsTextToSpeech engine = new FreeTtsTextToSpeech(settings);
    long started = System.nanoTime();
    try {
      for (int i = 0; i < settings.voices(); i++) {
        engine.idle.add(loadVoice(settings.voice()));
      }
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
    LOG.info(
        "{}: {} instances of voice {} loaded in {} ms",
        ID,
        settings.voices(),
        settings.voice(),
        (System.nanoTime() - started) / 1_000_000);
    return engine;
  }

  private static Slot loadVoice(String name) {
    // The FreeTTS jar on Maven Central lists no voices in its internal_voices.txt, so the
    // VoiceManager finds none unless a global system property names them. The voice directories
    // are asked directly instead; each call returns new voice instances.
    Voice voice = null;
    List<String> known = new java.util.ArrayList<>();
    for (VoiceDirectory directory : List.of(new KevinVoiceDirectory(), new AlanVoiceDirectory())) {
      for (Voice candidate : directory.getVoices()) {
        known.add(candidate.getName());
        if (candidate.getName().equals(name)) {
          voice = candidate;
        }
      }
    }
    if (voice == null) {
      throw new EngineConfigurationException(
          ID, "setting 'voice': FreeTTS has no voice '" + name + "'; known voices: " + known, null);
    }
    CapturingAudioPlayer player = new CapturingAudioPlayer(MAX_AUDIO_BYTES);
    voice.setAudioPlayer(player);
    try {
      voice.allocate();
    } catch (RuntimeException e) {
      throw new EngineUnavailableException(
          ID, "FreeTTS could not load voice '" + name + "': " + e.getMessage(), e);
    }
    if (!voice.isLoaded()) {
      throw new EngineUnavailableException(ID, "FreeTTS did not load voice '" + name + "'", null);
    }
    return new Slot(voice, player);
  }

  @Override
  public EngineDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public SynthesizedSpeech synthesize(String text, String language) {
    ensureOpen();
    Objects.requireNonNull(language, "language");
    if (!descriptor.supportsLanguage(language)) {
      throw new UnsupportedLanguageException(ID, language, descriptor.languages());
    }
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || TextChunks.isBlank(text)) {
      throw new InvalidInputException(ID, "text is empty; give at least one word to speak", null);
    }
    if (text.length() > settings.maxCharacters()) {
      throw new InvalidInputException(
          ID,
          "text of "
              + text.length()
              + " characters is longer than the limit of "
              + settings.maxCharacters()
              + " ('max.characters'); split it into several calls",
          null);
    }
    List<String> pieces = TextChunks.split(TextChunks.clean(text), PIECE_CHARS);

    Slot slot = acquire();
    boolean healthy = false;
    try {
      slot.player().clear();
      for (String piece : pieces) {
        checkInterrupted(slot);
        slot.voice().speak(piece);
        if (slot.player().overflowed()) {
          throw new InvalidInputException(
              ID, "the speech for this text exceeds one hour of audio; split the text", null);
        }
      }
      checkInterrupted(slot);
      Audio audio = slot.player().audio();
      healthy = true;
      if (audio.isEmpty()) {
        throw new InvalidInputException(
            ID, "the text has nothing FreeTTS can speak (no words or numbers)", null);
      }
      LOG.debug("{}: spoke {} characters as {}", ID, text.length(), audio);
      return new SynthesizedSpeech(audio.convertTo(AudioFormat.SPEECH_16K), settings.voice());
    } catch (EngineException e) {
      healthy = healthy || e instanceof InvalidInputException;
      throw e;
    } catch (RuntimeException e) {
      throw new EngineUnavailableException(
          ID, "FreeTTS failed while speaking (" + e + "); the voice was replaced", e);
    } finally {
      slot.player().clear();
      release(slot, healthy || Thread.currentThread().isInterrupted());
    }
  }

  private void checkInterrupted(Slot slot) {
    if (Thread.currentThread().isInterrupted()) {
      throw new EngineUnavailableException(
          ID,
          "interrupted after "
              + slot.player().capturedBytes() / (2 * RATE / 1000)
              + " ms of speech",
          null);
    }
  }

  private Slot acquire() {
    try {
      Slot slot = idle.poll(settings.acquireTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (slot == null) {
        throw new EngineUnavailableException(
            ID,
            "all "
                + settings.voices()
                + " voices stayed busy for "
                + settings.acquireTimeout().toMillis()
                + " ms; raise 'voices' or 'acquire.timeout'",
            null);
      }
      return slot;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(ID, "interrupted while waiting for a free voice", e);
    }
  }

  private void release(Slot slot, boolean healthy) {
    Slot back = slot;
    if (!healthy) {
      deallocate(slot);
      try {
        back = loadVoice(settings.voice());
      } catch (RuntimeException e) {
        LOG.warn("{}: could not replace a failed voice; the pool shrinks by one", ID, e);
        return;
      }
    }
    if (closed.get()) {
      deallocate(back);
      return;
    }
    idle.offer(back);
    if (closed.get() && idle.remove(back)) {
      deallocate(back);
    }
  }

  private static void deallocate(Slot slot) {
    try {
      slot.voice().deallocate();
    } catch (RuntimeException e) {
      LOG.debug("{}: deallocating a voice failed", ID, e);
    }
  }

  @Override
  public EngineHealth health() {
    if (closed.get()) {
      return EngineHealth.down("engine '" + ID + "' is closed");
    }
    int free = idle.size();
    if (free == 0) {
      return EngineHealth.degraded(
          "all " + settings.voices() + " voices are busy; new calls wait up to 'acquire.timeout'");
    }
    return new EngineHealth(
        HealthStatus.UP,
        "ready: voice " + settings.voice() + ", " + free + " of " + settings.voices() + " free",
        Instant.now());
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Slot slot;
    while ((slot = idle.poll()) != null) {
      deallocate(slot);
    }
    LOG.info("{}: closed", ID);
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new EngineUnavailableException(ID, "the engine is closed", null);
    }
  }
}
