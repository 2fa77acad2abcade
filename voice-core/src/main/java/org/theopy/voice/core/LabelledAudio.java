package org.theopy.voice.core;

import java.util.Objects;
import org.theopy.voice.spi.audio.Audio;

/**
 * A recording with the text that is actually said in it, used by canary checks.
 *
 * @param label a name for reports, such as a file name
 * @param audio the recording
 * @param reference what is said in it
 */
public record LabelledAudio(String label, Audio audio, String reference) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public LabelledAudio {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(audio, "audio");
    Objects.requireNonNull(reference, "reference");
  }
}
