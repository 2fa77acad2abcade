package org.theopy.voice.spi;

import java.util.Objects;
import org.theopy.voice.spi.audio.Audio;

/**
 * Speech produced by a text-to-speech engine.
 *
 * @param audio the speech as 16-bit mono PCM
 * @param voice the name of the voice that spoke, such as {@code kevin16}
 */
public record SynthesizedSpeech(Audio audio, String voice) {

  /** Validates the components. */
  public SynthesizedSpeech {
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(voice, "voice");
  }
}
