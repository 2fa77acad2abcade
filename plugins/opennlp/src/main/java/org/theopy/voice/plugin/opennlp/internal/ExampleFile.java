package org.theopy.voice.plugin.opennlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the training file format: UTF-8 text, one example per line, the intent's name, a
 * tab, then the utterance. Blank lines and lines whose first non-blank character is {@code #} are
 * ignored. Examples whose intent is the out-of-scope label teach the classifier what the
 * application does not handle.
 *
 * <pre>
 * # intent&lt;TAB&gt;utterance
 * set_timer	set a timer for ten minutes
 * weather	will it rain tomorrow
 * oos	what is the meaning of a rainbow in dreams
 * </pre>
 */
public final class ExampleFile {

  /** The pattern an intent name must match. */
  public static final Pattern INTENT_NAME = Pattern.compile("[\\p{L}\\p{N}_.:-]{1,100}");

  /** The largest number of examples a file may hold. */
  public static final int MAX_EXAMPLES = 1_000_000;

  /** The largest training file accepted, in bytes. */
  public static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

  private ExampleFile() {}

  /**
   * Reads a training file.
   *
   * @param file the file
   * @param outOfScopeLabel the label of out-of-scope examples
   * @param maxUtteranceLength the longest utterance accepted, in characters
   * @return the examples, in file order
   * @throws ExampleFileException when the file cannot be read, is not UTF-8, has a malformed line,
   *     or holds fewer than two intents
   */
  public static List<Example> read(Path file, String outOfScopeLabel, int maxUtteranceLength) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file, outOfScopeLabel, maxUtteranceLength);
    } catch (NoSuchFileException e) {
      throw new ExampleFileException(file, 0, "no such file", e);
    } catch (IOException e) {
      throw new ExampleFileException(file, 0, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads training examples from a stream.
   *
   * @param in the stream, not closed
   * @param name the name used in error messages
   * @param outOfScopeLabel the label of out-of-scope examples
   * @param maxUtteranceLength the longest utterance accepted, in characters
   * @return the examples, in order
   * @throws IOException when the stream fails
   * @throws ExampleFileException when the content is not a valid training file
   */
  static List<Example> read(
      InputStream in, Path name, String outOfScopeLabel, int maxUtteranceLength)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ExampleFileException(
          name,
          0,
          "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; split the file",
          null);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Example> examples = new ArrayList<>();
    Set<String> intents = new LinkedHashSet<>();
    int lineNumber = 0;
    int lineStart = 0;
    while (lineStart < bytes.length) {
      int lineEnd = lineStart;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
        lineEnd++;
      }
      String line;
      try {
        line = decoder.decode(ByteBuffer.wrap(bytes, lineStart, lineEnd - lineStart)).toString();
      } catch (CharacterCodingException e) {
        throw new ExampleFileException(
            name, lineNumber + 1, "the line is not valid UTF-8; save the file as UTF-8", e);
      }
      lineStart = lineEnd + 1;
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new ExampleFileException(
            name,
            lineNumber,
            "expected an intent name, a tab and an utterance, but the line has no tab: '"
                + abbreviate(trimmed)
                + "'",
            null);
      }
      String intent = line.substring(0, tab).strip();
      String utterance = line.substring(tab + 1).strip();
      if (!INTENT_NAME.matcher(intent).matches()) {
        throw new ExampleFileException(
            name,
            lineNumber,
            "intent name '"
                + abbreviate(intent)
                + "' must be 1-100 letters, digits, '_', '.', ':' or '-'",
            null);
      }
      if (utterance.isEmpty()) {
        throw new ExampleFileException(
            name, lineNumber, "the utterance of intent '" + intent + "' is empty", null);
      }
      if (utterance.length() > maxUtteranceLength) {
        throw new ExampleFileException(
            name,
            lineNumber,
            "the utterance has "
                + utterance.length()
                + " characters, more than the limit of "
                + maxUtteranceLength,
            null);
      }
      if (examples.size() == MAX_EXAMPLES) {
        throw new ExampleFileException(
            name, lineNumber, "more than " + MAX_EXAMPLES + " examples; split the file", null);
      }
      examples.add(new Example(intent, utterance));
      if (!intent.equals(outOfScopeLabel)) {
        intents.add(intent);
      }
    }
    if (intents.size() < 2) {
      throw new ExampleFileException(
          name,
          0,
          "needs examples of at least two intents (besides the out-of-scope label '"
              + outOfScopeLabel
              + "'), found "
              + intents.size()
              + (intents.isEmpty() ? "" : " " + intents),
          null);
    }
    return examples;
  }

  /**
   * Writes examples in the training file format.
   *
   * @param examples the examples; tabs and line breaks inside utterances become spaces
   * @param out where to write, not closed
   * @throws IOException when writing fails
   */
  static void write(List<Example> examples, Writer out) throws IOException {
    for (Example e : examples) {
      out.write(e.intent());
      out.write('\t');
      out.write(e.utterance().replaceAll("[\\t\\r\\n]", " "));
      out.write('\n');
    }
    out.flush();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
