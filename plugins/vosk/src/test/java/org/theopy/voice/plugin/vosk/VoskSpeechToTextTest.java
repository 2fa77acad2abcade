package org.theopy.voice.plugin.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.metrics.WordErrorRate;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** The real Vosk engine with the bundled model: formats, bad input, streaming, concurrency. */
class VoskSpeechToTextTest {

  private static final String TIMER = "set a timer for ten minutes";

  /**
   * The word edits by which Vosk's transcripts of the same audio may differ between calls. Vosk's
   * result is not fully reproducible: the same recording can come out one word different from one
   * call to the next ("to set a timer for ten minutes"), on a reused recognizer and on a new one
   * alike. A call garbled by another caller, or given another caller's audio, is off by several
   * words, so checks that allow this one word still catch it.
   */
  private static final int TOLERATED_WORD_EDITS = 1;

  /** Counts the words substituted, deleted or inserted between two transcripts. */
  private static int wordEdits(String from, String to) {
    return WordErrorRate.compute(from, to).errors();
  }

  /** Checks a transcript of {@link #timer()}, allowing Vosk's call-to-call difference. */
  private static void assertHeardTimer(String text) {
    assertThat(wordEdits(TIMER, text))
        .as("word edits from '%s' to Vosk's '%s'", TIMER, text)
        .isLessThanOrEqualTo(TOLERATED_WORD_EDITS);
  }

  private final SpeechToText vosk = SharedVosk.engine();

  private static Audio timer() {
    return SpeechData.recording("wav_freetts", "03");
  }

  @Test
  void shouldTranscribeWithWordTimingsAndConfidenceWhenGivenACommand() {
    Audio audio = timer();

    Transcript transcript = vosk.transcribe(audio, "en");

    assertHeardTimer(transcript.text());
    assertThat(transcript.words())
        .extracting(Transcript.Word::word)
        .containsExactly(transcript.text().split(" "));
    assertThat(transcript.confidence()).isBetween(0.5, 1.0);
    assertThat(transcript.words().get(0).confidence()).isBetween(0.0, 1.0);
    assertThat(vosk.descriptor().capabilities())
        .contains(Capability.STREAMING, Capability.WORD_TIMINGS, Capability.CONFIDENCE);
  }

  @Test
  void shouldTimeWordsWithinEachUtteranceWhenRecognizersAreReused() {
    Audio audio = timer();

    for (int call = 0; call < 4; call++) {
      List<Transcript.Word> words = vosk.transcribe(audio, "en").words();

      assertThat(words).hasSize(6);
      assertThat(words.get(0).startMillis()).as("call %d", call).isBetween(0L, 500L);
      assertThat(words.get(5).endMillis())
          .as("call %d", call)
          .isBetween(audio.durationMillis() - 800, audio.durationMillis());
      for (int i = 1; i < words.size(); i++) {
        assertThat(words.get(i).startMillis()).isGreaterThanOrEqualTo(words.get(i - 1).endMillis());
        assertThat(words.get(i).endMillis()).isGreaterThan(words.get(i).startMillis());
      }
    }
  }

  @Test
  void shouldShiftWordTimesWhenSilencePrecedesTheSpeech() {
    Audio audio = timer();
    short[] padded = new short[16_000 + audio.sampleCount()];
    System.arraycopy(audio.samples(), 0, padded, 16_000, audio.sampleCount());

    Transcript plain = vosk.transcribe(audio, "en");
    Transcript later = vosk.transcribe(Audio.of(padded, audio.format()), "en");

    assertThat(wordEdits(plain.text(), later.text()))
        .as("word edits from '%s' to '%s'", plain.text(), later.text())
        .isLessThanOrEqualTo(TOLERATED_WORD_EDITS);
    // Timed on a word both calls heard, since one of them may have heard a word more or less.
    long shift = startOf("timer", later) - startOf("timer", plain);
    assertThat(shift).isBetween(900L, 1100L);
  }

  private static long startOf(String word, Transcript transcript) {
    return transcript.words().stream()
        .filter(w -> w.word().equals(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + word + "' in '" + transcript.text() + "'"))
        .startMillis();
  }

