package org.theopy.voice.plugin.vosk.internal;

import org.theopy.voice.spi.EngineUnavailableException;
import org.vosk.LibVosk;
import org.vosk.LogLevel;

/**
 * Loads Vosk's native library once per JVM and remembers a failure, so that a machine without a
 * usable library gets the same clear error on every attempt instead of a {@code
 * NoClassDefFoundError} from the second attempt on.
 */
final class VoskNative {

  private static boolean loaded;
  private static String failure;

  private VoskNative() {}

  /**
   * Makes sure the native library is loaded and its logging is limited to warnings and errors.
   *
   * @param engineId the engine asking, for the error message
   * @throws EngineUnavailableException when the library cannot be loaded on this machine
   */
  static synchronized void load(String engineId) {
    if (loaded) {
      return;
    }
    if (failure != null) {
      throw new EngineUnavailableException(engineId, failure, null);
    }
    try {
      LibVosk.setLogLevel(LogLevel.WARNINGS);
      loaded = true;
    } catch (LinkageError e) {
      failure =
          "the Vosk native library could not be loaded on "
              + System.getProperty("os.name")
              + " "
              + System.getProperty("os.arch")
              + " ("
              + e
              + "); the vosk jar carries libraries for Linux x86-64, macOS and Windows x86-64 only";
      throw new EngineUnavailableException(engineId, failure, e);
    }
  }
}
