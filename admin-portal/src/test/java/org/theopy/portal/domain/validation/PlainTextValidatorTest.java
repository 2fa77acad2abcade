package org.theopy.portal.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

  @Test
  void shouldAcceptOrdinaryTextWithComparisonsAndLineBreaks() {
    assertThat(PlainTextValidator.isPlainText("CPU < 80 % and latency > 2 s\nsecond line"))
        .isTrue();
    assertThat(PlainTextValidator.isPlainText("a<3")).isTrue();
  }

  @Test
  void shouldRefuseMarkupAndControlCharacters() {
    assertThat(PlainTextValidator.isPlainText("<script>alert(1)</script>")).isFalse();
    assertThat(PlainTextValidator.isPlainText("x</b>")).isFalse();
    assertThat(PlainTextValidator.isPlainText("<!-- c -->")).isFalse();
    assertThat(PlainTextValidator.isPlainText("bell\u0007")).isFalse();
  }
}
