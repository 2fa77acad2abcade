package org.theopy.voice.plugin.openai.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineException;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineTimeoutException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;

/**
 * Sends requests to an OpenAI-compatible server with the JDK's {@link HttpClient} and turns every
 * failure into the SPI's error classes:
 *
 * <ul>
 *   <li>401 and 403: {@link EngineConfigurationException} (the key is wrong; not retried);
 *   <li>404 and redirects: {@link EngineConfigurationException} (the base URL or model is wrong);
 *   <li>429: {@link EngineUnavailableException} with the {@code Retry-After} delay;
 *   <li>other 4xx: {@link InvalidInputException} (the request is at fault; not retried);
 *   <li>5xx, refused or reset connections, truncated replies: {@link EngineUnavailableException};
 *   <li>no complete reply within the read time limit: {@link EngineTimeoutException}.
 * </ul>
 *
 * <p>The time limit covers the whole exchange, up to the reply's last byte, and an interrupted
 * caller cancels the request at once. Thread-safe.
 */
public final class ApiClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
  private static final int MAX_ERROR_TEXT = 300;

  private final Settings settings;
  private final HttpClient client;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates a client.
   *
   * @param settings where and how to connect
   */
  public ApiClient(Settings settings) {
    this.settings = settings;
    if (settings.apiKey().isPresent()
        && "http".equalsIgnoreCase(settings.baseUri().getScheme())
        && !isLoopback(settings.baseUri().getHost())) {
      LOG.warn(
          "{}: the API key goes to {} over plain http, readable by anyone on the way; use https",
          settings.engineId(),
          settings.baseUri().getHost());
    }
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A successful reply.
   *
   * @param status the HTTP status (2xx)
   * @param contentType the media type without parameters, lower case, empty when absent
   * @param body the reply's bytes
   */
  public record Reply(int status, String contentType, byte[] body) {

    /**
     * Returns the body as UTF-8 text.
     *
     * @return the text
     */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * Sends a request and waits for a 2xx reply.
   *
   * @param request the request, without the authorization header, which is added here
   * @param maxBytes the largest reply accepted
   * @return the reply
   * @throws EngineException of the class the failure maps to (see the class comment)
   */
  public Reply send(HttpRequest.Builder request, long maxBytes) {
    String id = settings.engineId();
    if (closed.get()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    HttpRequest built = authorize(request).timeout(settings.readTimeout()).build();
    long start = System.nanoTime();

    HttpResponse<byte[]> response = exchange(built, maxBytes, settings.readTimeout());
    long millis = (System.nanoTime() - start) / 1_000_000;

    LOG.debug(
        "{}: {} {} answered {} in {} ms",
        id,
        built.method(),
        built.uri().getPath(),
        response.statusCode(),
        millis);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Reply(status, mediaType(response.headers()), response.body());
    }
    throw failure(built, response);
  }

  /**
   * Checks the server without spending money: a GET of the health URL (the models listing by
   * default) within the health time limit. Never throws.
   *
   * @return UP when the server answers 2xx, DEGRADED when it is rate limited, DOWN otherwise
   */
  public EngineHealth health() {
    if (closed.get()) {
      return EngineHealth.down("engine is closed");
    }
    HttpRequest request =
        authorize(HttpRequest.newBuilder(settings.healthUri()).GET())
            .timeout(settings.healthTimeout())
            .build();
    String where = settings.healthUri().getHost() + settings.healthUri().getPath();
    try {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = exchange(request, 1 << 20, settings.healthTimeout());
      long millis = (System.nanoTime() - start) / 1_000_000;
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return EngineHealth.up();
      }
      if (status == 401 || status == 403) {
        return EngineHealth.down(
            where
                + " refused the API key (HTTP "
                + status
                + ", key from "
                + settings.apiKeySource()
                + "); check the key");
      }
      if (status == 429) {
        return EngineHealth.degraded(
            where
                + " is rate limiting (HTTP 429"
                + retryAfter(response.headers())
                    .map(d -> ", retry after " + d.toSeconds() + " s")
                    .orElse("")
                + ")");
      }
      return EngineHealth.down(
          where
              + " answered HTTP "
              + status
              + " in "
              + millis
              + " ms"
              + (status == 404 ? "; set health.url to an address that answers GET" : ""));
    } catch (EngineException e) {
      return EngineHealth.down(e.getMessage());
    } catch (RuntimeException e) {
      return EngineHealth.down("health check of " + where + " failed: " + e);
    }
  }

  /** Cancels nothing in flight but refuses new requests and releases the connection pool. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      // HttpClient gained shutdownNow() in Java 21; this library also runs on 17, where the
      // client's threads end on their own once it is unreachable.
      HttpClient.class.getMethod("shutdownNow").invoke(client);
    } catch (ReflectiveOperationException e) {
      LOG.debug("{}: HTTP client has no shutdownNow() on this Java version", settings.engineId());
    }
  }

  /**
   * Tells whether {@link #close()} was called.
   *
   * @return {@code true} after close
   */
  public boolean isClosed() {
    return closed.get();
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.equals("::1")
        || host.startsWith("127.")
        || host.equals("[::1]");
  }

  private HttpRequest.Builder authorize(HttpRequest.Builder request) {
    settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
    return request.header("User-Agent", "theopy-voice-plugin-openai");
  }

  private HttpResponse<byte[]> exchange(HttpRequest request, long maxBytes, Duration limit) {
    String id = settings.engineId();
    String host = request.uri().getHost() + ":" + port(request);
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(request, info -> new LimitedBody(maxBytes));
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException(
          id, "interrupted while waiting for " + host + "; the request was cancelled", e);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new EngineTimeoutException(id, limit, e);
    } catch (CancellationException e) {
      throw new EngineUnavailableException(id, "request to " + host + " was cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpConnectTimeoutException) {
        throw new EngineUnavailableException(
            id,
            "could not connect to "
                + host
                + " within "
                + settings.connectTimeout().toMillis()
                + " ms",
            cause);
      }
      if (cause instanceof HttpTimeoutException) {
        throw new EngineTimeoutException(id, limit, cause);
      }
      if (cause instanceof ConnectException) {
        throw new EngineUnavailableException(
            id, "connection to " + host + " was refused; is the server running?", cause);
      }
      if (cause instanceof ReplyTooLargeException) {
        throw new EngineUnavailableException(
            id, "reply from " + host + " is larger than " + maxBytes + " bytes", cause);
      }
      if (cause instanceof IOException) {
        throw new EngineUnavailableException(
            id,
            "exchange with "
                + host
                + " failed ("
                + cause.getMessage()
                + "); the connection was reset or the reply was cut short",
            cause);
      }
      throw new EngineUnavailableException(id, "request to " + host + " failed: " + cause, cause);
    }
  }

  private static int port(HttpRequest request) {
    int port = request.uri().getPort();
    if (port >= 0) {
      return port;
    }
    return "https".equalsIgnoreCase(request.uri().getScheme()) ? 443 : 80;
  }

  private EngineException failure(HttpRequest request, HttpResponse<byte[]> response) {
    String id = settings.engineId();
    int status = response.statusCode();
    String path = request.uri().getPath();
    if (status == 401 || status == 403) {
      // The server's own message is left out: some servers quote part of the key.
      return new EngineConfigurationException(
          id,
          "server refused the API key for "
              + path
              + " (HTTP "
              + status
              + ", key from "
              + settings.apiKeySource()
              + "); check the key and its permissions",
          null);
    }
    String detail = errorText(response);
    if (status == 404) {
      return new EngineConfigurationException(
          id,
          "server has no "
              + path
              + " or no model '"
              + settings.model()
              + "' (HTTP 404: "
              + detail
              + "); check base.url and model",
          null);
    }
    if (status >= 300 && status < 400) {
      return new EngineConfigurationException(
          id,
          "server redirects "
              + path
              + " (HTTP "
              + status
              + ") to "
              + response.headers().firstValue("Location").orElse("nowhere")
              + "; set base.url to the final address",
          null);
    }
    if (status == 429) {
      Optional<Duration> wait = retryAfter(response.headers());
      return new EngineUnavailableException(
          id,
          "server is rate limiting (HTTP 429"
              + wait.map(d -> ", retry after " + d.toMillis() + " ms").orElse("")
              + "): "
              + detail,
          null,
          wait.orElse(null));
    }
    if (status == 408) {
      return new EngineUnavailableException(
          id, "server timed out reading the request (HTTP 408): " + detail, null);
    }
    if (status >= 400 && status < 500) {
      return new InvalidInputException(
          id, "server rejected the request to " + path + " (HTTP " + status + "): " + detail, null);
    }
    return new EngineUnavailableException(
        id,
        "server failed (HTTP " + status + "): " + detail,
        null,
        retryAfter(response.headers()).orElse(null));
  }

  /** The server's error message: OpenAI's error.message, FastAPI's detail, or the raw text. */
  private static String errorText(HttpResponse<byte[]> response) {
    String raw = new String(response.body(), StandardCharsets.UTF_8);
    String message = raw;
    if (mediaType(response.headers()).equals("application/json")) {
      try {
        JsonObject json =
            JsonCodec.parse(raw) instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        JsonValue error = json.get("error");
        message =
            error instanceof JsonString text
                ? text.getString()
                : error instanceof JsonObject details
                        && details.get("message") instanceof JsonString text
                    ? text.getString()
                    : json.getString("detail", json.getString("message", raw));
      } catch (IllegalArgumentException e) {
        message = raw;
      }
    }
    message = message.replaceAll("\\p{Cntrl}+", " ").trim();
    if (message.isEmpty()) {
      return "no message";
    }
    return message.length() > MAX_ERROR_TEXT
        ? message.substring(0, MAX_ERROR_TEXT) + "..."
        : message;
  }

  /**
   * Reads {@code Retry-After}: a number of seconds or an HTTP date.
   *
   * @param headers the reply's headers
   * @return the delay, never negative; empty when absent or unreadable
   */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    String text = value.get();
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      }
      ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(ZonedDateTime.now(when.getZone()), when);
      return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
    } catch (NumberFormatException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String mediaType(HttpHeaders headers) {
    String value = headers.firstValue("Content-Type").orElse("");
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Raised inside the body subscriber when a reply exceeds its limit. */
  private static final class ReplyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ReplyTooLargeException(long limit) {
      super("reply exceeds " + limit + " bytes");
    }
  }

  /** Collects a reply's body, cancelling the exchange once it passes a size limit. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    LimitedBody(long limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer item : items) {
        size += item.remaining();
        parts.add(item);
      }
      if (size > limit && !result.isDone()) {
        subscription.cancel();
        parts.clear();
        result.completeExceptionally(new ReplyTooLargeException(limit));
      }
    }

    @Override
    public void onError(Throwable throwable) {
      parts.clear();
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      if (result.isDone()) {
        return;
      }
      byte[] all = new byte[(int) size];
      int at = 0;
      for (ByteBuffer part : parts) {
        int n = part.remaining();
        part.get(all, at, n);
        at += n;
      }
      parts.clear();
      result.complete(all);
    }
  }
}
