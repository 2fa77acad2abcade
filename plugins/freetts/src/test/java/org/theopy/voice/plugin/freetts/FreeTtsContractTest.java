package org.theopy.voice.plugin.freetts;

import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.testkit.TextToSpeechContract;

/** Runs the test kit's text-to-speech contract against FreeTTS with its default settings. */
class FreeTtsContractTest extends TextToSpeechContract {

  @Override
  protected TextToSpeechProvider provider() {
    return new FreeTtsTextToSpeechProvider();
  }
}
