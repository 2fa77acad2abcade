package org.theopy.voice.plugin.example;

import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.testkit.SpeechToTextContract;

/**
 * Runs the test kit's speech-to-text contract against the Morse code decoder, with a sample the
 * Morse code voice speaks.
 */
class MorseSpeechToTextContractTest extends SpeechToTextContract {

  private final Sample sample;

  MorseSpeechToTextContractTest() {
    try (var voice = new MorseTextToSpeechProvider().create(EngineConfig.empty())) {
      sample =
          new Sample(voice.synthesize("SOS, hello world", "en").audio(), "en", "sos hello world");
    }
  }

  @Override
  protected SpeechToTextProvider provider() {
    return new MorseSpeechToTextProvider();
  }

  @Override
  protected Sample sample() {
    return sample;
  }
}
