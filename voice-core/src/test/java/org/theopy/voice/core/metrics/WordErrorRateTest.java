package org.theopy.voice.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordErrorRateTest {

  @Test
  void shouldScoreZeroWhenTextsDifferOnlyInCasePunctuationAndNumberSpelling() {
    String reference = "Set a timer for 5 minutes.";
    String hypothesis = "set a timer for five minutes";

    WordErrorRate.Result result = WordErrorRate.compute(reference, hypothesis);

    assertThat(result).isEqualTo(new WordErrorRate.Result(0, 0, 0, 6));
    assertThat(result.rate()).isZero();
  }

  @Test
  void shouldCountOneSubstitutionAndOneDeletionWhenAWordIsMisheardAndOneDropped() {
    String reference = "the cat sat on the mat";
    String hypothesis = "the cat sit on mat";

    WordErrorRate.Result result = WordErrorRate.compute(reference, hypothesis);

    assertThat(result).isEqualTo(new WordErrorRate.Result(1, 1, 0, 6));
    assertThat(result.rate()).isCloseTo(2.0 / 6.0, within(1e-12));
  }

  @Test
  void shouldCountInsertionsWhenTheHypothesisAddsWords() {
    String reference = "turn on the lights";
    String hypothesis = "turn on all the lights please";

    WordErrorRate.Result result = WordErrorRate.compute(reference, hypothesis);

    assertThat(result).isEqualTo(new WordErrorRate.Result(0, 0, 2, 4));
    assertThat(result.rate()).isEqualTo(0.5);
  }

  @Test
  void shouldExceedOneWhenInsertionsOutnumberReferenceWords() {
    String reference = "one two three";
    String hypothesis = "four five six seven";

    WordErrorRate.Result result = WordErrorRate.compute(reference, hypothesis);

    assertThat(result).isEqualTo(new WordErrorRate.Result(3, 0, 1, 3));
    assertThat(result.rate()).isCloseTo(4.0 / 3.0, within(1e-12));
  }

  @Test
  void shouldPreferSubstitutionsWhenAlignmentsCostTheSame() {
    WordErrorRate.Result result = WordErrorRate.compute("left right", "right left");

    assertThat(result).isEqualTo(new WordErrorRate.Result(2, 0, 0, 2));
  }

  @Test
  void shouldCountEveryReferenceWordAsDeletedWhenNothingWasHeard() {
    WordErrorRate.Result result = WordErrorRate.compute("call my mother", "");

    assertThat(result).isEqualTo(new WordErrorRate.Result(0, 3, 0, 3));
    assertThat(result.rate()).isEqualTo(1.0);
  }

  @Test
  void shouldRateZeroWhenBothTextsAreEmptyAndOneWhenOnlyTheReferenceIsEmpty() {
    WordErrorRate.Result bothEmpty = WordErrorRate.compute(" ... ", null);
    WordErrorRate.Result onlyReferenceEmpty = WordErrorRate.compute("", "hello there");

    assertThat(bothEmpty).isEqualTo(WordErrorRate.Result.EMPTY);
    assertThat(bothEmpty.rate()).isZero();
    assertThat(onlyReferenceEmpty).isEqualTo(new WordErrorRate.Result(0, 0, 2, 0));
    assertThat(onlyReferenceEmpty.rate()).isEqualTo(1.0);
  }

  @Test
  void shouldAggregateCorpusRateAsTotalErrorsOverTotalWordsWhenResultsAreAdded() {
    WordErrorRate.Result first = WordErrorRate.compute("wake me up", "wake me");
    WordErrorRate.Result second =
        WordErrorRate.compute("play some jazz music now", "play some jazz music now");

    WordErrorRate.Result corpus = WordErrorRate.Result.EMPTY.plus(first).plus(second);

    assertThat(corpus).isEqualTo(new WordErrorRate.Result(0, 1, 0, 8));
    assertThat(corpus.rate()).isEqualTo(1.0 / 8.0);
    assertThat(corpus.errors()).isEqualTo(1);
    assertThat(corpus.correct()).isEqualTo(7);
  }

  @Test
  void shouldMatchSpokenTimeWhenReferenceWritesItWithDigits() {
    WordErrorRate.Result result =
        WordErrorRate.compute("Wake me at 10:30!", "wake me at ten thirty");

    assertThat(result.errors()).isZero();
    assertThat(result.referenceWords()).isEqualTo(5);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "5|five",
        "25|twenty five",
        "0|zero",
        "100|one hundred",
        "115|one hundred fifteen",
        "1,200|one thousand two hundred",
        "2048|two thousand forty eight",
        "1000000|one million",
        "3.5|three point five",
        "10:30|ten thirty",
        "7:05|seven oh five",
        "7:00|seven oclock",
        "1st|first",
        "2nd|second",
        "3rd|third",
        "12th|twelfth",
        "20th|twentieth",
        "21st|twenty first",
        "'  Hello,   WORLD  '|hello world",
        "It's 25% off, on the 21st!|its twenty five percent off on the twenty first",
        "twenty-five|twenty five",
        "rock & roll|rock and roll",
        "play mp3 files|play mp three files",
        "Caf\u00e9 \u201cOlé\u201d|caf\u00e9 ol\u00e9",
        "don\u2019t stop|dont stop",
        "' ?! '|''",
      })
  void shouldNormalizeCasePunctuationAndNumbersWhenGivenWrittenText(String text, String expected) {
    String normalized = WordErrorRate.normalize(text);

    assertThat(normalized).isEqualTo(expected);
  }

  @Test
  void shouldAlignWordsAsGivenWhenCalledWithoutNormalisation() {
    WordErrorRate.Result result =
        WordErrorRate.computeWords(List.of("Five", "minutes"), List.of("five", "minutes"));

    assertThat(result).isEqualTo(new WordErrorRate.Result(1, 0, 0, 2));
  }

  @Test
  void shouldRejectCountsThatCannotComeFromAnAlignmentWhenConstructed() {
    assertThatThrownBy(() -> new WordErrorRate.Result(-1, 0, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("substitutions must be >= 0 but was -1");
    assertThatThrownBy(() -> new WordErrorRate.Result(2, 2, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot exceed referenceWords (3)");
  }
}
