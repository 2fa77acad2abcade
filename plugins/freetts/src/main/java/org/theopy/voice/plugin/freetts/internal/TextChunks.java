package org.theopy.voice.plugin.freetts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Prepares text for FreeTTS: removes characters it cannot speak and cuts long text into sentences,
 * so that a long text is spoken piece by piece and an interrupted call stops between pieces.
 */
final class TextChunks {

  private TextChunks() {}

  /**
   * Tells whether a text has nothing but white space (including no-break spaces) and control
   * characters.
   *
   * @param text the text
   * @return {@code true} when there is nothing to speak
   */
  static boolean isBlank(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c));
  }

  /**
   * Replaces control characters, unpaired surrogates and characters outside the basic multilingual
   * plane (emoji) with spaces.
   *
   * @param text the text
   * @return the cleaned text
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(' ');
        i++;
      } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Splits text after sentence-ending punctuation, and cuts any piece longer than {@code maxChars}
   * at its last space before the limit.
   *
   * @param text cleaned text
   * @param maxChars the longest piece
   * @return the pieces, trimmed, none blank
   */
  static List<String> split(String text, int maxChars) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n');
      if (end && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        addPiece(text.substring(start, i + 1), maxChars, pieces);
        start = i + 1;
      }
    }
    addPiece(text.substring(start), maxChars, pieces);
    return pieces;
  }

  private static void addPiece(String piece, int maxChars, List<String> pieces) {
    String rest = piece.strip();
    while (rest.length() > maxChars) {
      int cut = rest.lastIndexOf(' ', maxChars);
      if (cut <= 0) {
        cut = maxChars;
      }
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!isBlank(rest)) {
      pieces.add(rest);
    }
  }
}
