package org.theopy.voice.core.metrics;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word error rate: the word-level edit distance between a reference text and what a speech-to-text
 * engine heard, divided by the number of reference words.
 *
 * <p>Both texts are first {@linkplain #normalize(String) normalised} so that case, punctuation and
 * the way numbers are written do not count as errors ({@code "Set a timer for 5 minutes."} and
 * {@code "set a timer for five minutes"} match exactly). The alignment minimises substitutions +
 * deletions + insertions; among alignments of equal cost it prefers substitutions.
 *
 * <p>This class is stateless and every method is safe to call from any thread.
 */
public final class WordErrorRate {

  private static final String[] ONES = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] SCALES = {
    "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"
  };

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final Pattern DIGITS_OR_LETTERS = Pattern.compile("\\d+|[^\\d]+");

  private WordErrorRate() {}

  /**
   * The counts of one alignment, or of several added together with {@link #plus(Result)}.
   *
   * <p>An immutable value, safe to share between threads.
   *
   * @param substitutions reference words replaced by a different word
   * @param deletions reference words the hypothesis left out
   * @param insertions hypothesis words with no reference counterpart
   * @param referenceWords number of words in the normalised reference(s)
   */
  public record Result(int substitutions, int deletions, int insertions, int referenceWords) {

    /** An empty result: no words and no errors; the starting point of a corpus sum. */
    public static final Result EMPTY = new Result(0, 0, 0, 0);

    /**
     * Checks that no count is negative.
     *
     * @throws IllegalArgumentException when a count is negative, naming it and its value
     */
    public Result {
      requireNonNegative("substitutions", substitutions);
      requireNonNegative("deletions", deletions);
      requireNonNegative("insertions", insertions);
      requireNonNegative("referenceWords", referenceWords);
      if (substitutions + deletions > referenceWords) {
        throw new IllegalArgumentException(
            "substitutions + deletions ("
                + (substitutions + deletions)
                + ") cannot exceed referenceWords ("
                + referenceWords
                + ")");
      }
    }

    /**
     * Returns the number of errors: substitutions + deletions + insertions.
     *
     * @return the edit distance in words
     */
    public int errors() {
      return substitutions + deletions + insertions;
    }

    /**
     * Returns the number of reference words the hypothesis got right.
     *
     * @return {@code referenceWords - substitutions - deletions}
     */
    public int correct() {
      return referenceWords - substitutions - deletions;
    }

    /**
     * Returns the word error rate: {@code errors() / referenceWords}. It can exceed 1 when the
     * hypothesis has many insertions.
     *
     * <p>With no reference words there is nothing to divide by: the rate is 0 when there is no
     * error (both texts empty) and 1 otherwise (everything heard was wrong).
     *
     * @return the rate, 0 for a perfect match
     */
    public double rate() {
      if (referenceWords == 0) {
        return errors() == 0 ? 0.0 : 1.0;
      }
      return (double) errors() / referenceWords;
    }

    /**
     * Adds another result to this one, for a corpus-level rate (the total errors over the total
     * reference words, not a mean of per-utterance rates).
     *
     * @param other the result to add
     * @return a new result with each count summed
     * @throws NullPointerException when {@code other} is null
     */
    public Result plus(Result other) {
      Objects.requireNonNull(other, "other");
      return new Result(
          substitutions + other.substitutions,
          deletions + other.deletions,
          insertions + other.insertions,
          referenceWords + other.referenceWords);
    }

    private static void requireNonNegative(String name, int value) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
      }
    }
  }

  /**
   * Aligns a hypothesis against a reference after normalising both, and counts the errors.
   *
   * @param reference the text that was actually said; a null is treated as empty
   * @param hypothesis the text the engine produced; a null is treated as empty
   * @return the substitution, deletion and insertion counts and the reference length
   */
  public static Result compute(String reference, String hypothesis) {
    return computeWords(words(reference), words(hypothesis));
  }

  /**
   * Aligns two word sequences as given, without normalising them.
   *
   * @param reference the reference words
   * @param hypothesis the hypothesis words
   * @return the counts of the cheapest alignment
   * @throws NullPointerException when a list or one of its words is null
   */
  public static Result computeWords(List<String> reference, List<String> hypothesis) {
    String[] ref = reference.toArray(new String[0]);
    String[] hyp = hypothesis.toArray(new String[0]);
    int n = ref.length;
    int m = hyp.length;
    // cost[i][j]: cheapest alignment of ref[0..i) with hyp[0..j)
    int[][] cost = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      cost[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int diagonal = cost[i - 1][j - 1] + (ref[i - 1].equals(hyp[j - 1]) ? 0 : 1);
        int deletion = cost[i - 1][j] + 1;
        int insertion = cost[i][j - 1] + 1;
        cost[i][j] = Math.min(diagonal, Math.min(deletion, insertion));
      }
    }

    int substitutions = 0;
    int deletions = 0;
    int insertions = 0;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0) {
        boolean same = ref[i - 1].equals(hyp[j - 1]);
        if (cost[i][j] == cost[i - 1][j - 1] + (same ? 0 : 1)) {
          if (!same) {
            substitutions++;
          }
          i--;
          j--;
          continue;
        }
      }
      if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
        deletions++;
        i--;
      } else {
        insertions++;
        j--;
      }
    }
    return new Result(substitutions, deletions, insertions, n);
  }

  /**
   * Splits a text into its normalised words.
   *
   * @param text any text; null is treated as empty
   * @return the words of {@link #normalize(String)}, possibly empty
   */
  public static List<String> words(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
  }

  /**
   * Normalises a text for scoring: Unicode compatibility forms folded, lower case, numbers written
   * as words, punctuation removed and whitespace collapsed to single spaces.
   *
   * <p>Numbers: {@code "5"} becomes {@code "five"}, {@code "25"} {@code "twenty five"}, {@code
   * "1,200"} {@code "one thousand two hundred"}, {@code "3.5"} {@code "three point five"}, {@code
   * "10:30"} {@code "ten thirty"}, {@code "7:05"} {@code "seven oh five"}, {@code "7:00"} {@code
   * "seven oclock"}, and ordinals such as {@code "21st"} {@code "twenty first"}. Years are read as
   * cardinals ({@code "1990"} becomes {@code "one thousand nine hundred ninety"}), so a reference
   * that writes a year in digits scores against a hypothesis that spells it "nineteen ninety" as
   * errors; write such references in words. Apostrophes are dropped inside words ({@code "don't"}
   * becomes {@code "dont"}); other punctuation separates words; {@code "%"} is read as "percent"
   * and {@code "&"} as "and".
   *
   * @param text any text; null is treated as empty
   * @return the normalised text, empty when nothing is left
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    folded = folded.replace("%", " percent ").replace("&", " and ").replace('\u2019', '\'');
    List<String> out = new ArrayList<>();
    for (String token : folded.split("\\s+")) {
      normalizeToken(trimPunctuation(token), out);
    }
    return String.join(" ", out);
  }

  private static String trimPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  private static void normalizeToken(String token, List<String> out) {
    if (token.isEmpty()) {
      return;
    }
    Matcher time = TIME.matcher(token);
    if (time.matches()) {
      appendTime(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)), out);
      return;
    }
    Matcher ordinal = ORDINAL.matcher(token);
    if (ordinal.matches()) {
      List<String> words = cardinal(new BigInteger(ordinal.group(1)));
      int last = words.size() - 1;
      words.set(last, ordinalOf(words.get(last)));
      out.addAll(words);
      return;
    }
    if (GROUPED.matcher(token).matches()) {
      out.addAll(cardinal(new BigInteger(token.replace(",", ""))));
      return;
    }
    Matcher decimal = DECIMAL.matcher(token);
    if (decimal.matches()) {
      out.addAll(cardinal(new BigInteger(decimal.group(1))));
      out.add("point");
      for (char digit : decimal.group(2).toCharArray()) {
        out.add(ONES[digit - '0']);
      }
      return;
    }
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c != '\'') {
        word.append(' ');
      }
    }
    for (String part : word.toString().trim().split("\\s+")) {
      if (part.isEmpty()) {
        continue;
      }
      Matcher pieces = DIGITS_OR_LETTERS.matcher(part);
      while (pieces.find()) {
        String piece = pieces.group();
        if (Character.isDigit(piece.charAt(0)) && piece.chars().allMatch(c -> c < 128)) {
          out.addAll(cardinal(new BigInteger(piece)));
        } else {
          out.add(piece);
        }
      }
    }
  }

  private static void appendTime(int hours, int minutes, List<String> out) {
    out.addAll(cardinal(BigInteger.valueOf(hours)));
    if (minutes == 0) {
      out.add("oclock");
    } else if (minutes < 10) {
      out.add("oh");
      out.add(ONES[minutes]);
    } else {
      out.addAll(cardinal(BigInteger.valueOf(minutes)));
    }
  }

  /** Writes a non-negative integer in words, American style (no "and"). */
  private static List<String> cardinal(BigInteger value) {
    List<String> words = new ArrayList<>();
    if (value.signum() == 0) {
      words.add(ONES[0]);
      return words;
    }
    BigInteger thousand = BigInteger.valueOf(1000);
    List<Integer> groups = new ArrayList<>();
    BigInteger rest = value;
    while (rest.signum() > 0) {
      groups.add(rest.mod(thousand).intValue());
      rest = rest.divide(thousand);
    }
    if (groups.size() > SCALES.length) {
      // Too large to name: read it digit by digit, as people do with long codes.
      for (char digit : value.toString().toCharArray()) {
        words.add(ONES[digit - '0']);
      }
      return words;
    }
    for (int scale = groups.size() - 1; scale >= 0; scale--) {
      int group = groups.get(scale);
      if (group == 0) {
        continue;
      }
      appendBelowThousand(group, words);
      if (scale > 0) {
        words.add(SCALES[scale]);
      }
    }
    return words;
  }

  private static void appendBelowThousand(int value, List<String> words) {
    int hundreds = value / 100;
    int rest = value % 100;
    if (hundreds > 0) {
      words.add(ONES[hundreds]);
      words.add("hundred");
    }
    if (rest >= 20) {
      words.add(TENS[rest / 10]);
      if (rest % 10 != 0) {
        words.add(ONES[rest % 10]);
      }
    } else if (rest > 0) {
      words.add(ONES[rest]);
    }
  }

  private static String ordinalOf(String cardinal) {
    switch (cardinal) {
      case "one":
        return "first";
      case "two":
        return "second";
      case "three":
        return "third";
      case "five":
        return "fifth";
      case "eight":
        return "eighth";
      case "nine":
        return "ninth";
      case "twelve":
        return "twelfth";
      default:
        if (cardinal.endsWith("y")) {
          return cardinal.substring(0, cardinal.length() - 1) + "ieth";
        }
        return cardinal + "th";
    }
  }
}
