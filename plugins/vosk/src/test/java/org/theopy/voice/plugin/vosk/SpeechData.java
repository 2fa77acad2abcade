package org.theopy.voice.plugin.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.audio.Audio;

/** The spoken commands copied into the test resources (see speech/README.md). */
final class SpeechData {

  private SpeechData() {}

  /** Returns the references by id, in file order. */
  static Map<String, String> references() {
    Map<String, String> refs = new LinkedHashMap<>();
    for (String line : lines("speech/refs.tsv")) {
      String[] parts = line.split("\t", 2);
      refs.put(parts[0], parts[1]);
    }
    return refs;
  }

  /** Returns the twenty commands as written. */
  static List<String> commands() {
    return lines("speech/commands.txt");
  }

  /** Reads one recording, {@code set} being {@code wav_freetts} or {@code wav_espeak}. */
  static Audio recording(String set, String id) {
    return Audio.readWav(bytes("speech/" + set + "/" + id + ".wav"));
  }

  /** Reads a resource's bytes. */
  static byte[] bytes(String resource) {
    try (InputStream in = SpeechData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    for (String line : new String(bytes(resource), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }
}
