package org.theopy.voice.plugin.opennlp.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns an utterance into the features every model of the ensemble reads: word unigrams, word
 * bigrams (with start and end markers) and character 3- to 5-grams inside each word.
 *
 * <p>Normalisation first: Unicode NFKC, lower case, digits mapped to {@code 0} (so that "10
 * minutes" and "25 minutes" share features), apostrophes dropped ("what's" and "whats" agree), and
 * every other character that is not a letter or a digit turned into a word boundary. Stateless and
 * thread-safe.
 */
public final class Features {

  private static final int MIN_CHAR_GRAM = 3;
  private static final int MAX_CHAR_GRAM = 5;

  private Features() {}

  /**
   * Normalises an utterance into its words.
   *
   * @param utterance the text
   * @return the words, possibly none
   */
  public static List<String> words(String utterance) {
    String text = Normalizer.normalize(utterance, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        word.append('0');
      } else if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(cp);
      } else if (cp == '\'' || cp == '\u2019') {
        continue;
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Extracts the features of an utterance.
   *
   * @param utterance the text
   * @return the distinct features, in a stable order; never empty (an utterance without a letter or
   *     a digit yields one marker feature)
   */
  public static String[] of(String utterance) {
    List<String> words = words(utterance);
    Set<String> features = new LinkedHashSet<>();
    String previous = "^";
    for (String word : words) {
      features.add("w=" + word);
      features.add("b=" + previous + "_" + word);
      previous = word;
    }
    if (!words.isEmpty()) {
      features.add("b=" + previous + "_$");
    }
    for (String word : words) {
      String padded = "<" + word + ">";
      for (int n = MIN_CHAR_GRAM; n <= MAX_CHAR_GRAM; n++) {
        for (int start = 0; start + n <= padded.length(); start++) {
          features.add("c=" + padded.substring(start, start + n));
        }
      }
    }
    if (features.isEmpty()) {
      features.add("none");
    }
    return features.toArray(new String[0]);
  }
}
