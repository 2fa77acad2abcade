package org.theopy.voice.plugin.example;

import java.util.List;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Creates {@link MorseTextToSpeech} voices. Found by {@link java.util.ServiceLoader} through {@code
 * META-INF/services/org.theopy.voice.spi.TextToSpeechProvider} and the module's {@code provides}
 * clause.
 */
public final class MorseTextToSpeechProvider implements TextToSpeechProvider {

  /** The engine id, used in configuration ({@code theopy.engine.morse-tts.*}) and logs. */
  public static final String ID = "morse-tts";

  static final EngineDescriptor DESCRIPTOR =
      EngineDescriptor.builder(ID, EngineKind.TEXT_TO_SPEECH)
          .displayName("Morse code voice")
          .vendor("Theopy examples")
          .version("1.0.0")
          .languages("en", "de", "fr", "es", "it", "nl")
          .sampleRates(8000, 16_000)
          .build();

  static final ConfigKey WPM =
      ConfigKey.of("wpm", "Sending speed in words per minute, 5 to 60.", "20");
  static final ConfigKey TONE =
      ConfigKey.of("tone.hz", "Pitch of the tone in Hz, 300 to 3000.", "700");
  static final ConfigKey SAMPLE_RATE =
      ConfigKey.of("sample.rate", "Sample rate of the produced audio: 8000 or 16000 Hz.", "16000");
  static final ConfigKey MAX_CHARACTERS =
      ConfigKey.of("max.characters", "Longest text accepted, 1 to 100000 characters.", "1000");

  /** Creates the provider; cheap, as {@link java.util.ServiceLoader} requires. */
  public MorseTextToSpeechProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(WPM, TONE, SAMPLE_RATE, MAX_CHARACTERS);
  }

  @Override
  public TextToSpeech create(EngineConfig config) {
    EngineConfig c = config.forEngine(ID);
    int rate = c.getInt(SAMPLE_RATE.name(), 16_000, 8000, 16_000);
    if (!DESCRIPTOR.sampleRates().contains(rate)) {
      throw new EngineConfigurationException(
          ID, "setting 'sample.rate' must be 8000 or 16000, got " + rate, null);
    }
    return new MorseTextToSpeech(
        c.getInt(WPM.name(), 20, 5, 60),
        c.getInt(TONE.name(), 700, 300, 3000),
        rate,
        c.getInt(MAX_CHARACTERS.name(), 1000, 1, 100_000));
  }
}
