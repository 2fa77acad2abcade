package org.theopy.voice.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentResultTest {

  @Test
  void shouldRankBestAndCandidatesWithoutDuplicates() {
    IntentCandidate timer = new IntentCandidate("set_timer", 0.7);

    IntentResult result =
        IntentResult.of(
            timer,
            Map.of("duration", "ten minutes"),
            List.of(new IntentCandidate("alarm", 0.2), new IntentCandidate("set_timer", 0.7)));

    assertThat(result.intent()).contains("set_timer");
    assertThat(result.ranked())
        .extracting(IntentCandidate::intent)
        .containsExactly("set_timer", "alarm");
    assertThat(result.slots()).containsEntry("duration", "ten minutes");
  }

  @Test
  void shouldDescribeOutOfScope() {
    IntentResult none = IntentResult.noIntent(List.of(new IntentCandidate("weather", 0.1)));

    assertThat(none.hasIntent()).isFalse();
    assertThat(none.confidence()).isZero();
    assertThat(none.ranked()).hasSize(1);
  }

  @Test
  void shouldRejectConfidenceOutsideZeroToOne() {
    assertThatThrownBy(() -> new IntentCandidate("x", 1.5))
        .hasMessageContaining("between 0 and 1, got 1.5");
    assertThatThrownBy(() -> new Transcript("hi", -0.1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
