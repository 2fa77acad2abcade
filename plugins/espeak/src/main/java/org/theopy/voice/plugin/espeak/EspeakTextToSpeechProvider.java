package org.theopy.voice.plugin.espeak;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.theopy.voice.plugin.espeak.internal.EspeakSettings;
import org.theopy.voice.plugin.espeak.internal.EspeakTextToSpeech;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Creates the espeak-ng text-to-speech engine (id {@code espeak}): English through the espeak-ng
 * program, as 16 kHz mono PCM. Meant as the offline fallback behind FreeTTS. When the program is
 * missing the engine is still created and reports DOWN with the reason.
 *
 * <p>Found by {@link java.util.ServiceLoader}; the constructor does no work.
 */
public final class EspeakTextToSpeechProvider implements TextToSpeechProvider {

  private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+-]{1,40}");

  private static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.of(
              "binary",
              "The espeak-ng program: a name looked up on the PATH, or a path",
              "espeak-ng"),
          ConfigKey.of("voice", "The espeak-ng voice (see espeak-ng --voices=en)", "en-us"),
          ConfigKey.of("speed", "Speaking rate in words a minute (80 to 450)", "175"),
          ConfigKey.of("timeout", "How long one text may take before the process is killed", "10s"),
          ConfigKey.of(
              "max.characters", "The longest text accepted, in characters (1 to 100000)", "5000"),
          ConfigKey.of("processes", "How many espeak-ng processes may run at once (1 to 32)", "4"));

  /** Creates the provider; does no work. */
  public EspeakTextToSpeechProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return EspeakTextToSpeech.describe();
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return KEYS;
  }

  /**
   * Creates the engine; when the program is present, speaks one word to check the settings.
   *
   * @param config the settings listed in {@link #configurationKeys()}
   * @return the engine, DOWN when the program is missing
   * @throws EngineConfigurationException when a setting is malformed or the program refuses it
   */
  @Override
  public TextToSpeech create(EngineConfig config) {
    EngineConfig c = config.forEngine(EspeakTextToSpeech.ID);
    String voice = c.getString("voice", "en-us");
    if (!VOICE.matcher(voice).matches()) {
      throw new EngineConfigurationException(
          EspeakTextToSpeech.ID,
          "setting 'voice' must be an espeak-ng voice name such as en-us, got '" + voice + "'",
          null);
    }
    Duration timeout = c.getDuration("timeout", Duration.ofSeconds(10));
    if (timeout.isZero()) {
      throw new EngineConfigurationException(
          EspeakTextToSpeech.ID, "setting 'timeout' must be above zero", null);
    }
    EspeakSettings settings =
        new EspeakSettings(
            c.getString("binary", "espeak-ng"),
            voice,
            c.getInt("speed", 175, 80, 450),
            timeout,
            c.getInt("max.characters", 5000, 1, 100_000),
            c.getInt("processes", 4, 1, 32));
    return EspeakTextToSpeech.open(settings);
  }
}
