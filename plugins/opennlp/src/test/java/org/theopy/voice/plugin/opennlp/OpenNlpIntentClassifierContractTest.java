package org.theopy.voice.plugin.opennlp;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.testkit.IntentClassifierContract;

/** Runs the test kit's intent classifier contract against the OpenNLP classifier. */
class OpenNlpIntentClassifierContractTest extends IntentClassifierContract {

  @Override
  protected IntentClassifierProvider provider() {
    return new OpenNlpIntentClassifierProvider();
  }

  @Override
  protected EngineConfig config() {
    return EngineConfig.of(Map.of("training.path", smartHome().toString()));
  }

  @Override
  protected String sampleUtterance() {
    return "Please turn on the lights in the kitchen";
  }

  @Override
  protected String expectedIntent() {
    return "lights_on";
  }

  static Path smartHome() {
    try {
      return Path.of(
          OpenNlpIntentClassifierContractTest.class.getResource("/smart-home.tsv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
