package org.theopy.voice.plugin.vosk;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.theopy.voice.plugin.vosk.internal.BundledModel;
import org.theopy.voice.plugin.vosk.internal.VoskSettings;
import org.theopy.voice.plugin.vosk.internal.VoskSpeechToText;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;

/**
 * Creates the Vosk speech-to-text engine (id {@code vosk}).
 *
 * <p>With no settings the engine recognises English with the small model that the {@code
 * voice-plugin-vosk-model-en} jar brings, unpacked on first use into {@code ~/.cache/theopy/vosk}
 * (or {@code $XDG_CACHE_HOME/theopy/vosk}) and reused afterwards. {@code model.path} points the
 * engine at any other Vosk model directory, such as a larger English model or another language
 * (then set {@code language} too). The engine shares one model among a pool of reused recognizers,
 * recognises whole utterances and streams with partial results, and reports word timings and
 * confidences.
 *
 * <p>Found by {@link java.util.ServiceLoader}; the constructor does no work, and {@link #create}
 * loads the native library and the model (about a second).
 */
public final class VoskSpeechToTextProvider implements SpeechToTextProvider {

  private static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.of(
              "model.path",
              "A Vosk model directory to use instead of the bundled small English model",
              null),
          ConfigKey.of(
              "model.cache-dir",
              "Where the bundled model is unpacked on first use and found afterwards",
              "~/.cache/theopy/vosk"),
          ConfigKey.of(
              "language",
              "BCP 47 tag of the model's language; change it together with model.path",
              "en"),
          ConfigKey.of(
              "recognizers",
              "The most recognizers kept per sample rate (1 to 64); bounds concurrent calls",
              "the number of processors"),
          ConfigKey.of(
              "acquire.timeout",
              "How long a call waits for a free recognizer before failing as unavailable",
              "10s"),
          ConfigKey.of(
              "padding",
              "Silence fed before and after each utterance so that its first and last words are"
                  + " heard whole (0 to 2s)",
              "100ms"),
          ConfigKey.of(
              "max.duration",
              "The longest audio a single transcribe call or stream accepts",
              "5m"));

  /** Creates the provider; does no work. */
  public VoskSpeechToTextProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return VoskSpeechToText.descriptor("en");
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return KEYS;
  }

  /**
   * Loads the model (unpacking the bundled one first when needed) and returns a ready engine.
   *
   * @param config the settings listed in {@link #configurationKeys()}
   * @return the engine
   * @throws EngineConfigurationException when a setting is wrong or the model is missing,
   *     incomplete or damaged
   * @throws org.theopy.voice.spi.EngineUnavailableException when Vosk's native library cannot be
   *     loaded on this machine or the cache directory cannot be written
   */
  @Override
  public SpeechToText create(EngineConfig config) {
    EngineConfig c = config.forEngine(VoskSpeechToText.ID);
    Path modelPath = c.get("model.path").map(p -> path(c, "model.path", p)).orElse(null);
    Path cache =
        c.get("model.cache-dir")
            .map(p -> path(c, "model.cache-dir", p))
            .orElseGet(BundledModel::defaultCacheDirectory);
    Duration padding = c.getDuration("padding", Duration.ofMillis(100));
    if (padding.compareTo(Duration.ofSeconds(2)) > 0) {
      throw new EngineConfigurationException(
          VoskSpeechToText.ID,
          "setting 'padding' must be at most 2s, got " + padding.toMillis() + " ms",
          null);
    }
    Duration maxDuration = c.getDuration("max.duration", Duration.ofMinutes(5));
    if (maxDuration.isZero()) {
      throw new EngineConfigurationException(
          VoskSpeechToText.ID, "setting 'max.duration' must be above zero", null);
    }
    VoskSettings settings =
        new VoskSettings(
            modelPath,
            cache,
            c.getString("language", "en"),
            c.getInt("recognizers", Runtime.getRuntime().availableProcessors(), 1, 64),
            c.getDuration("acquire.timeout", Duration.ofSeconds(10)),
            padding,
            maxDuration);
    return VoskSpeechToText.open(settings);
  }

  private static Path path(EngineConfig config, String key, String value) {
    String expanded =
        value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
    try {
      return Path.of(expanded);
    } catch (InvalidPathException e) {
      throw new EngineConfigurationException(
          VoskSpeechToText.ID, "setting '" + key + "' is not a valid path: " + value, e);
    }
  }
}
