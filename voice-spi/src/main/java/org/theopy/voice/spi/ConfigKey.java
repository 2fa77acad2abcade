package org.theopy.voice.spi;

import java.util.Objects;

/**
 * Documents one setting an engine reads from its {@link EngineConfig}. Providers list their keys in
 * {@link EngineProvider#configurationKeys()} so that tools and documentation can show them and so
 * that a typo in a key can be reported.
 *
 * @param name the key without the engine prefix, such as {@code model.path}
 * @param description what the setting does, its unit and its accepted values
 * @param defaultValue the value used when the setting is absent, or {@code null} when none
 * @param secret {@code true} for credentials: the core masks the value in diagnostics and logs
 */
public record ConfigKey(String name, String description, String defaultValue, boolean secret) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException when the name or description is {@code null}
   */
  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  /**
   * A non-secret key.
   *
   * @param name the key
   * @param description what it does
   * @param defaultValue the default, or {@code null}
   * @return the key
   */
  public static ConfigKey of(String name, String description, String defaultValue) {
    return new ConfigKey(name, description, defaultValue, false);
  }

  /**
   * A secret key (an API key, a password) whose value is never shown.
   *
   * @param name the key
   * @param description what it does
   * @return the key
   */
  public static ConfigKey secret(String name, String description) {
    return new ConfigKey(name, description, null, true);
  }
}
