package org.theopy.voice.plugin.example;

import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.testkit.TextToSpeechContract;

/** Runs the test kit's text-to-speech contract against the Morse code voice. */
class MorseTextToSpeechContractTest extends TextToSpeechContract {

  @Override
  protected TextToSpeechProvider provider() {
    return new MorseTextToSpeechProvider();
  }

  @Override
  protected int maxTextLength() {
    return 1000;
  }
}
