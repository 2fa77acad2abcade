package org.theopy.voice.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentClassifierProvider;
import org.theopy.voice.spi.IntentResult;

/**
 * The contract of an intent classifier. Extend it in a test class of the plugin, return the
 * provider from {@link #provider()}, a working configuration from {@link #config()}, and an
 * utterance with its expected intent; JUnit runs every check of {@link EngineContract} and these:
 *
 * <ul>
 *   <li>the sample utterance is classified as the expected intent, with candidates ranked by
 *       confidence;
 *   <li>empty and blank utterances, and utterances longer than {@link #maxUtteranceLength()}, are
 *       refused with {@code InvalidInputException} (not retryable);
 *   <li>unusual text (control characters, a lone surrogate, emoji, markup, gibberish) is classified
 *       or refused with {@code InvalidInputException}, never answered with another exception.
 * </ul>
 */
public abstract class IntentClassifierContract
    extends EngineContract<IntentClassifier, IntentClassifierProvider> {

  /** Creates the contract. */
  protected IntentClassifierContract() {}

  /**
   * Returns an utterance the engine, as configured, classifies reliably.
   *
   * @return the utterance
   */
  protected abstract String sampleUtterance();

  /**
   * Returns the intent {@link #sampleUtterance()} expresses.
   *
   * @return the intent's name
   */
  protected abstract String expectedIntent();

  /**
   * Returns the language of {@link #sampleUtterance()}. Default: the first language the engine
   * declares, or {@code en} when it declares any language.
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
   * Returns the longest utterance the engine accepts, in characters. Default 1000.
   *
   * @return the engine's limit, as configured by {@link #config()}
   */
  protected int maxUtteranceLength() {
    return 1000;
  }

  @Override
  final EngineKind kind() {
    return EngineKind.INTENT_CLASSIFICATION;
  }

  @Override
  final Class<IntentClassifierProvider> providerType() {
    return IntentClassifierProvider.class;
  }

  @Override
  final Object validCall(IntentClassifier engine) {
    return engine.classify(sampleUtterance(), language());
  }

  @Override
  final String differenceBetween(Object expected, Object actual) {
    return expected.equals(actual) ? null : expected + " alone but " + actual + " concurrently";
  }

  @Override
  final Object heavyCall(IntentClassifier engine) {
    String sentence = sampleUtterance() + " ";
    int length = Math.min(maxUtteranceLength(), 100_000);
    StringBuilder text = new StringBuilder(length);
    while (text.length() + sentence.length() <= length) {
      text.append(sentence);
    }
    return engine.classify(text.toString().trim(), language());
  }

  @Override
  final Object callInLanguage(IntentClassifier engine, String language) {
    return engine.classify(sampleUtterance(), language);
  }

  @Override
  final void badInputCall(IntentClassifier engine) {
    engine.classify("", language());
  }

  /** The sample utterance is classified as the expected intent. */
  @Test
  public void shouldClassifySampleUtterance() {
    IntentResult result = engine().classify(sampleUtterance(), language());

    assertThat(result).as("engine '%s' returned a null result", id()).isNotNull();
    assertThat(result.intent())
        .as("engine '%s' intent of '%s' (ranked: %s)", id(), sampleUtterance(), result.ranked())
        .contains(expectedIntent());
    double previous = Double.MAX_VALUE;
    for (IntentCandidate candidate : result.ranked()) {
      assertThat(candidate.confidence()).isLessThanOrEqualTo(previous);
      previous = candidate.confidence();
    }
  }

  /** Empty utterances are refused with InvalidInputException. */
  @Test
  public void shouldRefuseEmptyUtterance() {
    expectInvalidInput("an empty utterance", () -> engine().classify("", language()));
  }

  /** Blank utterances are refused with InvalidInputException. */
  @Test
  public void shouldRefuseBlankUtterance() {
    expectInvalidInput(
        "an utterance of white space only", () -> engine().classify(" \t\n\u00a0 ", language()));
  }

  /** Utterances longer than the engine's limit are refused with InvalidInputException. */
  @Test
  public void shouldRefuseOversizedUtterance() {
    String tooLong = "a ".repeat(maxUtteranceLength() / 2 + 1);

    expectInvalidInput(
        "an utterance of "
            + tooLong.length()
            + " characters, above its limit of "
            + maxUtteranceLength(),
        () -> engine().classify(tooLong, language()));
  }

  /** Unusual utterances are classified or refused with InvalidInputException. */
  @Test
  public void shouldClassifyOrRefuseUnusualUtterances() {
    Map<String, String> cases =
        Map.of(
            "an utterance with control characters", "set a timer\u0000 for\u0007 ten minutes",
            "an utterance with a lone surrogate", "set a \ud800 timer",
            "an utterance with emoji", "set a timer \u23f0\ud83d\ude00",
            "an utterance with markup", "<script>alert('x')</script> set a timer",
            "gibberish", "qwxz plorf zzkt vrembl");

    for (Map.Entry<String, String> c : cases.entrySet()) {
      Object outcome =
          expectServedOrInvalid(c.getKey(), () -> engine().classify(c.getValue(), language()));

      if (outcome != null) {
        assertThat(((IntentResult) outcome).ranked())
            .as("engine '%s' returned null candidates for %s", id(), c.getKey())
            .isNotNull();
      }
    }
  }
}
