package org.theopy.voice.plugin.openai;

import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.openai.internal.ApiClient;
import org.theopy.voice.plugin.openai.internal.JsonCodec;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/**
 * Speaks text with a remote OpenAI-compatible server and returns its WAV or raw PCM reply as 16-bit
 * mono audio; audio at a rate the descriptor does not declare is converted to 24 kHz.
 *
 * <p>Control characters are removed and lone surrogates replaced before the text is sent. The
 * language argument is not sent: the API has none, and its voices speak the text's own language.
 * Thread-safe: each call is an independent request.
 */
public final class OpenAiTextToSpeech implements TextToSpeech {

  private static final Logger LOG = LoggerFactory.getLogger(OpenAiTextToSpeech.class);

  /** About 25 minutes of 24 kHz speech: far more than 4096 characters take. */
  private static final long MAX_REPLY_BYTES = 64L * 1024 * 1024;

  private static final List<String> WAV_TYPES =
      List.of(
          "audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave", "application/octet-stream");
  private static final List<String> PCM_TYPES =
      List.of("audio/pcm", "audio/l16", "audio/raw", "application/octet-stream");

  private final ApiClient api;
  private final String voice;
  private final String format;
  private final int pcmRate;
  private final OptionalDouble speed;
  private final int maxCharacters;

  OpenAiTextToSpeech(
      ApiClient api,
      String voice,
      String format,
      int pcmRate,
      OptionalDouble speed,
      int maxCharacters) {
    this.api = api;
    this.voice = voice;
    this.format = format;
    this.pcmRate = pcmRate;
    this.speed = speed;
    this.maxCharacters = maxCharacters;
    LOG.info("{}: ready, voice {}, {}", OpenAiTextToSpeechProvider.ID, voice, api.settings());
  }

  @Override
  public EngineDescriptor descriptor() {
    return OpenAiTextToSpeechProvider.DESCRIPTOR;
  }

  @Override
  public SynthesizedSpeech synthesize(String text, String language) {
    String id = descriptor().id();
    if (api.isClosed()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    if (text.length() > maxCharacters) {
      throw new InvalidInputException(
          id,
          "text has "
              + text.length()
              + " characters, more than the limit of "
              + maxCharacters
              + " (setting max.characters); split it",
          null);
    }
    String clean = clean(text);
    if (clean.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidInputException(id, "text has no letter or digit to speak", null);
    }

    JsonObjectBuilder json =
        JsonCodec.provider()
            .createObjectBuilder()
            .add("model", api.settings().model())
            .add("voice", voice)
            .add("input", clean)
            .add("response_format", format);
    speed.ifPresent(s -> json.add("speed", s));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.settings().endpoint("/audio/speech"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.build().toString()));
    ApiClient.Reply reply = api.send(request, MAX_REPLY_BYTES);

    return new SynthesizedSpeech(decode(reply), voice);
  }

  private Audio decode(ApiClient.Reply reply) {
    String id = descriptor().id();
    boolean wav = format.equals("wav");
    if (!(wav ? WAV_TYPES : PCM_TYPES).contains(reply.contentType())) {
      throw new EngineUnavailableException(
          id,
          "server answered with content type '"
              + reply.contentType()
              + "' instead of "
              + (wav ? "audio/wav" : "audio/pcm")
              + "; a proxy or a server that does not speak"
              + " the OpenAI audio API is in the way",
          null);
    }
    Audio audio;
    try {
      audio =
          wav
              ? Audio.readWav(reply.body())
              : Audio.fromPcm16le(reply.body(), AudioFormat.pcm16Mono(pcmRate));
    } catch (InvalidInputException e) {
      throw new EngineUnavailableException(
          id,
          "server sent audio that cannot be read ("
              + e.getMessage()
              + "); the reply was cut short or is not "
              + format,
          e);
    }
    if (audio.isEmpty()) {
      throw new EngineUnavailableException(id, "server sent no audio", null);
    }
    audio = audio.toMono();
    if (!descriptor().sampleRates().contains(audio.format().sampleRate())) {
      audio = audio.resample(OpenAiTextToSpeechProvider.PREFERRED_RATE);
    }
    return audio;
  }

  /** Removes control characters but line breaks and tabs, and replaces lone surrogates. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\ufffd');
      } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
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
    return "OpenAiTextToSpeech[voice "
        + voice
        + ", "
        + api.settings()
        + (api.isClosed() ? ", closed]" : "]");
  }
}
