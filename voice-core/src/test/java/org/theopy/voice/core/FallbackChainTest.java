package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.Fixtures.Recorder;
import org.theopy.voice.core.PipelineException.AttemptResult;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.core.testengines.Script.Step;
import org.theopy.voice.spi.Capability;
import org.theopy.voice.spi.EngineKind;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.AudioFormat;

class FallbackChainTest {

  private final Script primary = Script.create();
  private final Script backup = Script.create();

  private VoicePipeline.Builder twoEngines() {
    return Fixtures.builder()
        .speechToText("primary-stt", "backup-stt")
        .engineSetting("primary-stt", "script", primary.name())
        .engineSetting("backup-stt", "script", backup.name());
  }

  @Test
  void shouldFallBackToNextEngineWhenPrimaryFailsWithNonRetryableError() {
    primary.then(Step.badCredentials());
    Recorder recorder = new Recorder();
    try (VoicePipeline pipeline = twoEngines().listener(recorder).build()) {

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
      assertThat(primary.calls()).isEqualTo(1);
      assertThat(backup.calls()).isEqualTo(1);
    }
    assertThat(recorder.of(EngineCallEvent.class))
        .extracting(
            EngineCallEvent::engineId,
            EngineCallEvent::outcome,
            EngineCallEvent::retries,
            EngineCallEvent::fallback)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("primary-stt", CallOutcome.FAILURE, 0, false),
            org.assertj.core.groups.Tuple.tuple("backup-stt", CallOutcome.SUCCESS, 0, true));
  }

  @Test
  void shouldRetryRetryableErrorAndAnswerFromSameEngineWhenSecondAttemptSucceeds() {
    primary.then(Step.outage(), Step.ANSWER);
    Recorder recorder = new Recorder();
    try (VoicePipeline pipeline = twoEngines().listener(recorder).build()) {

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from primary-stt");
      assertThat(primary.calls()).isEqualTo(2);
      assertThat(backup.calls()).isZero();
    }
    assertThat(recorder.of(EngineCallEvent.class))
        .singleElement()
        .satisfies(e -> assertThat(e.retries()).isEqualTo(1));
  }

  @Test
  void shouldNotRetryWhenErrorIsNotRetryable() {
    primary.then(Step.badInput());
    try (VoicePipeline pipeline =
        twoEngines().resilience(Fixtures.fast().maxAttempts(5).build()).build()) {

      pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(primary.calls()).isEqualTo(1);
      assertThat(backup.calls()).isEqualTo(1);
    }
  }

  @Test
  void shouldFallBackWithoutWaitingForHungEngineWhenTimeLimitPasses() {
    primary.then(Step.hang());
    Recorder recorder = new Recorder();
    try (VoicePipeline pipeline =
        twoEngines()
            .resilience(
                "primary-stt",
                Fixtures.fast().timeLimit(Duration.ofMillis(200)).maxAttempts(1).build())
            .listener(recorder)
            .build()) {
      long start = System.nanoTime();

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
      assertThat(elapsedMillis).isGreaterThanOrEqualTo(200).isLessThan(10_000);
    }
    assertThat(recorder.of(EngineCallEvent.class))
        .first()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(CallOutcome.TIMEOUT);
              assertThat(e.error()).isEqualTo("timed out after 200 ms");
            });
  }

  @Test
  void shouldSkipPrimaryWithoutCallingItWhenItsCircuitIsOpen() {
    primary.then(Step.outage());
    Recorder recorder = new Recorder();
    ResilienceSettings tripQuickly =
        Fixtures.fast()
            .maxAttempts(1)
            .circuitWindow(4)
            .circuitMinimumCalls(4)
            .circuitFailureRate(50)
            .circuitOpenDuration(Duration.ofMinutes(1))
            .build();
    try (VoicePipeline pipeline =
        twoEngines().resilience("primary-stt", tripQuickly).listener(recorder).build()) {
      for (int i = 0; i < 4; i++) {
        pipeline.transcribe(Fixtures.tone(), "en");
      }
      int callsWhenOpened = primary.calls();

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
      assertThat(callsWhenOpened).isEqualTo(4);
      assertThat(primary.calls()).isEqualTo(4);
      assertThat(pipeline.indicators())
          .filteredOn(i -> i.engineId().equals("primary-stt"))
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.circuitState()).isEqualTo(CircuitState.OPEN);
                assertThat(i.errorRate()).isEqualTo(1.0);
              });
    }
    assertThat(recorder.of(CircuitStateEvent.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.engineId()).isEqualTo("primary-stt");
              assertThat(e.from()).isEqualTo(CircuitState.CLOSED);
              assertThat(e.to()).isEqualTo(CircuitState.OPEN);
            });
    assertThat(recorder.of(EngineCallEvent.class))
        .filteredOn(e -> e.outcome() == CallOutcome.REJECTED)
        .extracting(EngineCallEvent::engineId)
        .containsExactly("primary-stt");
  }

  @Test
  void shouldCloseCircuitAfterSuccessfulProbesWhenEngineRecovers() throws Exception {
    primary.then(Step.outage());
    Recorder recorder = new Recorder();
    ResilienceSettings settings =
        Fixtures.fast()
            .maxAttempts(1)
            .circuitWindow(2)
            .circuitMinimumCalls(2)
            .circuitOpenDuration(Duration.ofMillis(100))
            .circuitHalfOpenProbes(2)
            .build();
    try (VoicePipeline pipeline =
        twoEngines().resilience("primary-stt", settings).listener(recorder).build()) {
      pipeline.transcribe(Fixtures.tone(), "en");
      pipeline.transcribe(Fixtures.tone(), "en");
      primary.then(Step.ANSWER);
      Thread.sleep(150);

      String first = pipeline.transcribe(Fixtures.tone(), "en").text();
      String second = pipeline.transcribe(Fixtures.tone(), "en").text();

      assertThat(first).isEqualTo("hello from primary-stt");
      assertThat(second).isEqualTo("hello from primary-stt");
      assertThat(pipeline.indicators().get(0).circuitState()).isEqualTo(CircuitState.CLOSED);
    }
    assertThat(recorder.of(CircuitStateEvent.class))
        .extracting(CircuitStateEvent::to)
        .containsExactly(CircuitState.OPEN, CircuitState.HALF_OPEN, CircuitState.CLOSED);
  }

  @Test
  void shouldWaitRetryAfterBeforeRetryingWhenEngineAsksForIt() {
    primary.then(Step.outageRetryAfter(Duration.ofMillis(300)), Step.ANSWER);
    try (VoicePipeline pipeline = twoEngines().build()) {
      long start = System.nanoTime();

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from primary-stt");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(300);
    }
  }

  @Test
  void shouldFallBackAtOnceWhenRetryAfterExceedsTheHonouredMaximum() {
    primary.then(Step.outageRetryAfter(Duration.ofMinutes(5)), Step.ANSWER);
    try (VoicePipeline pipeline = twoEngines().build()) {

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
      assertThat(primary.calls()).isEqualTo(1);
    }
  }

  @Test
  void shouldSayWhatEachEngineDidWhenTheWholeChainFails() {
    primary.then(Step.hang());
    backup.then(Step.badCredentials());
    try (VoicePipeline pipeline =
        twoEngines()
            .resilience(Fixtures.fast().timeLimit(Duration.ofMillis(100)).maxAttempts(1).build())
            .build()) {

      assertThatThrownBy(() -> pipeline.transcribe(Fixtures.tone(), "en"))
          .isInstanceOf(PipelineException.class)
          .hasMessage(
              "speech-to-text failed on every engine: engine 'primary-stt': timed out after 100"
                  + " ms; engine 'backup-stt': scripted credentials rejected")
          .satisfies(
              e ->
                  assertThat(((PipelineException) e).attempts())
                      .extracting(PipelineException.EngineAttempt::result)
                      .containsExactly(AttemptResult.TIMED_OUT, AttemptResult.FAILED));
    }
  }

  @Test
  void shouldReportOpenCircuitInFailureMessageWhenEveryEngineIsDown() {
    primary.then(Step.outage());
    backup.then(Step.badCredentials());
    ResilienceSettings trip =
        Fixtures.fast().maxAttempts(1).circuitWindow(1).circuitMinimumCalls(1).build();
    try (VoicePipeline pipeline = twoEngines().resilience("primary-stt", trip).build()) {
      assertThatThrownBy(() -> pipeline.transcribe(Fixtures.tone(), "en"))
          .isInstanceOf(PipelineException.class);

      assertThatThrownBy(() -> pipeline.transcribe(Fixtures.tone(), "en"))
          .hasMessage(
              "speech-to-text failed on every engine: engine 'primary-stt': OPEN circuit; engine"
                  + " 'backup-stt': scripted credentials rejected");
    }
  }

  @Test
  void shouldSkipEngineWhoseLanguageDoesNotFitAndRecordWhy() {
    Script french = Script.create();
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("french-stt", "backup-stt")
            .engineSetting("french-stt", "script", french.name())
            .build()) {

      Transcript english = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(english.text()).isEqualTo("hello from backup-stt");
      assertThat(french.calls()).isZero();
      assertThatThrownBy(() -> pipeline.transcribe(Fixtures.tone(), "de"))
          .isInstanceOf(PipelineException.class)
          .hasMessageContaining(
              "engine 'french-stt': skipped: does not handle language 'de' (handles [fr])")
          .hasMessageContaining("engine 'backup-stt': skipped: does not handle language 'de'");
    }
  }

  @Test
  void shouldSkipEngineLackingRequiredCapability() {
    try (VoicePipeline pipeline =
        twoEngines()
            .requireCapabilities(EngineKind.SPEECH_TO_TEXT, Capability.WORD_TIMINGS)
            .build()) {

      Transcript transcript = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
      assertThat(primary.calls()).isZero();
    }
  }

  @Test
  void shouldConvertAudioToMonoAtTheEngineRateWhenTranscribing() {
    primary.then(Step.badInput());
    try (VoicePipeline pipeline = twoEngines().build()) {

      pipeline.transcribe(Fixtures.tone(44_100, 2, 500), "en");

      assertThat(primary.formats()).containsExactly(AudioFormat.pcm16Mono(16000));
      assertThat(backup.formats()).containsExactly(AudioFormat.pcm16Mono(8000));
    }
  }

  @Test
  void shouldCompleteAsyncStageWithFallbackAnswerWhenPrimaryFails() throws Exception {
    primary.then(Step.badCredentials());
    try (VoicePipeline pipeline = twoEngines().build()) {

      Transcript transcript =
          pipeline
              .transcribeAsync(Fixtures.tone(), "en")
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);

      assertThat(transcript.text()).isEqualTo("hello from backup-stt");
    }
  }

  @Test
  void shouldRejectEmptyAudioWithClearMessageWhenTranscribing() {
    try (VoicePipeline pipeline = twoEngines().build()) {

      assertThatThrownBy(
              () ->
                  pipeline.transcribe(
                      org.theopy.voice.spi.audio.Audio.of(new short[0], AudioFormat.SPEECH_16K),
                      "en"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("audio must not be null or empty");
      assertThat(primary.calls()).isZero();
    }
  }
}
