package org.theopy.voice.plugin.vosk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.theopy.voice.spi.Transcript;

/**
 * Turns the JSON strings a Vosk recognizer returns into {@link Transcript}s.
 *
 * <p>A final result (with words enabled) reads {@code {"result": [{"conf": 0.98, "end": 1.02,
 * "start": 0.5, "word": "what"}, ...], "text": "what ..."}}; a partial one reads {@code {"partial":
 * "what is"}}. An utterance may come back in several final results when Vosk detects a pause inside
 * it, so the pieces are collected with {@link Builder} and joined.
 */
final class VoskResult {

  private VoskResult() {}

  /**
   * Reads the text of a partial result.
   *
   * @param json what {@code getPartialResult()} returned
   * @return the partial text, possibly empty
   * @throws IllegalArgumentException when the JSON is malformed
   */
  static String partialText(String json) {
    Object value = asMap(Json.parse(json)).get("partial");
    return value instanceof String s ? s.trim() : "";
  }

  private static Map<?, ?> asMap(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalArgumentException("Vosk result is not a JSON object");
  }

  /**
   * Collects the final results of one utterance.
   *
   * <p>Vosk gives word times in seconds from the moment the recognizer was made; {@code
   * offsetMillis} is added to them (negative: it takes back what the recognizer heard before this
   * utterance and the padding fed before the audio), and times are kept within 0 and {@code
   * limitMillis}.
   */
  static final class Builder {

    private final long offsetMillis;
    private final long limitMillis;
    private final StringBuilder text = new StringBuilder();
    private final List<Transcript.Word> words = new ArrayList<>();

    Builder(long offsetMillis, long limitMillis) {
      this.offsetMillis = offsetMillis;
      this.limitMillis = limitMillis;
    }

    /**
     * Adds one final result.
     *
     * @param json what {@code getResult()} or {@code getFinalResult()} returned
     * @return this builder
     * @throws IllegalArgumentException when the JSON is malformed
     */
    Builder add(String json) {
      Map<?, ?> result = asMap(Json.parse(json));
      if (result.get("text") instanceof String piece && !piece.isBlank()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(piece.trim());
      }
      if (result.get("result") instanceof List<?> list) {
        for (Object item : list) {
          words.add(word(asMap(item)));
        }
      }
      return this;
    }

    /**
     * Returns the text so far, for partial results.
     *
     * @return the joined text of the results added
     */
    String text() {
      return text.toString();
    }

    /**
     * Builds the transcript: the joined text, the words, and as confidence the mean of the words'
     * confidences (NaN when there are no words).
     *
     * @return the transcript
     */
    Transcript build() {
      double confidence =
          words.stream().mapToDouble(Transcript.Word::confidence).average().orElse(Double.NaN);
      return new Transcript(text.toString(), confidence, words, List.of());
    }

    private Transcript.Word word(Map<?, ?> w) {
      String word = w.get("word") instanceof String s ? s : "";
      long start = clamp(millis(w.get("start")));
      long end = Math.max(start, clamp(millis(w.get("end"))));
      double conf = w.get("conf") instanceof Double d ? Math.max(0, Math.min(1, d)) : Double.NaN;
      return new Transcript.Word(word, start, end, conf);
    }

    private long millis(Object seconds) {
      return seconds instanceof Double d ? Math.round(d * 1000) + offsetMillis : 0;
    }

    private long clamp(long millis) {
      return Math.max(0, Math.min(limitMillis, millis));
    }
  }
}
