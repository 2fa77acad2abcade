package org.theopy.voice.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineDescriptorTest {

  @Test
  void shouldMatchLanguagesByPrimarySubtag() {
    EngineDescriptor english =
        EngineDescriptor.builder("vosk", EngineKind.SPEECH_TO_TEXT).languages("en-US").build();

    assertThat(english.supportsLanguage("en")).isTrue();
    assertThat(english.supportsLanguage("EN_us")).isTrue();
    assertThat(english.supportsLanguage("fr")).isFalse();
    assertThat(english.supportsLanguage("")).isFalse();
  }

  @Test
  void shouldMatchRegionalRequestAgainstPlainLanguage() {
    EngineDescriptor english =
        EngineDescriptor.builder("e", EngineKind.TEXT_TO_SPEECH).languages("en").build();

    assertThat(english.supportsLanguage("en-GB")).isTrue();
  }

  @Test
  void shouldAcceptAnyLanguageWithWildcard() {
    EngineDescriptor any =
        EngineDescriptor.builder("whisper", EngineKind.SPEECH_TO_TEXT).languages("*").build();

    assertThat(any.supportsLanguage("ja")).isTrue();
  }

  @Test
  void shouldPickTheNearestSampleRateAboveThenBelow() {
    EngineDescriptor d =
        EngineDescriptor.builder("s", EngineKind.SPEECH_TO_TEXT)
            .languages("en")
            .sampleRates(8000, 16_000)
            .build();

    assertThat(d.bestSampleRateFor(16_000)).isEqualTo(16_000);
    assertThat(d.bestSampleRateFor(11_025)).isEqualTo(16_000);
    assertThat(d.bestSampleRateFor(48_000)).isEqualTo(16_000);
  }

  @Test
  void shouldRejectMalformedIdsAndMissingLanguages() {
    assertThatThrownBy(() -> EngineDescriptor.builder("Bad Id", EngineKind.SPEECH_TO_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad Id");
    assertThatThrownBy(() -> EngineDescriptor.builder("x", EngineKind.SPEECH_TO_TEXT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("declares no language");
  }

  @Test
  void shouldAcceptOnlyTheSameMajorAndAnOlderOrEqualMinor() {
    assertThat(SpiVersion.isCompatible(SpiVersion.CURRENT)).isTrue();
    assertThat(SpiVersion.isCompatible(SpiVersion.MAJOR + ".0")).isTrue();
    assertThat(SpiVersion.isCompatible((SpiVersion.MAJOR + 1) + ".0")).isFalse();
    assertThat(SpiVersion.isCompatible(SpiVersion.MAJOR + "." + (SpiVersion.MINOR + 1))).isFalse();
    assertThat(SpiVersion.isCompatible("one")).isFalse();
    assertThat(SpiVersion.isCompatible(null)).isFalse();
  }
}
