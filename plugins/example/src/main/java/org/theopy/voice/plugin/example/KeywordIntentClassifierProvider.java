package org.theopy.voice.plugin.example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;

/** Creates {@link KeywordIntentClassifier}s from a list of intents and their key phrases. */
public final class KeywordIntentClassifierProvider implements IntentClassifierProvider {

  /** The engine id. */
  public static final String ID = "keywords";

  static final EngineDescriptor DESCRIPTOR =
      EngineDescriptor.builder(ID, EngineKind.INTENT_CLASSIFICATION)
          .displayName("Keyword intent classifier")
          .vendor("Theopy examples")
          .version("1.0.0")
          .languages(EngineDescriptor.ANY_LANGUAGE)
          .build();

  static final ConfigKey INTENTS =
      ConfigKey.of(
          "intents",
          "Intents and their key phrases: 'lights_on=turn on|lights on; set_timer=timer|alarm'."
              + " An utterance containing a phrase as whole words counts for that intent.",
          null);
  static final ConfigKey MAX_CHARACTERS =
      ConfigKey.of("max.characters", "Longest utterance accepted, 1 to 100000 characters.", "1000");

  /** Creates the provider. */
  public KeywordIntentClassifierProvider() {}

  @Override
  public EngineDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<ConfigKey> configurationKeys() {
    return List.of(INTENTS, MAX_CHARACTERS);
  }

  @Override
  public IntentClassifier create(EngineConfig config) {
    EngineConfig c = config.forEngine(ID);
    Map<String, List<String>> intents = new LinkedHashMap<>();
    for (String entry : c.require(INTENTS.name()).split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      String name = equals < 0 ? "" : entry.substring(0, equals).trim();
      List<String> phrases = new ArrayList<>();
      if (equals >= 0) {
        for (String phrase : entry.substring(equals + 1).split("\\|")) {
          String normalized = KeywordIntentClassifier.normalize(phrase);
          if (!normalized.isEmpty()) {
            phrases.add(normalized);
          }
        }
      }
      if (name.isEmpty() || phrases.isEmpty()) {
        throw new EngineConfigurationException(
            ID,
            "setting 'intents' has an entry '"
                + entry.trim()
                + "' that is not of the form name=phrase|phrase",
            null);
      }
      intents.put(name, phrases);
    }
    return new KeywordIntentClassifier(intents, c.getInt(MAX_CHARACTERS.name(), 1000, 1, 100_000));
  }
}
