package org.theopy.voice.plugin.example;

import java.time.Duration;
import java.util.List;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;

/** Creates {@link MorseSpeechToText} decoders. */
public final class MorseSpeechToTextProvider implements SpeechToTextProvider {

  /** The engine id. */
  public static final String ID = "morse-stt";

  static final EngineDescriptor DESCRIPTOR =
      EngineDescriptor.builder(ID, EngineKind.SPEECH_TO_TEXT)
          .displayName("Morse code decoder")
          .vendor("Theopy examples")
          .version("1.0.0")
          .languages("en", "de", "fr", "es", "it", "nl")
          .sampleRates(8000, 16_000, 22_050, 44_100, 48_000)
          .capabilities(Capability.WORD_TIMINGS)
          .build();

  static final ConfigKey WPM =
      ConfigKey.of("wpm", "Expected sending speed in words per minute, 5 to 60.", "20");
  static final ConfigKey MAX_DURATION =
      ConfigKey.of("max.duration", "Longest audio accepted, such as 90s or 5m (at most 1h).", "5m");

  /** Creates the provider. */
  public MorseSpeechToTextProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(WPM, MAX_DURATION);
  }

  @Override
  public SpeechToText create(EngineConfig config) {
    EngineConfig c = config.forEngine(ID);
    Duration max = c.getDuration(MAX_DURATION.name(), Duration.ofMinutes(5));
    if (max.isZero() || max.compareTo(Duration.ofHours(1)) > 0) {
      throw new EngineConfigurationException(
          ID, "setting 'max.duration' must be above zero and at most 1h, got " + max, null);
    }
    return new MorseSpeechToText(c.getInt(WPM.name(), 20, 5, 60), max);
  }
}
