package org.theopy.voice.plugin.espeak;

import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.testkit.TextToSpeechContract;

/** Runs the test kit's text-to-speech contract against espeak-ng with its default settings. */
class EspeakContractTest extends TextToSpeechContract {

  @Override
  protected TextToSpeechProvider provider() {
    return new EspeakTextToSpeechProvider();
  }
}
