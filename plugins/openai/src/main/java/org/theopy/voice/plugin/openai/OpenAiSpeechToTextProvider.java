package org.theopy.voice.plugin.openai;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.theopy.voice.plugin.openai.internal.ApiClient;
import org.theopy.voice.plugin.openai.internal.JsonCodec;
import org.theopy.voice.plugin.openai.internal.Settings;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.Connectivity;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;

/**
 * Creates {@link OpenAiSpeechToText} engines, which send audio to {@code POST
 * /v1/audio/transcriptions} of OpenAI or any server speaking the same API (whisper.cpp's server,
 * faster-whisper servers, LocalAI, vLLM).
 */
public final class OpenAiSpeechToTextProvider implements SpeechToTextProvider {

  /** The engine id, used in configuration ({@code theopy.engine.openai-stt.*}) and logs. */
  public static final String ID = "openai-stt";

  static final String DEFAULT_MODEL = "whisper-1";
  static final String RESPONSE_FORMAT = "response.format";
  static final String WORD_TIMINGS = "word.timings";
  static final String MAX_DURATION = "max.duration";
  static final String SILENCE_LEVEL = "silence.level";

  static final EngineDescriptor DESCRIPTOR =
      EngineDescriptor.builder(ID, EngineKind.SPEECH_TO_TEXT)
          .displayName("OpenAI-compatible transcription")
          .vendor("Theopy")
          .version("1.0.0")
          .languages(EngineDescriptor.ANY_LANGUAGE)
          .sampleRates(16_000)
          .connectivity(Connectivity.NETWORK)
          .capabilities(Capability.WORD_TIMINGS)
          .build();

  private final Function<String, String> environment;

  /** Creates the provider, reading the API key's environment variable from the process. */
  public OpenAiSpeechToTextProvider() {
    this(System::getenv);
  }

  OpenAiSpeechToTextProvider(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public EngineDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    List<ConfigKey> keys = new ArrayList<>(Settings.keys(DEFAULT_MODEL));
    keys.add(
        ConfigKey.of(
            RESPONSE_FORMAT,
            "Reply format asked of the server: verbose_json (text, segments and word timings),"
                + " json (text only) or text.",
            "verbose_json"));
    keys.add(
        ConfigKey.of(
            WORD_TIMINGS,
            "Ask for word timings (timestamp_granularities[]=word) with verbose_json.",
            "true"));
    keys.add(
        ConfigKey.of(
            MAX_DURATION,
            "Longest audio sent, such as 10m; longer audio is refused before it costs anything."
                + " At 16 kHz ten minutes make a 19 MB upload, under OpenAI's 25 MB limit.",
            "10m"));
    keys.add(
        ConfigKey.of(
            SILENCE_LEVEL,
            "Peak level (0 to 32767) below which audio counts as silence and gets an empty"
                + " transcript without a request; 0 sends everything.",
            "100"));
    return keys;
  }

  @Override
  public SpeechToText create(EngineConfig config) {
    JsonCodec.requireProvider(ID);
    EngineConfig c = config.forEngine(ID);
    Settings settings = Settings.read(ID, c, DEFAULT_MODEL, environment);
    String format = c.getString(RESPONSE_FORMAT, "verbose_json").toLowerCase(Locale.ROOT);
    if (!List.of("verbose_json", "json", "text").contains(format)) {
      throw new EngineConfigurationException(
          ID,
          "setting '"
              + RESPONSE_FORMAT
              + "' must be verbose_json, json or text, got '"
              + format
              + "'",
          null);
    }
    Duration max = c.getDuration(MAX_DURATION, Duration.ofMinutes(10));
    if (max.isZero()) {
      throw new EngineConfigurationException(
          ID, "setting '" + MAX_DURATION + "' must be above zero", null);
    }
    return new OpenAiSpeechToText(
        new ApiClient(settings),
        format,
        c.getBoolean(WORD_TIMINGS, true),
        max,
        c.getInt(SILENCE_LEVEL, 100, 0, 32_767));
  }
}