  @Test
  void shouldRefuseEmptyAudioAndStillWorkAfterwards() {
    Audio empty = Audio.of(new short[0], AudioFormat.SPEECH_16K);

    assertThatThrownBy(() -> vosk.transcribe(empty, "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("vosk")
        .hasMessageContaining("empty");

    assertHeardTimer(vosk.transcribe(timer(), "en").text());
  }

  @Test
  void shouldRefuseWavWithTruncatedHeaderAndStillWorkAfterwards() {
    byte[] wav = SpeechData.bytes("speech/wav_freetts/03.wav");
    byte[] truncated = java.util.Arrays.copyOf(wav, 30);

    assertThatThrownBy(() -> vosk.transcribe(Audio.readWav(truncated), "en"))
        .isInstanceOf(InvalidInputException.class);

    assertHeardTimer(vosk.transcribe(Audio.readWav(wav), "en").text());
  }

  @Test
  void shouldTranscribeEightBitWav() {
    Audio audio = timer();
    short[] samples = audio.samples();
    byte[] pcm8 = new byte[samples.length];
    for (int i = 0; i < samples.length; i++) {
      pcm8[i] = (byte) ((samples[i] >> 8) + 128);
    }

    Audio eightBit = Audio.readWav(wav(pcm8, 16_000, 1, 8));

    assertHeardTimer(vosk.transcribe(eightBit, "en").text());
  }

  @Test
  void shouldTranscribeStereoAt48KilohertzByConvertingIt() {
    short[] mono = timer().resample(48_000).samples();
    short[] stereo = new short[mono.length * 2];
    for (int i = 0; i < mono.length; i++) {
      stereo[2 * i] = mono[i];
      stereo[2 * i + 1] = mono[i];
    }

    Transcript transcript = vosk.transcribe(Audio.of(stereo, new AudioFormat(48_000, 2)), "en");

    assertHeardTimer(transcript.text());
  }

  @Test
  void shouldTranscribeEightKilohertzTelephoneAudio() {
    Audio narrow = SpeechData.recording("wav_freetts", "17").resample(8000);

    assertThat(vosk.transcribe(narrow, "en").text()).isEqualTo("call mom");
  }

  @Test
  void shouldRefuseTenMinutesOfSilenceAsTooLongAndStillWorkAfterwards() {
    Audio silence = Audio.silence(600_000, AudioFormat.SPEECH_16K);

    assertThatThrownBy(() -> vosk.transcribe(silence, "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("600 s")
        .hasMessageContaining("max.duration");

    assertHeardTimer(vosk.transcribe(timer(), "en").text());
  }

  @Test
  void shouldHearNothingInTenMinutesOfSilenceWhenTheLimitAllowsIt() {
    try (SpeechToText longer =
        new VoskSpeechToTextProvider()
            .create(SharedVosk.config().with("max.duration", "11m").with("recognizers", "1"))) {
      Audio silence = Audio.silence(600_000, AudioFormat.SPEECH_16K);

      Transcript transcript = longer.transcribe(silence, "en");

      assertThat(transcript.text()).isEmpty();
      assertHeardTimer(longer.transcribe(timer(), "en").text());
    }
  }

  @Test
  void shouldRefuseLanguageTheModelDoesNotSpeak() {
    assertThatThrownBy(() -> vosk.transcribe(timer(), "de"))
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageContaining("'de'");
  }

  @Test
  void shouldReturnGrowingPartialResultsWhenStreaming() {
    Audio audio = SpeechData.recording("wav_freetts", "15");
    List<String> partials = new ArrayList<>();
    Transcript last;

    try (SpeechStream stream = vosk.openStream("en", 16_000)) {
      for (int from = 0; from < audio.frameCount(); from += 1600) {
        partials.add(
            stream.accept(audio.slice(from, Math.min(audio.frameCount(), from + 1600))).text());
      }
      last = stream.finish();
    }

    Transcript batch = vosk.transcribe(audio, "en");
    // Two word edits: on this recording Vosk was seen to hear "up to" in one call and "upturn" in
    // another, whether streamed or not.
    assertThat(wordEdits(batch.text(), last.text()))
        .as("word edits from batch '%s' to streamed '%s'", batch.text(), last.text())
        .isLessThanOrEqualTo(2);
    assertThat(last.words())
        .extracting(Transcript.Word::word)
        .containsExactly(last.text().split(" "));
    int firstHeard =
        partials.indexOf(partials.stream().filter(p -> !p.isEmpty()).findFirst().get());
    assertThat(firstHeard).as("chunk of the first partial result").isLessThan(partials.size() / 2);
    String lastPartial = partials.get(partials.size() - 1);
    assertThat(partials.get(firstHeard).split(" ").length)
        .isLessThan(lastPartial.split(" ").length);
    assertThat(WordErrorRate.compute(last.text(), lastPartial).rate()).isLessThanOrEqualTo(0.3);
  }

  @Test
  void shouldStreamAtFortyFourKilohertzWithItsOwnRecognizers() {
    Audio audio = timer().resample(44_100);
    Transcript result;

    try (SpeechStream stream = vosk.openStream("en", 44_100)) {
      for (int from = 0; from < audio.frameCount(); from += 4410) {
        stream.accept(audio.slice(from, Math.min(audio.frameCount(), from + 4410)));
      }
      result = stream.finish();
    }

    assertHeardTimer(result.text());
  }

  @Test
  void shouldRefuseChunkOfAnotherFormatAndKeepTheStreamUsable() {
    Audio audio = timer();

    try (SpeechStream stream = vosk.openStream("en", 16_000)) {
      assertThatThrownBy(() -> stream.accept(Audio.silence(100, new AudioFormat(8000, 1))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("8000");
      stream.accept(audio);

      assertHeardTimer(stream.finish().text());
    }
  }

  @Test
  void shouldGiveTheSameTranscriptsToConcurrentCallers() throws Exception {
    Map<String, String> expected = new java.util.TreeMap<>();
    for (String id : List.of("01", "05", "09", "13", "17")) {
      expected.put(id, vosk.transcribe(SpeechData.recording("wav_freetts", id), "en").text());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Map.Entry<String, String>>> futures = new ArrayList<>();

    try {
      for (int round = 0; round < 3; round++) {
        for (String id : expected.keySet()) {
          futures.add(
              pool.submit(
                  () ->
                      Map.entry(
                          id,
                          vosk.transcribe(SpeechData.recording("wav_freetts", id), "en").text())));
        }
      }
      for (Future<Map.Entry<String, String>> f : futures) {
        Map.Entry<String, String> result = f.get(120, TimeUnit.SECONDS);
        String alone = expected.get(result.getKey());
        assertThat(wordEdits(alone, result.getValue()))
            .as(
                "recording %s: word edits from '%s' alone to '%s' concurrently",
                result.getKey(), alone, result.getValue())
            .isLessThanOrEqualTo(TOLERATED_WORD_EDITS);
        for (Map.Entry<String, String> other : expected.entrySet()) {
          if (!other.getKey().equals(result.getKey())) {
            assertThat(wordEdits(other.getValue(), result.getValue()))
                .as(
                    "recording %s heard concurrently as '%s', nearer recording %s's '%s'",
                    result.getKey(), result.getValue(), other.getKey(), other.getValue())
                .isGreaterThan(wordEdits(alone, result.getValue()));
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(vosk.health().status()).isEqualTo(HealthStatus.UP);
  }

  @Test
  void shouldReportUpWithTheModelInItsHealth() {
    assertThat(vosk.health().status()).isEqualTo(HealthStatus.UP);
    assertThat(vosk.health().reason()).contains("vosk-model-small-en-us");
  }

  @Test
  void shouldDocumentEverySettingItReads() {
    assertThat(new VoskSpeechToTextProvider().configurationKeys())
        .extracting(k -> k.name())
        .contains("model.path", "model.cache-dir", "recognizers", "padding", "max.duration");
  }

  static byte[] wav(byte[] data, int rate, int channels, int bits) {
    ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data.length);
    b.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) channels).putInt(rate);
    b.putInt(rate * channels * bits / 8).putShort((short) (channels * bits / 8));
    b.putShort((short) bits);
    b.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data.length);
    b.put(data);
    return b.array();
  }
}
