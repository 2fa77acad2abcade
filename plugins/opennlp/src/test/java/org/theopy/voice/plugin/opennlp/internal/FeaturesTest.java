package org.theopy.voice.plugin.opennlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How utterances are normalised and turned into features. */
class FeaturesTest {

  @Test
  void shouldLowerCaseDropApostrophesAndMapDigitsWhenNormalising() {
    assertThat(Features.words("What's the TIME at 10:30?"))
        .containsExactly("whats", "the", "time", "at", "00", "00");
  }

  @Test
  void shouldTreatFullWidthAndAccentedLettersAsLetters() {
    assertThat(Features.words("Ｃafé ｎｏｗ")).containsExactly("café", "now");
  }

  @Test
  void shouldExtractWordsBigramsWithMarkersAndCharacterGrams() {
    String[] features = Features.of("set timer");

    assertThat(features)
        .contains("w=set", "w=timer", "b=^_set", "b=set_timer", "b=timer_$")
        .contains("c=<se", "c=set>", "c=<set>", "c=<tim", "c=mer>")
        .doesNotHaveDuplicates();
  }

  @Test
  void shouldYieldOneMarkerFeatureWhenTheUtteranceHasNoLetterOrDigit() {
    assertThat(Features.of("?! \u23f0 ...")).containsExactly("none");
  }
}
