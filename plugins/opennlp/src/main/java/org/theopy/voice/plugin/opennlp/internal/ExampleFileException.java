package org.theopy.voice.plugin.opennlp.internal;

import java.nio.file.Path;

/**
 * A training file that cannot be used: unreadable, not UTF-8, or with a line that is not an intent
 * and an utterance separated by a tab. The message names the file and, when it applies, the line.
 */
public final class ExampleFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception about one line.
   *
   * @param file the file
   * @param line the line number, counted from 1, or 0 when the problem is the whole file
   * @param problem what is wrong and what is expected
   * @param cause the underlying failure, or {@code null}
   */
  public ExampleFileException(Path file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
  }
}
