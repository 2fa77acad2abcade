package org.theopy.voice.plugin.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.audio.Audio;

/**
 * An HTTP server inside the test process that speaks the OpenAI audio API: it parses multipart
 * transcription requests and JSON speech requests as the real service does, checks the bearer
 * token, answers in the requested format, and can be told to misbehave (slow replies, error
 * statuses, truncated bodies, reset connections, wrong content types).
 *
 * <p>It does not recognise speech: every audio file that is not silent is "heard" as {@link
 * #transcript}. Speech replies are a 440 Hz tone of 50 ms per character, in a WAV file whose header
 * carries the unknown-length sizes that OpenAI's streamed WAV replies carry.
 */
final class FakeAudioApi implements AutoCloseable {

  /** How the server misbehaves. */
  enum Fault {
    NONE,
    STATUS,
    TRUNCATED_BODY,
    TRUNCATED_JSON,
    RESET,
    WRONG_CONTENT_TYPE
  }

  /** A request as the server saw it. */
  record Recorded(String method, String path, Map<String, List<String>> headers, byte[] body) {}

  static final int SPEECH_RATE = 24_000;

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

  volatile String expectedKey;
  volatile String transcript = "turn on the kitchen lights";
  volatile Duration delay = Duration.ZERO;
  volatile Duration delayPerAudioSecond = Duration.ZERO;
  volatile Fault fault = Fault.NONE;
  volatile int faultStatus = 500;
  volatile String faultContentType = "application/json";
  volatile String faultBody = "{\"error\":{\"message\":\"internal error\"}}";
  volatile Map<String, String> faultHeaders = Map.of();

  FakeAudioApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(pool);
    server.createContext("/v1/audio/transcriptions", this::transcriptions);
    server.createContext("/v1/audio/speech", this::speech);
    server.createContext("/v1/models", this::models);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  List<Recorded> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  void respondWith(int status, String contentType, String body, Map<String, String> headers) {
    faultStatus = status;
    faultContentType = contentType;
    faultBody = body;
    faultHeaders = headers;
    fault = Fault.STATUS;
  }

  void behaveNormally() {
    fault = Fault.NONE;
    delay = Duration.ZERO;
    delayPerAudioSecond = Duration.ZERO;
    requests.clear();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void models(HttpExchange exchange) throws IOException {
    try (exchange) {
      record(exchange, new byte[0]);
      if (!authorized(exchange) || misbehaved(exchange)) {
        return;
      }
      send(
          exchange,
          200,
          "application/json",
          "{\"object\":\"list\",\"data\":[{\"id\":\"whisper-1\",\"object\":\"model\"}]}");
    }
  }

  private void transcriptions(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      record(exchange, body);
      if (!authorized(exchange) || pause(delay) || misbehaved(exchange)) {
        return;
      }
      Map<String, List<byte[]>> form = parseMultipart(exchange, body);
      if (form == null || !form.containsKey("file") || !form.containsKey("model")) {
        send(
            exchange,
            400,
            "application/json",
            "{\"error\":{\"message\":\"file and model are required\",\"type\":"
                + "\"invalid_request_error\"}}");
        return;
      }
      Audio audio;
      try {
        audio = Audio.readWav(form.get("file").get(0));
      } catch (InvalidInputException e) {
        send(
            exchange,
            400,
            "application/json",
            "{\"error\":{\"message\":\"Invalid file format.\"}}");
        return;
      }
      if (pause(delayPerAudioSecond.multipliedBy(Math.max(1, audio.durationMillis() / 1000)))) {
        return;
      }
      String text = audio.peak() < 100 ? "" : transcript;
      String format = text(form, "response_format", "json");
      double seconds = audio.durationSeconds();
      switch (format) {
        case "text" -> send(exchange, 200, "text/plain; charset=utf-8", text + "\n");
        case "json" ->
            send(
                exchange,
                200,
                "application/json",
                Json.createObjectBuilder().add("text", text).build().toString());
        default -> {
          boolean words =
              form.getOrDefault("timestamp_granularities[]", List.of()).stream()
                  .anyMatch(v -> new String(v, StandardCharsets.UTF_8).equals("word"));
          send(exchange, 200, "application/json; charset=utf-8", verboseJson(text, seconds, words));
        }
      }
    }
  }

