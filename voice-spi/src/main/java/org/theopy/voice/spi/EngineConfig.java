package org.theopy.voice.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings an engine is created from: string keys and values, with typed readers that fail with
 * a message naming the key and the expected form.
 *
 * <p>Keys are relative to the engine: the core strips a prefix such as {@code theopy.engine.vosk.}
 * before handing the settings to the Vosk provider, which then reads {@code model.path}. Instances
 * are immutable and safe to share between threads.
 */
public final class EngineConfig {

  private static final EngineConfig EMPTY = new EngineConfig(null, Map.of());

  private final String engineId;
  private final Map<String, String> values;

  private EngineConfig(String engineId, Map<String, String> values) {
    this.engineId = engineId;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Returns a configuration with no settings.
   *
   * @return the empty configuration
   */
  public static EngineConfig empty() {
    return EMPTY;
  }

  /**
   * Creates a configuration.
   *
   * @param values the settings; {@code null} keys or values are rejected
   * @return the configuration
   * @throws NullPointerException when a key or value is {@code null}
   */
  public static EngineConfig of(Map<String, String> values) {
    return new EngineConfig(null, values);
  }

  /**
   * Returns a copy whose error messages name the engine.
   *
   * @param engineId the engine these settings belong to
   * @return the copy
   */
  public EngineConfig forEngine(String engineId) {
    return new EngineConfig(engineId, values);
  }

  /**
   * Returns a copy with one setting added or replaced.
   *
   * @param key the key
   * @param value the value
   * @return the copy
   */
  public EngineConfig with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    return new EngineConfig(engineId, copy);
  }

  /**
   * Returns every setting.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * Returns the keys present.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return values.keySet();
  }

  /**
   * Returns a setting, with surrounding blanks removed; a blank value counts as absent.
   *
   * @param key the key
   * @return the value, if present and not blank
   */
  public Optional<String> get(String key) {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.trim());
  }

  /**
   * Returns a setting or a default.
   *
   * @param key the key
   * @param defaultValue returned when the setting is absent
   * @return the value
   */
  public String getString(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /**
   * Returns a setting that must be present.
   *
   * @param key the key
   * @return the value
   * @throws EngineConfigurationException when the setting is absent or blank
   */
  public String require(String key) {
    return get(key).orElseThrow(() -> error(key, "is required but not set", null));
  }

  /**
   * Returns an integer setting within bounds.
   *
   * @param key the key
   * @param defaultValue returned when the setting is absent
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   * @throws EngineConfigurationException when the value is not an integer or is out of bounds
   */
  public int getInt(String key, int defaultValue, int min, int max) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw.get());
    } catch (NumberFormatException e) {
      throw error(key, "must be an integer, got '" + raw.get() + "'", e);
    }
    if (value < min || value > max) {
      throw error(key, "must be between " + min + " and " + max + ", got " + value, null);
    }
    return value;
  }

  /**
   * Returns a decimal setting within bounds.
   *
   * @param key the key
   * @param defaultValue returned when the setting is absent
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   * @throws EngineConfigurationException when the value is not a number or is out of bounds
   */
  public double getDouble(String key, double defaultValue, double min, double max) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    double value;
    try {
      value = Double.parseDouble(raw.get());
    } catch (NumberFormatException e) {
      throw error(key, "must be a number, got '" + raw.get() + "'", e);
    }
    if (Double.isNaN(value) || value < min || value > max) {
      throw error(key, "must be between " + min + " and " + max + ", got " + raw.get(), null);
    }
    return value;
  }

  /**
   * Returns a boolean setting: {@code true} or {@code false}, ignoring case.
   *
   * @param key the key
   * @param defaultValue returned when the setting is absent
   * @return the value
   * @throws EngineConfigurationException for any other value
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    return switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error(key, "must be true or false, got '" + raw.get() + "'", null);
    };
  }

  /**
   * Returns a duration setting, written as milliseconds ({@code 250}), with a unit ({@code 250ms},
   * {@code 2s}, {@code 1m}) or in ISO-8601 ({@code PT2S}).
   *
   * @param key the key
   * @param defaultValue returned when the setting is absent
   * @return the value, never negative
   * @throws EngineConfigurationException when the value cannot be read or is negative
   */
  public Duration getDuration(String key, Duration defaultValue) {
    Optional<String> raw = get(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Duration value = parseDuration(key, raw.get().toLowerCase(Locale.ROOT));
    if (value.isNegative()) {
      throw error(key, "must not be negative, got '" + raw.get() + "'", null);
    }
    return value;
  }

  private Duration parseDuration(String key, String text) {
    try {
      if (text.startsWith("pt") || text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).trim()));
      }
      if (text.endsWith("s")) {
        return Duration.ofMillis(
            Math.round(Double.parseDouble(text.substring(0, text.length() - 1).trim()) * 1000));
      }
      if (text.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1).trim()) * 60);
      }
      return Duration.ofMillis(Long.parseLong(text));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw error(key, "must be a duration such as 500ms, 2s, 1m or PT2S, got '" + text + "'", e);
    }
  }

  private EngineConfigurationException error(String key, String problem, Throwable cause) {
    return new EngineConfigurationException(engineId, "setting '" + key + "' " + problem, cause);
  }

  /**
   * Lists the keys only, never the values, so that secrets cannot leak through logs.
   *
   * @return a description naming the keys
   */
  @Override
  public String toString() {
    return "EngineConfig" + values.keySet();
  }
}
