package org.theopy.voice.plugin.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.theopy.voice.plugin.openai.internal.ApiClient;
import org.theopy.voice.plugin.openai.internal.JsonCodec;
import org.theopy.voice.plugin.openai.internal.Settings;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.Connectivity;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;

/**
 * Creates {@link OpenAiTextToSpeech} engines, which ask {@code POST /v1/audio/speech} of OpenAI or
 * any server speaking the same API for speech.
 */
public final class OpenAiTextToSpeechProvider implements TextToSpeechProvider {

  /** The engine id. */
  public static final String ID = "openai-tts";

  static final String DEFAULT_MODEL = "tts-1";
  static final String VOICE = "voice";
  static final String RESPONSE_FORMAT = "response.format";
  static final String PCM_SAMPLE_RATE = "pcm.sample.rate";
  static final String SPEED = "speed";
  static final String MAX_CHARACTERS = "max.characters";

  /** The rate audio of another rate is converted to: OpenAI's own output rate. */
  static final int PREFERRED_RATE = 24_000;

  static final EngineDescriptor DESCRIPTOR =
      EngineDescriptor.builder(ID, EngineKind.TEXT_TO_SPEECH)
          .displayName("OpenAI-compatible speech")
          .vendor("Theopy")
          .version("1.0.0")
          .languages(EngineDescriptor.ANY_LANGUAGE)
          .sampleRates(16_000, 22_050, PREFERRED_RATE, 44_100, 48_000)
          .connectivity(Connectivity.NETWORK)
          .build();

  private final Function<String, String> environment;

  /** Creates the provider, reading the API key's environment variable from the process. */
  public OpenAiTextToSpeechProvider() {
    this(System::getenv);
  }

  OpenAiTextToSpeechProvider(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public EngineDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    List<ConfigKey> keys = new ArrayList<>(Settings.keys(DEFAULT_MODEL));
    keys.add(ConfigKey.of(VOICE, "Voice name, such as alloy, nova or onyx.", "alloy"));
    keys.add(
        ConfigKey.of(
            RESPONSE_FORMAT,
            "Audio format asked of the server: wav, or pcm (raw 16-bit mono at"
                + " pcm.sample.rate).",
            "wav"));
    keys.add(
        ConfigKey.of(
            PCM_SAMPLE_RATE, "Sample rate of pcm replies in Hz (OpenAI sends 24000).", "24000"));
    keys.add(
        ConfigKey.of(
            SPEED, "Speaking speed from 0.25 to 4.0; unset leaves the server's default.", null));
    keys.add(
        ConfigKey.of(
            MAX_CHARACTERS,
            "Longest text sent, in characters (OpenAI accepts 4096); longer text is refused.",
            "4096"));
    return keys;
  }

  @Override
  public TextToSpeech create(EngineConfig config) {
    JsonCodec.requireProvider(ID);
    EngineConfig c = config.forEngine(ID);
    Settings settings = Settings.read(ID, c, DEFAULT_MODEL, environment);
    String format = c.getString(RESPONSE_FORMAT, "wav").toLowerCase(Locale.ROOT);
    if (!format.equals("wav") && !format.equals("pcm")) {
      throw new EngineConfigurationException(
          ID, "setting '" + RESPONSE_FORMAT + "' must be wav or pcm, got '" + format + "'", null);
    }
    OptionalDouble speed =
        c.get(SPEED).isPresent()
            ? OptionalDouble.of(c.getDouble(SPEED, 1.0, 0.25, 4.0))
            : OptionalDouble.empty();
    return new OpenAiTextToSpeech(
        new ApiClient(settings),
        c.getString(VOICE, "alloy"),
        format,
        c.getInt(PCM_SAMPLE_RATE, 24_000, 8000, 48_000),
        speed,
        c.getInt(MAX_CHARACTERS, 4096, 1, 100_000));
  }
}
