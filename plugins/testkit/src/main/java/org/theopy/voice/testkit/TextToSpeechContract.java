package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.TextToSpeechProvider;
import org.theopy.voice.spi.audio.Audio;

/**
 * The contract of a text-to-speech engine. Extend it in a test class of the plugin, return the
 * provider from {@link #provider()} and a working configuration from {@link #config()}; JUnit runs
 * every check of {@link EngineContract} and these:
 *
 * <ul>
 *   <li>the sample text is spoken as audible 16-bit mono PCM at a declared sample rate;
 *   <li>empty and blank text, and text longer than {@link #maxTextLength()}, are refused with
 *       {@code InvalidInputException} (not retryable);
 *   <li>unusual text (control characters, a lone surrogate, emoji, markup) is spoken or refused
 *       with {@code InvalidInputException}, never answered with another exception.
 * </ul>
 */
public abstract class TextToSpeechContract
    extends EngineContract<TextToSpeech, TextToSpeechProvider> {

  /** Creates the contract. */
  protected TextToSpeechContract() {}

  /**
   * Returns the text the checks speak. Default "Turn on the kitchen lights."
   *
   * @return a short sentence in {@link #language()}
   */
  protected String sampleText() {
    return "Turn on the kitchen lights.";
  }

  /**
   * Returns the language of {@link #sampleText()}. Default: the first language the engine declares,
   * or {@code en} when it declares any language.
   *
   * @return a BCP 47 tag
   */
  protected String language() {
    return engine().descriptor().languages().stream()
        .filter(l -> !EngineDescriptor.ANY_LANGUAGE.equals(l))
        .findFirst()
        .orElse("en");
  }

  /**
   * Returns the longest text the engine accepts, in characters; the kit sends one more and expects
   * a refusal, and uses text of this length for the interrupt check. Default 5000.
   *
   * @return the engine's limit, as configured by {@link #config()}
   */
  protected int maxTextLength() {
    return 5000;
  }

  @Override
  final EngineKind kind() {
    return EngineKind.TEXT_TO_SPEECH;
  }

  @Override
  final Class<TextToSpeechProvider> providerType() {
    return TextToSpeechProvider.class;
  }

  @Override
  final Object validCall(TextToSpeech engine) {
    return engine.synthesize(sampleText(), language());
  }

  @Override
  final String differenceBetween(Object expected, Object actual) {
    Audio a = ((SynthesizedSpeech) expected).audio();
    Audio b = ((SynthesizedSpeech) actual).audio();
    if (!a.format().equals(b.format())) {
      return a.format() + " alone but " + b.format() + " concurrently";
    }
    long tolerance = Math.max(50, a.durationMillis() / 10);
    if (Math.abs(a.durationMillis() - b.durationMillis()) > tolerance) {
      return a.durationMillis()
          + " ms of speech alone but "
          + b.durationMillis()
          + " ms concurrently";
    }
    return null;
  }

  @Override
  final Object heavyCall(TextToSpeech engine) {
    String sentence = sampleText() + " ";
    int length = Math.min(maxTextLength(), 100_000);
    StringBuilder text = new StringBuilder(length);
    while (text.length() + sentence.length() <= length) {
      text.append(sentence);
    }
    return engine.synthesize(text.toString().trim(), language());
  }

  @Override
  final Object callInLanguage(TextToSpeech engine, String language) {
    return engine.synthesize(sampleText(), language);
  }

  @Override
  final void badInputCall(TextToSpeech engine) {
    engine.synthesize("", language());
  }

  /** The sample text is spoken as audible mono PCM at a declared rate. */
  @Test
  public void shouldSpeakSampleText() {
    TextToSpeech engine = engine();

    SynthesizedSpeech speech = engine.synthesize(sampleText(), language());

    assertThat(speech).as("engine '%s' returned null speech", id()).isNotNull();
    Audio audio = speech.audio();
    assertThat(audio.format().isMono()).as("engine '%s' must produce mono audio", id()).isTrue();
    assertThat(engine.descriptor().sampleRates())
        .as(
            "engine '%s' produced %d Hz, which its descriptor does not declare",
            id(), audio.format().sampleRate())
        .contains(audio.format().sampleRate());
    assertThat(audio.durationMillis())
        .as("engine '%s' duration of '%s' in ms", id(), sampleText())
        .isBetween(200L, 60_000L);
    assertThat(audio.peak())
        .as("engine '%s' produced silence for '%s'", id(), sampleText())
        .isGreaterThan(500);
    assertThat(speech.voice()).as("engine '%s' voice name", id()).isNotBlank();
  }

  /** Empty text is refused with InvalidInputException. */
  @Test
  public void shouldRefuseEmptyText() {
    expectInvalidInput("empty text", () -> engine().synthesize("", language()));
  }

  /** Blank text is refused with InvalidInputException. */
  @Test
  public void shouldRefuseBlankText() {
    expectInvalidInput(
        "text of white space only", () -> engine().synthesize(" \t\n\u00a0 ", language()));
  }

  /** Text longer than the engine's limit is refused with InvalidInputException. */
  @Test
  public void shouldRefuseOversizedText() {
    String tooLong = "a ".repeat(maxTextLength() / 2 + 1);

    expectInvalidInput(
        "text of " + tooLong.length() + " characters, above its limit of " + maxTextLength(),
        () -> engine().synthesize(tooLong, language()));
  }

  /** Unusual text is spoken or refused with InvalidInputException. */
  @Test
  public void shouldSpeakOrRefuseUnusualText() {
    Map<String, String> cases =
        Map.of(
            "text with control characters", "turn on\u0000 the\u0007 lights\u001b[0m",
            "text with a lone surrogate", "turn on the \ud800 lights",
            "text with emoji", "turn on the lights \ud83d\udca1\ud83d\udca1",
            "text with markup", "<script>alert('x')</script> turn on the lights",
            "text of punctuation only", "?!... ,;");

    for (Map.Entry<String, String> c : cases.entrySet()) {
      Object outcome =
          expectServedOrInvalid(c.getKey(), () -> engine().synthesize(c.getValue(), language()));

      if (outcome != null) {
        assertThat(((SynthesizedSpeech) outcome).audio())
            .as("engine '%s' returned null audio for %s", id(), c.getKey())
            .isNotNull();
      }
    }
  }
}
