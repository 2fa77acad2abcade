package org.theopy.voice.plugin.freetts;

import java.time.Duration;
import java.util.List;
import org.theopy.voice.plugin.freetts.internal.FreeTtsSettings;
import org.theopy.voice.plugin.freetts.internal.FreeTtsTextToSpeech;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Creates the FreeTTS text-to-speech engine (id {@code freetts}): English with the kevin16 voice,
 * 16 kHz mono PCM, no sound card needed.
 *
 * <p>Found by {@link java.util.ServiceLoader}; the constructor does no work, and {@link #create}
 * loads the pool's voices (about a second for the first).
 */
public final class FreeTtsTextToSpeechProvider implements TextToSpeechProvider {

  private static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.of("voice", "The FreeTTS voice; the jar carries kevin16 (16 kHz)", "kevin16"),
          ConfigKey.of(
              "voices",
              "How many voice instances to keep (1 to 16): that many calls are spoken at once,"
                  + " others wait",
              "2"),
          ConfigKey.of(
              "acquire.timeout",
              "How long a call waits for a free voice before failing as unavailable",
              "10s"),
          ConfigKey.of(
              "max.characters", "The longest text accepted, in characters (1 to 100000)", "5000"));

  /** Creates the provider; does no work. */
  public FreeTtsTextToSpeechProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return FreeTtsTextToSpeech.describe();
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return KEYS;
  }

  /**
   * Loads the voices and returns a ready engine.
   *
   * @param config the settings listed in {@link #configurationKeys()}
   * @return the engine
   * @throws org.theopy.voice.spi.EngineConfigurationException when a setting is wrong or names a
   *     voice FreeTTS does not have
   * @throws org.theopy.voice.spi.EngineUnavailableException when FreeTTS cannot load the voice
   */
  @Override
  public TextToSpeech create(EngineConfig config) {
    EngineConfig c = config.forEngine(FreeTtsTextToSpeech.ID);
    FreeTtsSettings settings =
        new FreeTtsSettings(
            c.getString("voice", "kevin16"),
            c.getInt("voices", 2, 1, 16),
            c.getDuration("acquire.timeout", Duration.ofSeconds(10)),
            c.getInt("max.characters", 5000, 1, 100_000));
    return FreeTtsTextToSpeech.open(settings);
  }
}
