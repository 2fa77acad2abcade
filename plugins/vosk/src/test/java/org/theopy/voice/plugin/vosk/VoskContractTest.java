package org.theopy.voice.plugin.vosk;

import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.testkit.SpeechToTextContract;

/** Runs the test kit's speech-to-text contract against Vosk with the bundled model. */
class VoskContractTest extends SpeechToTextContract {

  @Override
  protected SpeechToTextProvider provider() {
    return new VoskSpeechToTextProvider();
  }

  @Override
  protected EngineConfig config() {
    return SharedVosk.config();
  }

  @Override
  protected Sample sample() {
    return new Sample(
        SpeechData.recording("wav_freetts", "03"), "en", "set a timer for ten minutes");
  }
}
