package org.theopy.voice.plugin.vosk;

import java.nio.file.Path;
import java.util.Map;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.SpeechToText;

/**
 * One Vosk engine for the test classes that only use it, created on first use with the bundled
 * model unpacked under {@code target/} (so that repeated runs reuse the copy) and closed when the
 * test JVM exits.
 */
final class SharedVosk {

  static final Path CACHE = Path.of("target", "vosk-model-cache").toAbsolutePath();

  private static SpeechToText engine;

  private SharedVosk() {}

  static synchronized SpeechToText engine() {
    if (engine == null) {
      engine = new VoskSpeechToTextProvider().create(config());
      Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
    }
    return engine;
  }

  static EngineConfig config() {
    return EngineConfig.of(Map.of("model.cache-dir", CACHE.toString()));
  }
}
