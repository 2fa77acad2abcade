package org.theopy.voice.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordEditsTest {

  @Test
  void shouldCountNoEditsWhenWordsAreEqualApartFromSpacing() {
    int edits = WordEdits.between(" set a  timer ", "set a timer");

    assertThat(edits).isZero();
  }

  @Test
  void shouldCountOneEditWhenAWordIsInsertedDeletedOrSubstituted() {
    String reference = "set a timer for ten minutes";

    int inserted = WordEdits.between(reference, "to set a timer for ten minutes");
    int deleted = WordEdits.between(reference, "set a timer for minutes");
    int substituted = WordEdits.between(reference, "set a timer for two minutes");

    assertThat(inserted).isEqualTo(1);
    assertThat(deleted).isEqualTo(1);
    assertThat(substituted).isEqualTo(1);
  }

  @Test
  void shouldCountEveryWordWhenOneTextIsEmpty() {
    int fromEmpty = WordEdits.between("", "call mom");
    int toEmpty = WordEdits.between("call mom now", "  ");

    assertThat(fromEmpty).isEqualTo(2);
    assertThat(toEmpty).isEqualTo(3);
  }

  @Test
  void shouldCountTheFewestEditsWhenTextsShareWordsOutOfPlace() {
    int edits = WordEdits.between("what time is it in london", "what is it time in london");

    assertThat(edits).isEqualTo(2);
  }
}
