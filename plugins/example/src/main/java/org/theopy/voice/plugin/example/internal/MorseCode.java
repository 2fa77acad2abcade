package org.theopy.voice.plugin.example.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The international Morse code table (ITU-R M.1677-1) and its timing: a dot lasts one unit, a dash
 * three, the gap inside a character one, between characters three and between words seven.
 */
public final class MorseCode {

  private static final Map<Character, String> ENCODE = new HashMap<>();
  private static final Map<String, Character> DECODE = new HashMap<>();

  static {
    String[] table = {
      "A.-",
      "B-...",
      "C-.-.",
      "D-..",
      "E.",
      "F..-.",
      "G--.",
      "H....",
      "I..",
      "J.---",
      "K-.-",
      "L.-..",
      "M--",
      "N-.",
      "O---",
      "P.--.",
      "Q--.-",
      "R.-.",
      "S...",
      "T-",
      "U..-",
      "V...-",
      "W.--",
      "X-..-",
      "Y-.--",
      "Z--..",
      "0-----",
      "1.----",
      "2..---",
      "3...--",
      "4....-",
      "5.....",
      "6-....",
      "7--...",
      "8---..",
      "9----.",
      "..-.-.-",
      ",--..--",
      "?..--..",
      "'.----.",
      "/-..-.",
      "(-.--.",
      ")-.--.-",
      ":---...",
      "=-...-",
      "+.-.-.",
      "--....-",
      "\".-..-.",
      "@.--.-."
    };
    for (String entry : table) {
      char symbol = entry.charAt(0);
      String code = entry.substring(1);
      ENCODE.put(symbol, code);
      DECODE.put(code, symbol);
    }
  }

  private MorseCode() {}

  /**
   * Returns the code of a character, ignoring case.
   *
   * @param c the character
   * @return dots and dashes, or {@code null} when Morse code has no sign for it
   */
  public static String encode(char c) {
    return ENCODE.get(Character.toUpperCase(c));
  }

  /**
   * Returns the character of a code.
   *
   * @param code dots and dashes
   * @return the lower-case character, or {@code null} for an unknown code
   */
  public static Character decode(String code) {
    Character c = DECODE.get(code);
    return c == null ? null : String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
  }

  /**
   * Returns the length of one unit at a speed, by the PARIS convention (50 units a word).
   *
   * @param wordsPerMinute the speed
   * @return the unit in milliseconds
   */
  public static double unitMillis(int wordsPerMinute) {
    return 1200.0 / wordsPerMinute;
  }
}
