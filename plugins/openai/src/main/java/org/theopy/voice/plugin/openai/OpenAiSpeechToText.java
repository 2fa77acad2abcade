package org.theopy.voice.plugin.openai;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.openai.internal.ApiClient;
import org.theopy.voice.plugin.openai.internal.JsonCodec;
import org.theopy.voice.plugin.openai.internal.Multipart;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * Transcribes audio with a remote OpenAI-compatible server: the audio is sent as a 16 kHz mono WAV
 * file in a multipart request, and the reply's text, segments and words become a {@link
 * Transcript}.
 *
 * <p>Confidence comes from the segments' average log probability when the server gives it (the
 * exponential of the duration-weighted mean), else it is unknown. Thread-safe: each call is an
 * independent request.
 */
public final class OpenAiSpeechToText implements SpeechToText {

  private static final Logger LOG = LoggerFactory.getLogger(OpenAiSpeechToText.class);

  /** Transcription replies are small; more than this is not a transcription. */
  private static final long MAX_REPLY_BYTES = 8L * 1024 * 1024;

  private final ApiClient api;
  private final String responseFormat;
  private final boolean wordTimings;
  private final Duration maxDuration;
  private final int silenceLevel;

  OpenAiSpeechToText(
      ApiClient api,
      String responseFormat,
      boolean wordTimings,
      Duration maxDuration,
      int silenceLevel) {
    this.api = api;
    this.responseFormat = responseFormat;
    this.wordTimings = wordTimings;
    this.maxDuration = maxDuration;
    this.silenceLevel = silenceLevel;
    LOG.info("{}: ready, {}", OpenAiSpeechToTextProvider.ID, api.settings());
  }

  @Override
  public EngineDescriptor descriptor() {
    return OpenAiSpeechToTextProvider.DESCRIPTOR;
  }

  @Override
  public Transcript transcribe(Audio audio, String language) {
    String id = descriptor().id();
    if (api.isClosed()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    if (audio.isEmpty()) {
      throw new InvalidInputException(id, "audio is empty; record at least a word", null);
    }
    if (audio.durationMillis() > maxDuration.toMillis()) {
      throw new InvalidInputException(
          id,
          "audio lasts "
              + audio.durationMillis()
              + " ms, more than the limit of "
              + maxDuration.toMillis()
              + " ms (setting max.duration); split it",
          null);
    }
    Audio speech = audio.convertTo(AudioFormat.SPEECH_16K);
    if (speech.peak() < silenceLevel) {
      LOG.debug("{}: audio is silent (peak {}), no request sent", id, speech.peak());
      return Transcript.empty();
    }

    byte[] wav = speech.toWav();
    Multipart body =
        new Multipart(wav.length)
            .file("file", "audio.wav", "audio/wav", wav)
            .field("model", api.settings().model())
            .field("response_format", responseFormat);
    String iso = isoLanguage(language);
    if (!iso.isEmpty()) {
      body.field("language", iso);
    }
    if (responseFormat.equals("verbose_json") && wordTimings) {
      body.field("timestamp_granularities[]", "word");
      body.field("timestamp_granularities[]", "segment");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.settings().endpoint("/audio/transcriptions"))
            .header("Content-Type", body.contentType())
            .header("Accept", responseFormat.equals("text") ? "text/plain" : "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.finish()));
    ApiClient.Reply reply = api.send(request, MAX_REPLY_BYTES);

    return responseFormat.equals("text") ? plainText(reply) : fromJson(reply);
  }

  /** The ISO 639 code the API takes from a BCP 47 tag: {@code en-GB} gives {@code en}. */
  private static String isoLanguage(String tag) {
    if (tag == null) {
      return "";
    }
    String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return primary.matches("[a-z]{2,3}") ? primary : "";
  }

  private Transcript plainText(ApiClient.Reply reply) {
    if (!reply.contentType().equals("text/plain")) {
      throw wrongContentType(reply, "text/plain");
    }
    return Transcript.of(reply.text());
  }

  private Transcript fromJson(ApiClient.Reply reply) {
    String id = descriptor().id();
    if (!reply.contentType().equals("application/json")) {
      throw wrongContentType(reply, "application/json");
    }
    JsonValue json;
    try {
      json = JsonCodec.parse(reply.text());
    } catch (IllegalArgumentException e) {
      throw new EngineUnavailableException(
          id,
          "server sent a transcription that is not valid JSON ("
              + e.getMessage()
              + "); the reply was cut short or the server is not OpenAI-compatible",
          e);
    }
    JsonObject object = json instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    if (!(object.get("text") instanceof JsonString text)) {
      throw new EngineUnavailableException(
          id, "server's JSON reply has no 'text'; is base.url an OpenAI-compatible server?", null);
    }

    List<Transcript.Word> words = new ArrayList<>();
    for (JsonObject w : objects(object, "words")) {
      String word = w.getString("word", "").trim();
      double start = number(w, "start", -1.0);
      double end = number(w, "end", -1.0);
      if (!word.isEmpty() && start >= 0 && end >= start) {
        words.add(
            new Transcript.Word(
                word, Math.round(start * 1000), Math.round(end * 1000), Double.NaN));
      }
    }
    return new Transcript(text.getString(), confidence(object), words, List.of());
  }

  /** exp(mean avg_logprob) weighted by segment duration, or NaN without segments. */
  private static double confidence(JsonObject json) {
    double weighted = 0;
    double total = 0;
    for (JsonObject segment : objects(json, "segments")) {
      double logprob = number(segment, "avg_logprob", Double.NaN);
      if (Double.isNaN(logprob)) {
        continue;
      }
      double length = number(segment, "end", 1.0) - number(segment, "start", 0.0);
      double weight = length > 0 ? length : 1.0;
      weighted += logprob * weight;
      total += weight;
    }
    if (total == 0) {
      return Double.NaN;
    }
    return Math.max(0, Math.min(1, Math.exp(weighted / total)));
  }

  /** The objects in an array member; none when the member is absent or not an array. */
  private static List<JsonObject> objects(JsonObject json, String name) {
    if (!(json.get(name) instanceof JsonArray array)) {
      return List.of();
    }
    List<JsonObject> objects = new ArrayList<>();
    for (JsonValue item : array) {
      if (item instanceof JsonObject o) {
        objects.add(o);
      }
    }
    return objects;
  }

  /** A number member, or {@code otherwise} when it is absent or not a number. */
  private static double number(JsonObject json, String name, double otherwise) {
    return json.get(name) instanceof JsonNumber n ? n.doubleValue() : otherwise;
  }

  private EngineUnavailableException wrongContentType(ApiClient.Reply reply, String expected) {
    return new EngineUnavailableException(
        descriptor().id(),
        "server answered with content type '"
            + reply.contentType()
            + "' instead of "
            + expected
            + "; a proxy or a server that does not speak the"
            + " OpenAI audio API is in the way",
        null);
  }

  @Override
  public EngineHealth health() {
    return api.health();
  }

  @Override
  public void close() {
    if (!api.isClosed()) {
      api.close();
      LOG.info("{}: closed", descriptor().id());
    }
  }

  @Override
  public String toString() {
    return "OpenAiSpeechToText[" + api.settings() + (api.isClosed() ? ", closed]" : "]");
  }
}
