package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.EngineDiagnostic.Problem;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;

class EngineRegistryTest {

  @Test
  void shouldLoadHealthyProvidersWhenOthersOnTheClassPathAreBroken() {
    EngineRegistry registry = EngineRegistry.discover();

    assertThat(registry.ids(EngineKind.SPEECH_TO_TEXT))
        .containsExactly("primary-stt", "backup-stt", "french-stt");
    assertThat(registry.ids(EngineKind.TEXT_TO_SPEECH))
        .containsExactly("primary-tts", "backup-tts");
    assertThat(registry.ids(EngineKind.INTENT_CLASSIFICATION))
        .containsExactly("keyword-nlu", "backup-nlu");
  }

  @Test
  void shouldReportEachBrokenProviderAsTypedDiagnosticWhenDiscovering() {
    EngineRegistry registry = EngineRegistry.discover();

    List<EngineDiagnostic> diagnostics = registry.diagnostics();

    assertThat(diagnostics)
        .anySatisfy(
            d -> {
              assertThat(d.problem()).isEqualTo(Problem.PROVIDER_CONSTRUCTOR_FAILED);
              assertThat(d.providerClass()).endsWith("Providers$BrokenConstructorStt");
              assertThat(d.message()).contains("licence file missing");
              assertThat(d.isError()).isTrue();
            })
        .anySatisfy(
            d -> {
              assertThat(d.problem()).isEqualTo(Problem.MISSING_LIBRARY);
              assertThat(d.providerClass()).endsWith("Providers$MissingNativeStt");
              assertThat(d.message()).contains("UnsatisfiedLinkError", "fakevoice");
            })
        .anySatisfy(
            d -> {
              assertThat(d.problem()).isEqualTo(Problem.SERVICE_CONFIGURATION_ERROR);
              assertThat(d.message()).contains("NoSuchProvider");
            })
        .anySatisfy(
            d -> {
              assertThat(d.problem()).isEqualTo(Problem.INCOMPATIBLE_SPI_VERSION);
              assertThat(d.engineId()).isEqualTo("old-stt");
              assertThat(d.message()).contains("SPI 0.9", "SPI 1.0");
            });
  }

  @Test
  void shouldNameEveryCandidateWhenSeveralProvidersDeclareOneId() {
    EngineRegistry registry = EngineRegistry.discover();

    EngineDiagnostic several =
        registry.diagnostics().stream()
            .filter(d -> d.problem() == Problem.SEVERAL_CANDIDATES)
            .findFirst()
            .orElseThrow();

    assertThat(several.engineId()).isEqualTo("backup-stt");
    assertThat(several.isError()).isFalse();
    assertThat(several.message())
        .contains(
            "2 providers",
            "Providers$BackupStt",
            "Providers$DuplicateBackupStt",
            "using the first");
    assertThat(registry.descriptor(EngineKind.SPEECH_TO_TEXT, "backup-stt"))
        .map(EngineDescriptor::sampleRates)
        .hasValue(java.util.Set.of(8000));
  }

  @Test
  void shouldSayWhatToAddWhenAChainNamesAnEngineNobodyProvides() {
    try (VoicePipeline pipeline = Fixtures.builder().speechToText("vosk", "backup-stt").build()) {

      List<EngineDiagnostic> diagnostics = pipeline.diagnostics();

      assertThat(diagnostics)
          .anySatisfy(
              d -> {
                assertThat(d.problem()).isEqualTo(Problem.NO_CANDIDATE);
                assertThat(d.engineId()).isEqualTo("vosk");
                assertThat(d.message())
                    .contains(
                        "no speech-to-text engine 'vosk'",
                        "found: [primary-stt, backup-stt, french-stt]",
                        "org.theopy:voice-plugin-");
              });
      assertThat(pipeline.chain(EngineKind.SPEECH_TO_TEXT))
          .extracting(EngineDescriptor::id)
          .containsExactly("backup-stt");
    }
  }

  @Test
  void shouldLeaveEngineOutAndReportWhyWhenItsCreationFails() {
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("primary-stt", "backup-stt")
            .engineSetting("primary-stt", "fail-create", "true")
            .build()) {

      List<EngineDiagnostic> diagnostics = pipeline.diagnostics();

      assertThat(diagnostics)
          .anySatisfy(
              d -> {
                assertThat(d.problem()).isEqualTo(Problem.CREATION_FAILED);
                assertThat(d.engineId()).isEqualTo("primary-stt");
                assertThat(d.message()).contains("model file not found");
              });
      assertThat(pipeline.transcribe(Fixtures.tone(), "en").text())
          .isEqualTo("hello from backup-stt");
    }
  }

  @Test
  void shouldWarnAboutUnknownSettingAndMaskSecretsWhenConfigured() {
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("primary-stt")
            .engineSetting("primary-stt", "modle.path", "/models/en")
            .engineSetting("primary-stt", "api-key", "s3cr3t")
            .build()) {

      List<EngineDiagnostic> diagnostics = pipeline.diagnostics();

      assertThat(diagnostics)
          .anySatisfy(
              d -> {
                assertThat(d.problem()).isEqualTo(Problem.UNKNOWN_SETTING);
                assertThat(d.message()).contains("theopy.engine.primary-stt.modle.path");
              });
      assertThat(pipeline.configuration())
          .containsEntry("theopy.engine.primary-stt.api-key", "****")
          .containsEntry("theopy.engine.primary-stt.modle.path", "/models/en");
    }
  }

  @Test
  void shouldUseProvidersGivenDirectlyWhenBuiltWithoutServiceLoader() {
    EngineRegistry registry =
        EngineRegistry.of(
            new org.theopy.voice.core.testengines.Providers.FrenchStt(),
            new org.theopy.voice.core.testengines.Providers.OldSpiStt());

    List<String> ids = registry.ids(EngineKind.SPEECH_TO_TEXT);

    assertThat(ids).containsExactly("french-stt");
    assertThat(registry.diagnostics())
        .singleElement()
        .extracting(EngineDiagnostic::problem)
        .isEqualTo(Problem.INCOMPATIBLE_SPI_VERSION);
  }
}
