package org.theopy.voice.evaluation.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one evaluation: named figures for the table and for JSON, the per-item details,
 * and the items that failed.
 */
public final class Report {

  /** The JSON-P implementation (Eclipse Parsson by default), looked up once. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Writes indented JSON. */
  private static final JsonWriterFactory WRITERS =
      JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private record Metric(String key, String label, double value, String unit, int decimals) {}

  private final String kind;
  private final String engine;
  private final String dataset;
  private final List<Metric> metrics = new ArrayList<>();
  private final List<Map<String, Object>> items = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * Creates a report.
   *
   * @param kind what was measured: {@code stt}, {@code tts} or {@code intent}
   * @param engine the engine id
   * @param dataset what it was measured on
   */
  public Report(String kind, String engine, String dataset) {
    this.kind = kind;
    this.engine = engine;
    this.dataset = dataset;
  }

  void metric(String key, String label, double value, String unit, int decimals) {
    metrics.add(new Metric(key, label, value, unit, decimals));
  }

  void item(Map<String, Object> item) {
    items.add(item);
  }

  void error(String error) {
    errors.add(error);
  }

  void note(String note) {
    notes.add(note);
  }

  /**
   * Returns a figure by key.
   *
   * @param key the figure's key, such as {@code wer}
   * @return the value
   * @throws IllegalArgumentException when there is no such figure
   */
  public double value(String key) {
    for (Metric m : metrics) {
      if (m.key().equals(key)) {
        return m.value();
      }
    }
    throw new IllegalArgumentException("no figure '" + key + "' in this report");
  }

  /**
   * Returns the errors met on single items.
   *
   * @return the messages
   */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  public void print(PrintStream out) {
    out.printf("%s evaluation of engine '%s' on %s%n", title(), engine, dataset);
    int width = 10;
    for (Metric m : metrics) {
      width = Math.max(width, m.label().length());
    }
    for (Metric m : metrics) {
      String value =
          Double.isFinite(m.value())
              ? String.format(Locale.ROOT, "%." + m.decimals() + "f", m.value())
              : "n/a";
      out.printf(Locale.ROOT, "  %-" + width + "s  %12s %s%n", m.label(), value, m.unit()).flush();
    }
    for (String note : notes) {
      out.println("  " + note);
    }
    if (!errors.isEmpty()) {
      out.printf("  %d item(s) failed:%n", errors.size());
      for (String e : errors.subList(0, Math.min(10, errors.size()))) {
        out.println("    " + e);
      }
      if (errors.size() > 10) {
        out.println("    ... (all of them are in the JSON report)");
      }
    }
  }

  private String title() {
    return switch (kind) {
      case "stt" -> "Speech-to-text";
      case "tts" -> "Text-to-speech";
      default -> "Intent classification";
    };
  }

  /**
   * Returns the report as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", "theopy-evaluation");
    root.put("kind", kind);
    root.put("engine", engine);
    root.put("dataset", dataset);
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Metric m : metrics) {
      boolean count = m.decimals() == 0 && m.value() == Math.rint(m.value());
      figures.put(m.key(), count ? (Object) (long) m.value() : (Object) m.value());
    }
    root.put("metrics", figures);
    root.put("notes", new ArrayList<Object>(notes));
    root.put("errors", new ArrayList<Object>(errors));
    root.put("items", new ArrayList<Object>(items));
    StringWriter out = new StringWriter();
    try (JsonWriter writer = WRITERS.createWriter(out)) {
      writer.write(toJson(root));
    }
    return out.append('\n').toString();
  }

  /**
   * Turns a value into JSON: whole numbers ({@link Long}, {@link Integer}) stay integers; a
   * fraction that is not finite, which JSON cannot hold, becomes {@code null}; lone surrogates in
   * text, which a UTF-8 file cannot hold, become U+FFFD.
   */
  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    } else if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = JSON.createObjectBuilder();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        object.add(text(String.valueOf(e.getKey())), toJson(e.getValue()));
      }
      return object.build();
    } else if (value instanceof List<?> list) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      for (Object item : list) {
        array.add(toJson(item));
      }
      return array.build();
    } else if (value instanceof String s) {
      return JSON.createValue(text(s));
    } else if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? JSON.createValue(d) : JsonValue.NULL;
    } else if (value instanceof Long || value instanceof Integer) {
      return JSON.createValue(((Number) value).longValue());
    }
    throw new IllegalArgumentException("cannot write a " + value.getClass() + " as JSON");
  }

  /** The text with each lone surrogate replaced by U+FFFD, so that it can be encoded in UTF-8. */
  private static String text(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      if (Character.isSurrogate(c) && !paired) {
        if (out == null) {
          out = new StringBuilder(s);
        }
        out.setCharAt(i, '\ufffd');
      }
    }
    return out == null ? s : out.toString();
  }
}
