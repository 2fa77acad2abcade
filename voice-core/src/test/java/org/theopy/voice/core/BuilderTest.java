package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineKind;

class BuilderTest {

  @Test
  void shouldSealConfigurationWhenPipelineIsBuilt() {
    VoicePipeline.Builder builder = Fixtures.builder().speechToText("backup-stt");
    try (VoicePipeline pipeline = builder.build()) {

      assertThatThrownBy(() -> builder.speechToText("primary-stt"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("configuration is sealed");
      assertThat(pipeline.chain(EngineKind.SPEECH_TO_TEXT))
          .extracting(EngineDescriptor::id)
          .containsExactly("backup-stt");
      assertThatThrownBy(() -> pipeline.configuration().put("theopy.stt.chain", "x"))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void shouldLetSystemPropertiesOverrideBuilderAndBuilderOverrideFile() {
    Properties file = new Properties();
    file.setProperty("theopy.stt.chain", "french-stt");
    file.setProperty("theopy.tts.chain", "backup-tts");
    file.setProperty("theopy.nlu.chain", "backup-nlu");
    file.setProperty("other.key", "ignored");
    System.setProperty("theopy.nlu.chain", "keyword-nlu");
    try (VoicePipeline pipeline =
        VoicePipeline.builder()
            .properties(file)
            .speechToText("primary-stt", "backup-stt")
            .intentClassifier("backup-nlu")
            .build()) {

      assertThat(pipeline.chain(EngineKind.SPEECH_TO_TEXT))
          .extracting(EngineDescriptor::id)
          .containsExactly("primary-stt", "backup-stt");
      assertThat(pipeline.chain(EngineKind.TEXT_TO_SPEECH))
          .extracting(EngineDescriptor::id)
          .containsExactly("backup-tts");
      assertThat(pipeline.chain(EngineKind.INTENT_CLASSIFICATION))
          .extracting(EngineDescriptor::id)
          .containsExactly("keyword-nlu");
      assertThat(pipeline.configuration()).doesNotContainKey("other.key");
    } finally {
      System.clearProperty("theopy.nlu.chain");
    }
  }

  @Test
  void shouldReadChainsFromAPropertiesFile(@TempDir Path dir) throws IOException {
    Path settings = dir.resolve("theopy.properties");
    Files.writeString(settings, "# engines in order\ntheopy.stt.chain=backup-stt, primary-stt\n");

    try (VoicePipeline pipeline = Fixtures.builder().properties(settings).build()) {

      assertThat(pipeline.chain(EngineKind.SPEECH_TO_TEXT))
          .extracting(EngineDescriptor::id)
          .containsExactly("backup-stt", "primary-stt");
    }
  }

  @Test
  void shouldNameTheFileWhenItIsMissingOrMalformed(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.properties");
    Path malformed = dir.resolve("malformed.properties");
    Files.writeString(malformed, "theopy.stt.chain=\\u12\n");

    assertThatThrownBy(() -> VoicePipeline.builder().properties(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings file " + missing + " does not exist");
    assertThatThrownBy(() -> VoicePipeline.builder().properties(malformed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("settings file " + malformed + " cannot be read");
  }

  @Test
  void shouldNameTheSettingWhenAValueCannotBeRead() {
    VoicePipeline.Builder builder = Fixtures.builder().setting("theopy.resilience.timeout", "soon");

    assertThatThrownBy(builder::build)
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("setting 'theopy.resilience.timeout'")
        .hasMessageContaining("soon");
  }

  @Test
  void shouldReadPerEngineResilienceFromPropertiesWhenGiven() {
    Properties file = new Properties();
    file.setProperty("theopy.resilience.retry.max-attempts", "4");
    file.setProperty("theopy.engine.backup-stt.resilience.timeout", "750ms");

    ResilienceSettings global =
        ResilienceSettings.fromProperties(
            toMap(file), "theopy.resilience.", ResilienceSettings.defaults());
    ResilienceSettings own =
        ResilienceSettings.fromProperties(
            toMap(file), "theopy.engine.backup-stt.resilience.", global);

    assertThat(own.maxAttempts()).isEqualTo(4);
    assertThat(own.timeLimit()).hasMillis(750);
    assertThat(own.circuitWindow()).isEqualTo(ResilienceSettings.defaults().circuitWindow());
  }

  @Test
  void shouldRejectOutOfRangeResilienceValueWithBoundAndValue() {
    assertThatThrownBy(() -> ResilienceSettings.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be between 1 and 100 but was 0");
  }

  @Test
  void shouldCloseEnginesAndRefuseRequestsWhenPipelineIsClosed() {
    Script script = Script.create();
    VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("backup-stt")
            .engineSetting("backup-stt", "script", script.name())
            .build();
    pipeline.transcribe(Fixtures.tone(), "en");

    pipeline.close();

    assertThat(script.isClosed()).isTrue();
    assertThat(pipeline.health().engines())
        .allSatisfy(e -> assertThat(e.health().reason()).isEqualTo("the pipeline is closed"));
    assertThatThrownBy(() -> pipeline.transcribe(Fixtures.tone(), "en"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the voice pipeline is closed");
  }

  private static java.util.Map<String, String> toMap(Properties p) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
    return m;
  }
}
