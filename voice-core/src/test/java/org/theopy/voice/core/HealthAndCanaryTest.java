package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.core.testengines.Script.Step;
import org.theopy.voice.spi.HealthStatus;

class HealthAndCanaryTest {

  @Test
  void shouldReportDegradedWithOpenCircuitAndDiagnosticsWhenPrimaryIsDown() {
    Script primary = Script.create().then(Step.outage());
    ResilienceSettings trip =
        Fixtures.fast().maxAttempts(1).circuitWindow(1).circuitMinimumCalls(1).build();
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("primary-stt", "backup-stt")
            .engineSetting("primary-stt", "script", primary.name())
            .resilience("primary-stt", trip)
            .build()) {
      pipeline.transcribe(Fixtures.tone(), "en");

      HealthReport report = pipeline.health();

      assertThat(report.status()).isEqualTo(HealthStatus.DEGRADED);
      assertThat(report.engines())
          .filteredOn(e -> e.descriptor().id().equals("primary-stt"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.circuitState()).isEqualTo(CircuitState.OPEN);
                assertThat(e.health().status()).isEqualTo(HealthStatus.UP);
              });
      assertThat(report.diagnostics())
          .extracting(EngineDiagnostic::problem)
          .contains(EngineDiagnostic.Problem.PROVIDER_CONSTRUCTOR_FAILED);
    }
  }

  @Test
  void shouldMeasureLatencyErrorAndFallbackRatesWhenEnginesAreCalled() {
    Script primary = Script.create().then(Step.badInput(), Step.ANSWER);
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("primary-stt", "backup-stt")
            .engineSetting("primary-stt", "script", primary.name())
            .build()) {
      for (int i = 0; i < 4; i++) {
        pipeline.transcribe(Fixtures.tone(), "en");
      }

      List<EngineIndicators> indicators = pipeline.indicators();

      EngineIndicators first = indicators.get(0);
      EngineIndicators second = indicators.get(1);
      assertThat(first.engineId()).isEqualTo("primary-stt");
      assertThat(first.calls()).isEqualTo(4);
      assertThat(first.errorRate()).isEqualTo(0.25);
      assertThat(first.fallbackRate()).isZero();
      assertThat(first.latencyP50()).isPositive();
      assertThat(first.latencyP99()).isGreaterThanOrEqualTo(first.latencyP50());
      assertThat(first.realTimeFactor()).isPositive().isLessThan(1.0);
      assertThat(second.calls()).isEqualTo(1);
      assertThat(second.fallbackRate()).isEqualTo(1.0);
    }
  }

  @Test
  void shouldReportWordErrorRateOfEngineWhenCanaryRuns() {
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("backup-stt")
            .engineSetting("backup-stt", "text", "turn of the lights")
            .build()) {
      List<LabelledAudio> samples =
          List.of(
              new LabelledAudio("lights.wav", Fixtures.tone(), "Turn off the lights."),
              new LabelledAudio("lights-again.wav", Fixtures.tone(), "turn of the lights"));

      CanaryReport report = pipeline.runCanary("backup-stt", "en", samples);

      assertThat(report.samples()).extracting(s -> s.score().errors()).containsExactly(1, 0);
      assertThat(report.corpus().referenceWords()).isEqualTo(8);
      assertThat(report.wordErrorRate()).isEqualTo(1.0 / 8.0);
      assertThat(report.failures()).isZero();
    }
  }

  @Test
  void shouldCountFailedCanarySampleAsAllDeletedWhenEngineFails() {
    Script hang = Script.create().then(Step.hang());
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("backup-stt")
            .engineSetting("backup-stt", "script", hang.name())
            .resilience(Fixtures.fast().timeLimit(Duration.ofMillis(100)).build())
            .build()) {

      CanaryReport report =
          pipeline.runCanary(
              "backup-stt", "en", List.of(new LabelledAudio("a", Fixtures.tone(), "call mum")));

      assertThat(report.failures()).isEqualTo(1);
      assertThat(report.samples().get(0).error()).contains("no answer within 100 ms");
      assertThat(report.wordErrorRate()).isEqualTo(1.0);
    }
  }

  @Test
  void shouldRejectCanaryForEngineOutsideTheChain() {
    try (VoicePipeline pipeline = Fixtures.builder().speechToText("backup-stt").build()) {

      assertThatThrownBy(() -> pipeline.runCanary("vosk", "en", List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("engine 'vosk' is not in the speech-to-text chain [backup-stt]");
    }
  }
}
