package org.theopy.voice.plugin.openai.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.theopy.voice.spi.ConfigKey;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;

/**
 * The settings both remote engines share: where the server is, how to authenticate and how long to
 * wait. Immutable; the API key never appears in {@link #toString()}.
 *
 * @param engineId the engine these settings belong to
 * @param baseUri the API's base URL, ending before {@code /audio/...}
 * @param model the model name sent with each request
 * @param apiKey the bearer token, empty when the server needs none
 * @param apiKeySource where the key came from, for diagnostics ("setting api.key", "environment
 *     variable OPENAI_API_KEY", "none")
 * @param connectTimeout the limit on opening a connection
 * @param readTimeout the limit on a whole request, from sending to the last byte of the reply
 * @param healthUri what the health check requests
 * @param healthTimeout the limit on the health check
 */
public record Settings(
    String engineId,
    URI baseUri,
    String model,
    Optional<String> apiKey,
    String apiKeySource,
    Duration connectTimeout,
    Duration readTimeout,
    URI healthUri,
    Duration healthTimeout) {

  /** Key: base URL. */
  public static final String BASE_URL = "base.url";

  /** Key: model. */
  public static final String MODEL = "model";

  /** Key: API key. */
  public static final String API_KEY = "api.key";

  /** Key: environment variable holding the API key. */
  public static final String API_KEY_ENV = "api.key.env";

  /** Key: connect time limit. */
  public static final String CONNECT_TIMEOUT = "connect.timeout";

  /** Key: request time limit. */
  public static final String READ_TIMEOUT = "read.timeout";

  /** Key: health URL. */
  public static final String HEALTH_URL = "health.url";

  /** Key: health time limit. */
  public static final String HEALTH_TIMEOUT = "health.timeout";

  /** The OpenAI API. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  /** The environment variable read when {@code api.key} is not set. */
  public static final String DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";

  /**
   * Documents the shared keys.
   *
   * @param defaultModel the engine's default model
   * @return the keys
   */
  public static List<ConfigKey> keys(String defaultModel) {
    return List.of(
        ConfigKey.of(
            BASE_URL,
            "Base URL of the OpenAI-compatible API, up to and including the version path (a"
                + " whisper.cpp, faster-whisper, LocalAI or vLLM server works too).",
            DEFAULT_BASE_URL),
        ConfigKey.of(MODEL, "Model name sent with each request.", defaultModel),
        ConfigKey.secret(
            API_KEY,
            "API key sent as a bearer token. Prefer api.key.env so that the key stays out of"
                + " configuration files; leave both unset for servers that need no key."),
        ConfigKey.of(
            API_KEY_ENV,
            "Name of the environment variable holding the API key, read when api.key is unset.",
            DEFAULT_API_KEY_ENV),
        ConfigKey.of(
            CONNECT_TIMEOUT, "Time limit on opening a connection, such as 3s or 500ms.", "5s"),
        ConfigKey.of(
            READ_TIMEOUT,
            "Time limit on a whole request, from sending it to the reply's last byte.",
            "30s"),
        ConfigKey.of(
            HEALTH_URL,
            "URL the health check requests with GET; it should cost nothing (default: the"
                + " models listing under base.url).",
            null),
        ConfigKey.of(HEALTH_TIMEOUT, "Time limit on the health check.", "1s"));
  }

  /**
   * Reads the shared settings.
   *
   * @param engineId the engine
   * @param config its configuration
   * @param defaultModel the model used when none is configured
   * @param environment reads an environment variable (normally {@link System#getenv(String)})
   * @return the settings
   * @throws EngineConfigurationException when a setting is malformed
   */
  public static Settings read(
      String engineId,
      EngineConfig config,
      String defaultModel,
      Function<String, String> environment) {
    EngineConfig c = config.forEngine(engineId);
    URI base = uri(engineId, BASE_URL, c.getString(BASE_URL, DEFAULT_BASE_URL));
    String baseText = base.toString().replaceAll("/+$", "");
    base = URI.create(baseText);

    Optional<String> key = c.get(API_KEY);
    String source = "setting " + API_KEY;
    if (key.isEmpty()) {
      String variable = c.getString(API_KEY_ENV, DEFAULT_API_KEY_ENV);
      String value = environment.apply(variable);
      key = value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
      source = key.isPresent() ? "environment variable " + variable : "none";
    }
    Duration connect = positive(engineId, c, CONNECT_TIMEOUT, Duration.ofSeconds(5));
    Duration read = positive(engineId, c, READ_TIMEOUT, Duration.ofSeconds(30));
    URI health =
        c.get(HEALTH_URL)
            .map(u -> uri(engineId, HEALTH_URL, u))
            .orElse(URI.create(baseText + "/models"));
    Duration healthTimeout = positive(engineId, c, HEALTH_TIMEOUT, Duration.ofSeconds(1));
    return new Settings(
        engineId,
        base,
        c.getString(MODEL, defaultModel),
        key,
        source,
        connect,
        read,
        health,
        healthTimeout);
  }

  /**
   * Resolves a path under the base URL.
   *
   * @param path such as {@code /audio/speech}
   * @return the endpoint
   */
  public URI endpoint(String path) {
    return URI.create(baseUri + path);
  }

  private static URI uri(String engineId, String key, String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")
          || uri.getHost() == null
          || uri.getRawUserInfo() != null) {
        throw new EngineConfigurationException(
            engineId,
            "setting '"
                + key
                + "' must be an http or https URL without user info, got '"
                + (uri.getRawUserInfo() == null ? value : "(a URL with user info)")
                + "'",
            null);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new EngineConfigurationException(
          engineId, "setting '" + key + "' is not a URL: " + e.getMessage(), e);
    }
  }

  private static Duration positive(
      String engineId, EngineConfig c, String key, Duration defaultValue) {
    Duration value = c.getDuration(key, defaultValue);
    if (value.isZero()) {
      throw new EngineConfigurationException(
          engineId, "setting '" + key + "' must be above zero", null);
    }
    return value;
  }

  /**
   * Describes the settings without the API key's value.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Settings["
        + engineId
        + " "
        + baseUri
        + ", model "
        + model
        + ", API key "
        + (apiKey.isPresent() ? "from " + apiKeySource + " (masked)" : "not set")
        + ", connect "
        + connectTimeout.toMillis()
        + " ms, read "
        + readTimeout.toMillis()
        + " ms]";
  }
}