  private static String verboseJson(String text, double seconds, boolean withWords) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("task", "transcribe")
            .add("language", "english")
            .add("duration", seconds)
            .add("text", text)
            .add(
                "segments",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("id", 0)
                            .add("seek", 0)
                            .add("start", 0.0)
                            .add("end", seconds)
                            .add("text", " " + text)
                            .add("tokens", Json.createArrayBuilder().add(50364).add(1234))
                            .add("temperature", 0.0)
                            .add("avg_logprob", -0.25)
                            .add("compression_ratio", 1.1)
                            .add("no_speech_prob", 0.01)));
    if (withWords && !text.isEmpty()) {
      String[] words = text.split(" ");
      double each = seconds / words.length;
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (int i = 0; i < words.length; i++) {
        list.add(
            Json.createObjectBuilder()
                .add("word", words[i])
                .add("start", i * each)
                .add("end", (i + 1) * each));
      }
      json.add("words", list);
    }
    return json.build().toString();
  }

  private void speech(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      record(exchange, body);
      if (!authorized(exchange) || pause(delay) || misbehaved(exchange)) {
        return;
      }
      JsonObject json;
      try (JsonReader reader =
          Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
        json = reader.readObject();
      } catch (JsonException e) {
        send(exchange, 400, "application/json", "{\"error\":{\"message\":\"bad JSON\"}}");
        return;
      }
      String input = json.getString("input", "");
      if (input.isBlank()
          || json.getString("model", "").isEmpty()
          || json.getString("voice", "").isEmpty()) {
        send(
            exchange,
            400,
            "application/json",
            "{\"error\":{\"message\":\"model, voice and input are required\"}}");
        return;
      }
      if (pause(delayPerAudioSecond.multipliedBy(Math.max(1, input.length() / 20)))) {
        return;
      }
      short[] tone = new short[input.length() * SPEECH_RATE / 20];
      for (int i = 0; i < tone.length; i++) {
        tone[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / SPEECH_RATE));
      }
      ByteBuffer pcm = ByteBuffer.allocate(tone.length * 2).order(ByteOrder.LITTLE_ENDIAN);
      for (short s : tone) {
        pcm.putShort(s);
      }
      if (json.getString("response_format", "mp3").equals("pcm")) {
        send(exchange, 200, "audio/pcm", pcm.array());
      } else {
        send(exchange, 200, "audio/wav", streamedWav(pcm.array()));
      }
    }
  }

  /** A WAV file whose RIFF and data sizes are 0xFFFFFFFF, as a streaming writer leaves them. */
  private static byte[] streamedWav(byte[] pcm) {
    ByteBuffer wav = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
        .putInt(-1)
        .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(SPEECH_RATE)
        .putInt(SPEECH_RATE * 2)
        .putShort((short) 2)
        .putShort((short) 16)
        .put("data".getBytes(StandardCharsets.US_ASCII))
        .putInt(-1)
        .put(pcm);
    return wav.array();
  }

  private boolean authorized(HttpExchange exchange) throws IOException {
    String key = expectedKey;
    if (key == null) {
      return true;
    }
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (("Bearer " + key).equals(header)) {
      return true;
    }
    String shown =
        header == null || header.length() < 16
            ? "none"
            : header.substring(7, 12) + "***" + header.substring(header.length() - 4);
    send(
        exchange,
        401,
        "application/json",
        "{\"error\":{\"message\":\"Incorrect API key provided: "
            + shown
            + ".\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
    return false;
  }

  /** Sleeps; returns true when interrupted (the server is stopping). */
  private static boolean pause(Duration duration) {
    if (duration.isZero()) {
      return false;
    }
    try {
      Thread.sleep(duration.toMillis());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private boolean misbehaved(HttpExchange exchange) throws IOException {
    switch (fault) {
      case NONE -> {
        return false;
      }
      case STATUS -> {
        faultHeaders.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        send(exchange, faultStatus, faultContentType, faultBody);
      }
      case WRONG_CONTENT_TYPE ->
          send(exchange, 200, "text/html", "<html><body>Proxy login required</body></html>");
      case TRUNCATED_BODY -> {
        byte[] full = "{\"text\":\"turn on the kitchen lights\"}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, full.length);
        OutputStream out = exchange.getResponseBody();
        out.write(full, 0, full.length / 2);
        out.flush();
        // Closing the exchange now leaves the client with fewer bytes than announced.
      }
      case TRUNCATED_JSON -> send(exchange, 200, "application/json", "{\"text\":\"turn on the");
      case RESET -> {
        // Closing without any reply drops the connection under the client.
      }
    }
    return true;
  }

  private void record(HttpExchange exchange, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    requests.add(
        new Recorded(
            exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  static String text(Map<String, List<byte[]>> form, String name, String defaultValue) {
    List<byte[]> values = form.get(name);
    return values == null ? defaultValue : new String(values.get(0), StandardCharsets.UTF_8);
  }

  /** Parses multipart/form-data as a server would; null when the body is not well formed. */
  static Map<String, List<byte[]>> parseMultipart(HttpExchange exchange, byte[] body) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return parseMultipart(type, body);
  }

  static Map<String, List<byte[]>> parseMultipart(String contentType, byte[] body) {
    if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")) {
      return null;
    }
    String boundary = "--" + contentType.substring(contentType.indexOf('=') + 1);
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    if (!raw.startsWith(boundary + "\r\n") || !raw.endsWith(boundary + "--\r\n")) {
      return null;
    }
    Map<String, List<byte[]>> form = new LinkedHashMap<>();
    String[] parts =
        raw.substring(0, raw.length() - boundary.length() - 4)
            .split(java.util.regex.Pattern.quote(boundary + "\r\n"));
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      int split = part.indexOf("\r\n\r\n");
      if (split < 0 || !part.endsWith("\r\n")) {
        return null;
      }
      String head = part.substring(0, split);
      int nameAt = head.indexOf("name=\"");
      if (nameAt < 0) {
        return null;
      }
      String name = head.substring(nameAt + 6, head.indexOf('"', nameAt + 6));
      byte[] value =
          part.substring(split + 4, part.length() - 2).getBytes(StandardCharsets.ISO_8859_1);
      form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return form;
  }
}
