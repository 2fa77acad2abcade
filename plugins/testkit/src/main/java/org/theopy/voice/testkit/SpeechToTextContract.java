package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.SpeechToText;
import org.theopy.voice.spi.SpeechToTextProvider;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;
import org.theopy.voice.testkit.internal.WordEdits;

/**
 * The contract of a speech-to-text engine. Extend it in a test class of the plugin, return the
 * provider from {@link #provider()}, a working configuration from {@link #config()} and a short
 * recorded utterance from {@link #sample()}; JUnit runs every check of {@link EngineContract} and
 * these:
 *
 * <ul>
 *   <li>the sample is transcribed, in one call and through {@link SpeechToText#openStream};
 *   <li>callers sharing the engine get the transcript one caller alone gets, within {@link
 *       #toleratedWordEdits()};
 *   <li>empty audio and audio longer than {@link #maxAudioDuration()} are refused with {@code
 *       InvalidInputException} (not retryable);
 *   <li>silence gives an empty transcript;
 *   <li>audio in another format (stereo, 44.1 kHz) is converted or refused with {@code
 *       InvalidInputException}, never answered with another exception;
 *   <li>a stream fed a chunk in the wrong format refuses it with {@code InvalidInputException}.
 * </ul>
 */
public abstract class SpeechToTextContract
    extends EngineContract<SpeechToText, SpeechToTextProvider> {

  /** Creates the contract. */
  protected SpeechToTextContract() {}

  /**
   * A short utterance and what the engine should hear in it.
   *
   * @param audio the utterance, 16-bit mono PCM at a rate the engine declares
   * @param language the utterance's language, one the engine declares
   * @param expectedText the words spoken; compared after {@link #normalize}
   */
  public record Sample(Audio audio, String language, String expectedText) {

    /** Validates the components. */
    public Sample {
      Objects.requireNonNull(audio, "audio");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(expectedText, "expectedText");
    }
  }

  /**
   * Returns the utterance the checks transcribe. Called several times; may return the same value.
   *
   * @return the sample
   */
  protected abstract Sample sample();

  /**
   * Returns the longest audio the engine accepts; the kit sends one second more and expects a
   * refusal, and uses audio of about this length (at most ten minutes) for the interrupt check.
   * Default five minutes.
   *
   * @return the engine's limit, as configured by {@link #config()}
   */
  protected Duration maxAudioDuration() {
    return Duration.ofMinutes(5);
  }

  /**
   * Tells whether silence must give an empty transcript. Default {@code true}; an engine known to
   * produce filler words on silence may return {@code false}, which only requires a transcript.
   *
   * @return whether silence must give empty text
   */
  protected boolean silenceYieldsEmptyText() {
    return true;
  }

  /**
   * Returns how many words (substituted, deleted or inserted) a transcript may differ by where the
   * kit compares transcripts of the same audio: the concurrent calls with the first call in the
   * concurrency check, and the sample's transcript with its expected words. Default 0: transcripts
   * must be equal. An engine whose result for the same audio can change from call to call (a
   * recogniser that reuses decoder state, say) returns the largest such change it shows, and states
   * why next to the override; callers disturbing each other garble far more than a word.
   *
   * @return the word edits tolerated, 0 or more
   */
  protected int toleratedWordEdits() {
    return 0;
  }

  /**
   * Normalises text before comparing it with the expected words: lower case, punctuation removed,
   * white space collapsed.
   *
   * @param text the text
   * @return the normalised text
   */
  protected String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{Nd}' ]+", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }

  @Override
  final EngineKind kind() {
    return EngineKind.SPEECH_TO_TEXT;
  }

  @Override
  final Class<SpeechToTextProvider> providerType() {
    return SpeechToTextProvider.class;
  }

  @Override
  final Object validCall(SpeechToText engine) {
    Sample sample = sample();
    return engine.transcribe(sample.audio(), sample.language());
  }

  @Override
  final String differenceBetween(Object expected, Object actual) {
    String a = ((Transcript) expected).text();
    String b = ((Transcript) actual).text();
    if (a.equals(b)) {
      return null;
    }
    int edits = WordEdits.between(a, b);
    if (edits <= toleratedWordEdits()) {
      return null;
    }
    return "'"
        + a
        + "' alone but '"
        + b
        + "' concurrently ("
        + edits
        + " word edits, "
        + toleratedWordEdits()
        + " tolerated)";
  }

  @Override
  final Object heavyCall(SpeechToText engine) {
    Sample sample = sample();
    Audio one = sample.audio();
    // Long enough to keep any engine busy past the interrupt, short enough to fit in memory.
    long millis = Math.min(maxAudioDuration().toMillis() - 1000, 10 * 60 * 1000);
    long wanted = Math.max(one.sampleCount(), millis * one.format().sampleRate() / 1000);
    short[] source = one.samples();
    short[] samples = new short[(int) Math.min(Integer.MAX_VALUE - 8, wanted)];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = source[i % source.length];
    }
    return engine.transcribe(Audio.of(samples, one.format()), sample.language());
  }

  @Override
  final Object callInLanguage(SpeechToText engine, String language) {
    return engine.transcribe(sample().audio(), language);
  }

  @Override
  final void badInputCall(SpeechToText engine) {
    engine.transcribe(Audio.of(new short[0], sample().audio().format()), sample().language());
  }

  /** The sample is transcribed to the expected words. */
  @Test
  public void shouldTranscribeSample() {
    Sample sample = sample();

    Transcript transcript = engine().transcribe(sample.audio(), sample.language());

    assertThat(transcript).as("engine '%s' returned a null transcript", id()).isNotNull();
    assertHeardSample(transcript, "transcript of the sample");
  }

  private void assertHeardSample(Transcript transcript, String what) {
    String heard = normalize(transcript.text());
    String expected = normalize(sample().expectedText());
    if (toleratedWordEdits() == 0) {
      assertThat(heard).as("engine '%s' %s", id(), what).isEqualTo(expected);
    } else {
      assertThat(WordEdits.between(expected, heard))
          .as(
              "word edits from the expected '%s' to engine '%s' %s '%s' (%d tolerated)",
              expected, id(), what, heard, toleratedWordEdits())
          .isLessThanOrEqualTo(toleratedWordEdits());
    }
  }

  /** Empty audio is refused with InvalidInputException. */
  @Test
  public void shouldRefuseEmptyAudio() {
    Sample sample = sample();
    Audio empty = Audio.of(new short[0], sample.audio().format());

    expectInvalidInput("empty audio", () -> engine().transcribe(empty, sample.language()));
  }

  /** Audio longer than the engine's limit is refused with InvalidInputException. */
  @Test
  public void shouldRefuseOversizedAudio() {
    Sample sample = sample();
    Audio tooLong = Audio.silence(maxAudioDuration().toMillis() + 1000, sample.audio().format());

    expectInvalidInput(
        "audio of " + tooLong.durationMillis() + " ms, above its limit of " + maxAudioDuration(),
        () -> engine().transcribe(tooLong, sample.language()));
  }

  /** Two seconds of silence give an empty transcript. */
  @Test
  public void shouldHearNothingInSilence() {
    Sample sample = sample();
    Audio silence = Audio.silence(2000, sample.audio().format());

    Transcript transcript = engine().transcribe(silence, sample.language());

    assertThat(transcript)
        .as("engine '%s' returned a null transcript for silence", id())
        .isNotNull();
    if (silenceYieldsEmptyText()) {
      assertThat(transcript.text())
          .as("engine '%s' heard words in two seconds of silence", id())
          .isEmpty();
    }
  }

  /** Stereo audio at 44.1 kHz is converted or refused with InvalidInputException. */
  @Test
  public void shouldConvertOrRefuseAudioInAnotherFormat() {
    Sample sample = sample();
    Audio mono = sample.audio().resample(44_100);
    short[] stereo = new short[mono.sampleCount() * 2];
    short[] source = mono.samples();
    for (int i = 0; i < source.length; i++) {
      stereo[2 * i] = source[i];
      stereo[2 * i + 1] = source[i];
    }
    Audio other = Audio.of(stereo, new AudioFormat(44_100, 2));

    Object outcome =
        expectServedOrInvalid(
            "stereo audio at 44.1 kHz", () -> engine().transcribe(other, sample.language()));

    if (outcome != null) {
      assertThat(normalize(((Transcript) outcome).text()))
          .as("engine '%s' transcript of the sample converted to stereo 44.1 kHz", id())
          .isEqualTo(normalize(sample.expectedText()));
    }
  }

  /** The sample fed in 100 ms chunks through a stream is transcribed to the expected words. */
  @Test
  public void shouldTranscribeSampleStreamedInChunks() {
    Sample sample = sample();
    Audio audio = sample.audio();
    int chunk = audio.format().sampleRate() / 10;
    Transcript result;

    try (SpeechStream stream =
        engine().openStream(sample.language(), audio.format().sampleRate())) {
      for (int from = 0; from < audio.frameCount(); from += chunk) {
        Transcript partial =
            stream.accept(audio.slice(from, Math.min(audio.frameCount(), from + chunk)));
        assertThat(partial).as("engine '%s' returned a null partial transcript", id()).isNotNull();
      }
      result = stream.finish();
    }

    assertHeardSample(result, "final transcript of the streamed sample");
  }

  /** A stream refuses a chunk whose format differs from the one it was opened for. */
  @Test
  public void shouldRefuseStreamChunkInWrongFormat() {
    Sample sample = sample();
    int rate = sample.audio().format().sampleRate();
    int otherRate = rate == 8000 ? 16_000 : 8000;
    Audio wrong = Audio.silence(100, new AudioFormat(otherRate, 2));

    try (SpeechStream stream = engine().openStream(sample.language(), rate)) {
      expectInvalidInput(
          "a stream chunk in " + wrong.format() + " on a stream opened for " + rate + " Hz mono",
          () -> stream.accept(wrong));
    }
  }
}
