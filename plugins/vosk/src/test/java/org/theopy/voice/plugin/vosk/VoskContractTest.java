package org.theopy.voice.plugin.vosk;

import java.time.Duration;
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

  /**
   * One word. Vosk does not always give the same words for the same audio: a recording can come out
   * one word different from one call to the next (here "to set a timer for ten minutes" instead of
   * "set a timer for ten minutes"), on a reused recognizer and on a new one alike.
   */
  @Override
  protected int toleratedWordEdits() {
    return 1;
  }

  /**
   * The kit's heaviest request for Vosk is five minutes of audio, which the engine copies and trims
   * before its first interruptible chunk; on a machine whose cores are busy with other work that
   * preparation alone has taken more than the default half second. A second and a half still fails
   * an engine that ignores interrupts: recognising those five minutes takes about nine.
   */
  @Override
  protected Duration interruptGrace() {
    return Duration.ofMillis(1500);
  }

  @Override
  protected Sample sample() {
    return new Sample(
        SpeechData.recording("wav_freetts", "03"), "en", "set a timer for ten minutes");
  }
}
