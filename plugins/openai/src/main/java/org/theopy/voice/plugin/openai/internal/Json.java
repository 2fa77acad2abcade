package org.theopy.voice.plugin.openai.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict JSON reader and string writer, enough for the audio API's replies and requests.
 *
 * <p>The plugin reads a handful of fields from small documents, so it parses RFC 8259 JSON into
 * maps, lists, strings, doubles, booleans and {@code null} rather than depend on a JSON library
 * that an application may already ship in another version. Documents nested deeper than 64 levels
 * are refused so that a hostile server cannot exhaust the stack.
 */
public final class Json {

  private static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses a document.
   *
   * @param text the JSON text
   * @return a {@code Map}, {@code List}, {@code String}, {@code Double}, {@code Boolean} or {@code
   *     null}
   * @throws IllegalArgumentException when the text is not one complete JSON value
   */
  public static Object parse(String text) {
    Json parser = new Json(text);
    parser.skipBlanks();
    Object value = parser.value(0);
    parser.skipBlanks();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected text after the document");
    }
    return value;
  }

  /**
   * Reads a member of an object.
   *
   * @param value an object, or anything else
   * @param name the member's name
   * @return the member, empty when {@code value} is not an object or has no such member
   */
  public static Optional<Object> member(Object value, String name) {
    if (value instanceof Map<?, ?> map) {
      return Optional.ofNullable(map.get(name));
    }
    return Optional.empty();
  }

  /**
   * Reads a string member.
   *
   * @param value an object
   * @param name the member's name
   * @return the string, empty when absent or not a string
   */
  public static Optional<String> string(Object value, String name) {
    return member(value, name).filter(String.class::isInstance).map(String.class::cast);
  }

  /**
   * Reads a number member.
   *
   * @param value an object
   * @param name the member's name
   * @return the number, empty when absent or not a number
   */
  public static Optional<Double> number(Object value, String name) {
    return member(value, name).filter(Double.class::isInstance).map(Double.class::cast);
  }

  /**
   * Reads an array member.
   *
   * @param value an object
   * @param name the member's name
   * @return the elements, empty when absent or not an array
   */
  public static List<?> array(Object value, String name) {
    return member(value, name)
        .filter(List.class::isInstance)
        .map(v -> (List<?>) v)
        .orElse(List.of());
  }

  /**
   * Writes a string as a JSON string literal, escaping quotes, backslashes and control characters.
   *
   * @param value the string
   * @return the quoted literal
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("document is nested deeper than " + MAX_DEPTH + " levels");
    }
    if (pos >= text.length()) {
      throw error("document ends where a value was expected");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipBlanks();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipBlanks();
      if (peek() != '"') {
        throw error("expected a member name");
      }
      String name = string();
      skipBlanks();
      expect(':');
      skipBlanks();
      map.put(name, value(depth + 1));
      skipBlanks();
      char next = peek();
      pos++;
      if (next == '}') {
        return Collections.unmodifiableMap(map);
      }
      if (next != ',') {
        throw error("expected ',' or '}' in an object");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    skipBlanks();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipBlanks();
      list.add(value(depth + 1));
      skipBlanks();
      char next = peek();
      pos++;
      if (next == ']') {
        return Collections.unmodifiableList(list);
      }
      if (next != ',') {
        throw error("expected ',' or ']' in an array");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("string is not terminated");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character inside a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("string is not terminated");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("truncated \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private Double number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    digits();
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      digits();
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  private void digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("expected a digit");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected word");
    }
    pos += word.length();
    return value;
  }

  private void skipBlanks() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("document ends too early");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("malformed JSON at offset " + pos + ": " + problem);
  }
}
