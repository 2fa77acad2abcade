package org.theopy.voice.plugin.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLINC150 dataset copied into the test resources (CC BY 3.0, Larson et al. 2019; see
 * clinc150/README.md), read with a small JSON reader that knows only its shape: an object of
 * splits, each an array of [utterance, intent] pairs.
 */
final class Clinc150 {

  /** One labelled utterance. */
  record Sample(String utterance, String intent) {}

  private final Map<String, List<Sample>> splits;

  private Clinc150(Map<String, List<Sample>> splits) {
    this.splits = splits;
  }

  static Clinc150 load() {
    try (InputStream in = Clinc150.class.getResourceAsStream("/clinc150/data_full.json")) {
      if (in == null) {
        throw new IllegalStateException("clinc150/data_full.json is missing from test resources");
      }
      return new Clinc150(new Reader(new String(in.readAllBytes(), StandardCharsets.UTF_8)).read());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Sample> split(String name) {
    List<Sample> split = splits.get(name);
    if (split == null) {
      throw new IllegalArgumentException("no split '" + name + "' in " + splits.keySet());
    }
    return split;
  }

  /** Writes splits in the plugin's training file format. */
  Path writeTrainingFile(Path file, String... names) throws IOException {
    StringBuilder text = new StringBuilder("# CLINC150 (CC BY 3.0), Larson et al. 2019\n");
    for (String name : names) {
      for (Sample s : split(name)) {
        text.append(s.intent()).append('\t').append(s.utterance()).append('\n');
      }
    }
    return Files.writeString(file, text);
  }

  /** A reader for the dataset's JSON shape. */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    Map<String, List<Sample>> read() {
      Map<String, List<Sample>> result = new LinkedHashMap<>();
      expect('{');
      while (true) {
        String key = string();
        expect(':');
        List<Sample> samples = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
          pos++;
        } else {
          while (true) {
            expect('[');
            String utterance = string();
            expect(',');
            String intent = string();
            expect(']');
            samples.add(new Sample(utterance, intent));
            if (next() == ']') {
              break;
            }
          }
        }
        result.put(key, samples);
        if (next() == '}') {
          return result;
        }
      }
    }

    private char peek() {
      while (Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      return text.charAt(pos);
    }

    private char next() {
      char c = peek();
      pos++;
      return c;
    }

    private void expect(char c) {
      char found = next();
      if (found != c) {
        throw new IllegalStateException("expected '" + c + "' at " + pos + ", found " + found);
      }
    }

    private String string() {
      expect('"');
      StringBuilder s = new StringBuilder();
      while (true) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return s.toString();
        }
        if (c == '\\') {
          char e = text.charAt(pos++);
          switch (e) {
            case 'n' -> s.append('\n');
            case 't' -> s.append('\t');
            case 'r' -> s.append('\r');
            case 'b' -> s.append('\b');
            case 'f' -> s.append('\f');
            case 'u' -> {
              s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> s.append(e);
          }
        } else {
          s.append(c);
        }
      }
    }
  }
}
