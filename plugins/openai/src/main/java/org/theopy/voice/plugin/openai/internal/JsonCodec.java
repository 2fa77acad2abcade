package org.theopy.voice.plugin.openai.internal;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
import java.util.ServiceConfigurationError;
import org.theopy.voice.spi.EngineConfigurationException;

/**
 * Reads the audio API's JSON replies and gives the JSON-P provider for writing requests.
 *
 * <p>Parsing is done by the Jakarta JSON Processing implementation found by {@link
 * JsonProvider#provider()} (Eclipse Parsson by default; it declares itself as a service, so it is
 * found on the class path and on the module path alike). The provider is looked up once. Reading is
 * strict: a reply must be exactly one JSON value, with nothing but blanks after it, and must be
 * nested fewer than {@value #MAX_DEPTH} levels deep, so that a hostile server cannot exhaust the
 * stack. Thread-safe.
 */
public final class JsonCodec {

  /** Parsson's depth limit: a reply nested this many levels deep or more is refused. */
  static final int MAX_DEPTH = 64;

  /** Parsson's setting for the maximum nesting depth; other providers ignore it. */
  private static final String PARSSON_MAX_DEPTH = "org.eclipse.parsson.maxDepth";

  /** The provider, or {@code null} when none is installed ({@link #MISSING} says why). */
  private static final JsonProvider PROVIDER;

  private static final Throwable MISSING;

  private static final JsonParserFactory PARSERS;

  static {
    JsonProvider found = null;
    Throwable missing = null;
    try {
      found = JsonProvider.provider();
    } catch (JsonException | ServiceConfigurationError e) {
      // No implementation, or one that ServiceLoader found but cannot use (such as a second
      // copy of the API in another class loader): engines then fail with a clear message.
      missing = e;
    }
    PROVIDER = found;
    MISSING = missing;
    PARSERS =
        found == null ? null : found.createParserFactory(Map.of(PARSSON_MAX_DEPTH, MAX_DEPTH));
  }

  private JsonCodec() {}

  /**
   * Checks that a JSON-P implementation is installed; engines call it when they are created.
   *
   * @param engineId the engine being created, for the message
   * @throws EngineConfigurationException when no implementation was found
   */
  public static void requireProvider(String engineId) {
    if (PROVIDER == null) {
      throw new EngineConfigurationException(
          engineId,
          "no Jakarta JSON Processing implementation was found ("
              + MISSING.getMessage()
              + "); put org.eclipse.parsson:parsson, which this plugin depends on, on the class"
              + " path or module path",
          MISSING);
    }
  }

  /**
   * Returns the JSON-P provider, for building request bodies.
   *
   * @return the provider, the same on every call
   * @throws IllegalStateException when no implementation is installed
   */
  public static JsonProvider provider() {
    if (PROVIDER == null) {
      throw new IllegalStateException("no Jakarta JSON Processing implementation", MISSING);
    }
    return PROVIDER;
  }

  /**
   * Parses a document that must be one complete JSON value.
   *
   * @param text the JSON text
   * @return the value
   * @throws IllegalArgumentException when the text is empty, not JSON, has text after the value or
   *     is nested too deeply; the message says where and what
   */
  public static JsonValue parse(String text) {
    if (PARSERS == null) {
      throw new IllegalStateException("no Jakarta JSON Processing implementation", MISSING);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("malformed JSON: the document is empty");
    }
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      try {
        if (parser.hasNext()) {
          throw new IllegalArgumentException("malformed JSON: unexpected text after the document");
        }
      } catch (JsonParsingException e) {
        throw new IllegalArgumentException(
            describe(e, "unexpected text after the document (" + e.getMessage() + ")"), e);
      }
      return value;
    } catch (JsonParsingException e) {
      throw new IllegalArgumentException(describe(e, e.getMessage()), e);
    } catch (JsonException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      // Parsson reports a document nested deeper than its limit with a plain RuntimeException
      // ("Input is too deeply nested 64"); nothing but the parser reading a string runs here.
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
  }

  /** The problem with the parser's location in front, as line and column. */
  private static String describe(JsonParsingException e, String message) {
    JsonLocation at = e.getLocation();
    String problem =
        String.valueOf(message)
            .replaceFirst(" at \\(line no=-?\\d+, column no=-?\\d+, offset=-?\\d+\\)", "");
    if (at == null || at.getLineNumber() < 1 || at.getColumnNumber() < 1) {
      return "malformed JSON: " + problem;
    }
    return "malformed JSON at line "
        + at.getLineNumber()
        + ", column "
        + at.getColumnNumber()
        + ": "
        + problem;
  }
}
