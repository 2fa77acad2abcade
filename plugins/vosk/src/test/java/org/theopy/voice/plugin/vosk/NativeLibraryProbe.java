package org.theopy.voice.plugin.vosk;

import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineException;

/**
 * Run in a child JVM by {@link VoskNativeLibraryTest}: creates the engine twice and prints the
 * class and message of each failure, one a line.
 */
public final class NativeLibraryProbe {

  private NativeLibraryProbe() {}

  /**
   * Creates the engine twice.
   *
   * @param args the model cache directory
   */
  public static void main(String[] args) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        new VoskSpeechToTextProvider()
            .create(EngineConfig.of(Map.of("model.cache-dir", args[0])))
            .close();
        System.out.println("created");
      } catch (EngineException e) {
        System.out.println(
            e.getClass().getSimpleName() + " retryable=" + e.isRetryable() + " " + e.getMessage());
      }
    }
  }
}
