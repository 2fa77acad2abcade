package org.theopy.voice.plugin.example;

import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.testkit.IntentClassifierContract;

/** Runs the test kit's intent classifier contract against the keyword classifier. */
class KeywordIntentClassifierContractTest extends IntentClassifierContract {

  @Override
  protected IntentClassifierProvider provider() {
    return new KeywordIntentClassifierProvider();
  }

  @Override
  protected EngineConfig config() {
    return EngineConfig.of(
        Map.of(
            "intents", "lights_on=turn on|lights on|switch on; set_timer=timer|alarm|remind me"));
  }

  @Override
  protected String sampleUtterance() {
    return "Please turn on the lights in the kitchen";
  }

  @Override
  protected String expectedIntent() {
    return "lights_on";
  }
}
