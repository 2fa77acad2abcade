package org.theopy.voice.plugin.vosk.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import org.theopy.voice.spi.Transcript;

/**
 * Turns the JSON strings a Vosk recognizer returns into {@link Transcript}s.
 *
 * <p>A final result (with words enabled) reads {@code {"result": [{"conf": 0.98, "end": 1.02,
 * "start": 0.5, "word": "what"}, ...], "text": "what ..."}}; a partial one reads {@code {"partial":
 * "what is"}}. An utterance may come back in several final results when Vosk detects a pause inside
 * it, so the pieces are collected with {@link Builder} and joined.
 *
 * <p>The JSON is read with Jakarta JSON Processing; its implementation (Eclipse Parsson by default)
 * is looked up once through {@link JsonProvider#provider()}, which finds it on the class path and
 * on the module path alike.
 */
final class VoskResult {

  /** Vosk's results are two levels deep; a document deeper than this is not one of them. */
  private static final int MAX_DEPTH = 16;

  /** The parsers, or {@code null} when no JSON-P implementation is installed. */
  private static final JsonParserFactory PARSERS;

  /** Why there are no parsers, or {@code null}. */
  private static final Throwable MISSING;

  static {
    JsonParserFactory parsers = null;
    Throwable missing = null;
    try {
      parsers =
          JsonProvider.provider()
              .createParserFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));
    } catch (JsonException | ServiceConfigurationError e) {
      // No implementation, or one that ServiceLoader found but cannot use (such as a second
      // copy of the API in another class loader): engines then fail with a clear message.
      missing = e;
    }
    PARSERS = parsers;
    MISSING = missing;
  }

  private VoskResult() {}

  /**
   * Reads the text of a partial result.
   *
   * @param json what {@code getPartialResult()} returned
   * @return the partial text, possibly empty
   * @throws IllegalArgumentException when the JSON is malformed
   */
  static String partialText(String json) {
    return parse(json).getString("partial", "").trim();
  }

  /**
   * Parses one result, which must be a single JSON object and nothing after it.
   *
   * @throws IllegalArgumentException when it is not, with the parser's message and position
   */
  static JsonObject parse(String json) {
    if (PARSERS == null) {
      throw new IllegalArgumentException(
          "no Jakarta JSON Processing implementation was found ("
              + MISSING.getMessage()
              + "); put org.eclipse.parsson:parsson, which this plugin depends on, on the class"
              + " path or module path",
          MISSING);
    }
    JsonValue value;
    try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
      parser.next();
      value = parser.getValue();
      if (parser.hasNext()) {
        throw new IllegalArgumentException("malformed Vosk result: text after the JSON document");
      }
    } catch (JsonParsingException e) {
      throw new IllegalArgumentException("malformed Vosk result: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // JsonException, NoSuchElementException for an empty text, and Parsson's plain
      // RuntimeException for a document nested too deeply: nothing else runs here.
      throw new IllegalArgumentException("malformed Vosk result: " + e, e);
    }
    if (value instanceof JsonObject object) {
      return object;
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
      JsonObject result = parse(json);
      String piece = result.getString("text", "");
      if (!piece.isBlank()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(piece.trim());
      }
      if (result.get("result") instanceof JsonArray list) {
        for (JsonValue item : list) {
          if (!(item instanceof JsonObject word)) {
            throw new IllegalArgumentException("Vosk result has a word that is not a JSON object");
          }
          words.add(word(word));
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

    private Transcript.Word word(JsonObject w) {
      String word = w.getString("word", "");
      long start = clamp(millis(w.get("start")));
      long end = Math.max(start, clamp(millis(w.get("end"))));
      double conf =
          w.get("conf") instanceof JsonNumber n
              ? Math.max(0, Math.min(1, n.doubleValue()))
              : Double.NaN;
      return new Transcript.Word(word, start, end, conf);
    }

    private long millis(JsonValue seconds) {
      return seconds instanceof JsonNumber n
          ? Math.round(n.doubleValue() * 1000) + offsetMillis
          : 0;
    }

    private long clamp(long millis) {
      return Math.max(0, Math.min(limitMillis, millis));
    }
  }
}
