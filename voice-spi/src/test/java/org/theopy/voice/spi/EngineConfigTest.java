package org.theopy.voice.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

  @Test
  void shouldReadDurationsInEveryDocumentedForm() {
    EngineConfig config =
        EngineConfig.of(Map.of("a", "250", "b", "250ms", "c", "2s", "d", "1m", "e", "PT0.5S"));

    assertThat(config.getDuration("a", null)).isEqualTo(Duration.ofMillis(250));
    assertThat(config.getDuration("b", null)).isEqualTo(Duration.ofMillis(250));
    assertThat(config.getDuration("c", null)).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.getDuration("d", null)).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.getDuration("e", null)).isEqualTo(Duration.ofMillis(500));
    assertThat(config.getDuration("missing", Duration.ZERO)).isEqualTo(Duration.ZERO);
  }

  @Test
  void shouldNameEngineAndKeyWhenAValueIsWrong() {
    EngineConfig config = EngineConfig.of(Map.of("pool.size", "lots")).forEngine("freetts");

    assertThatThrownBy(() -> config.getInt("pool.size", 2, 1, 16))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessage("engine 'freetts': setting 'pool.size' must be an integer, got 'lots'")
        .satisfies(e -> assertThat(((EngineException) e).isRetryable()).isFalse());
  }

  @Test
  void shouldRejectOutOfRangeValues() {
    EngineConfig config = EngineConfig.of(Map.of("pool.size", "99", "t", "0.5", "b", "yes"));

    assertThatThrownBy(() -> config.getInt("pool.size", 2, 1, 16))
        .hasMessageContaining("between 1 and 16, got 99");
    assertThatThrownBy(() -> config.getDouble("t", 0.2, 0, 0.4))
        .hasMessageContaining("between 0.0 and 0.4");
    assertThatThrownBy(() -> config.getBoolean("b", false)).hasMessageContaining("true or false");
  }

  @Test
  void shouldTreatBlankValuesAsAbsentAndRequirePresentOnes() {
    EngineConfig config = EngineConfig.of(Map.of("url", "  "));

    assertThat(config.get("url")).isEmpty();
    assertThatThrownBy(() -> config.require("url")).hasMessageContaining("'url' is required");
  }

  @Test
  void shouldNeverPrintValues() {
    EngineConfig config = EngineConfig.of(Map.of("api.key", "sk-secret"));

    assertThat(config.toString()).contains("api.key").doesNotContain("sk-secret");
  }
}
