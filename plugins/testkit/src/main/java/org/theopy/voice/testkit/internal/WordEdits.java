package org.theopy.voice.testkit.internal;

import java.util.List;

/**
 * Counts the word edits (words substituted, deleted or inserted) that turn one text into another:
 * the Levenshtein distance over words separated by white space. Not an API.
 */
public final class WordEdits {

  private WordEdits() {}

  /**
   * Counts the word edits between two texts.
   *
   * @param from the first text
   * @param to the second text
   * @return the fewest substitutions, deletions and insertions of words turning {@code from} into
   *     {@code to}; 0 when their words are equal
   */
  public static int between(String from, String to) {
    List<String> a = words(from);
    List<String> b = words(to);
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.size(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        int substitution = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  private static List<String> words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }
}
