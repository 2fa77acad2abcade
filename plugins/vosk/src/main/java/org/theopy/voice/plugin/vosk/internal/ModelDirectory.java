package org.theopy.voice.plugin.vosk.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.theopy.voice.spi.EngineConfigurationException;

/**
 * Checks that a directory looks like a Vosk model before its path is handed to native code, so that
 * a wrong path gets a message naming the missing files instead of a bare "failed to create a model"
 * from the library.
 */
final class ModelDirectory {

  private ModelDirectory() {}

  /**
   * Checks the layout Vosk expects: an acoustic model ({@code am/final.mdl}), feature settings
   * ({@code conf/mfcc.conf}) and a decoding graph ({@code graph/HCLG.fst}, or {@code
   * graph/HCLr.fst} with {@code graph/Gr.fst} for models with a separate language model), each a
   * non-empty readable file.
   *
   * @param engineId the engine, for messages
   * @param dir the directory
   * @param setting the setting the directory came from, for messages
   * @throws EngineConfigurationException naming what is missing
   */
  static void validate(String engineId, Path dir, String setting) {
    if (!Files.isDirectory(dir)) {
      throw new EngineConfigurationException(
          engineId,
          "setting '" + setting + "': " + dir + " is not a directory; point it at a Vosk model",
          null);
    }
    List<String> missing = new ArrayList<>();
    requireFile(dir, "am/final.mdl", missing);
    requireFile(dir, "conf/mfcc.conf", missing);
    boolean fullGraph = usable(dir.resolve("graph/HCLG.fst"));
    boolean splitGraph =
        usable(dir.resolve("graph/HCLr.fst")) && usable(dir.resolve("graph/Gr.fst"));
    if (!fullGraph && !splitGraph) {
      missing.add("graph/HCLG.fst (or graph/HCLr.fst with graph/Gr.fst)");
    }
    if (!missing.isEmpty()) {
      throw new EngineConfigurationException(
          engineId,
          "setting '"
              + setting
              + "': "
              + dir
              + " is not a complete Vosk model; missing or empty: "
              + String.join(", ", missing),
          null);
    }
  }

  private static void requireFile(Path dir, String name, List<String> missing) {
    if (!usable(dir.resolve(name))) {
      missing.add(name);
    }
  }

  private static boolean usable(Path file) {
    try {
      return Files.isRegularFile(file) && Files.isReadable(file) && Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
