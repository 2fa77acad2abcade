package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.Fixtures.Recorder;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.core.testengines.Script.Step;
import org.theopy.voice.spi.IntentCandidate;

class TurnTest {

  private final AtomicInteger timerHandlerRuns = new AtomicInteger();
  private final Recorder recorder = new Recorder();

  private VoicePipeline.Builder builder(String heard) {
    return Fixtures.builder()
        .speechToText("backup-stt")
        .engineSetting("backup-stt", "text", heard)
        .intentClassifier("keyword-nlu")
        .engineSetting("keyword-nlu", "intent.set_timer", "set,timer")
        .engineSetting("keyword-nlu", "intent.cancel_timer", "cancel,timer")
        .engineSetting("keyword-nlu", "intent.weather", "weather")
        .textToSpeech("primary-tts")
        .listener(recorder)
        .onIntent(
            "set_timer",
            (intent, context) -> {
              timerHandlerRuns.incrementAndGet();
              return "Timer set.";
            });
  }

  @Test
  void shouldRunHandlerAndSpeakReplyWhenIntentIsClear() {
    TurnResult turn;
    try (VoicePipeline pipeline = builder("please set a timer").build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.ANSWERED);
    assertThat(turn.transcript().text()).isEqualTo("please set a timer");
    assertThat(turn.intent().intent()).hasValue("set_timer");
    assertThat(turn.replyText()).isEqualTo("Timer set.");
    assertThat(turn.spokenReply())
        .hasValueSatisfying(s -> assertThat(s.audio().isEmpty()).isFalse());
    assertThat(turn.speechFailure()).isNull();
    assertThat(timerHandlerRuns).hasValue(1);
    assertThat(recorder.of(ClarificationEvent.class)).isEmpty();
  }

  @Test
  void shouldAskForClarificationWithoutActingWhenConfidenceIsLow() {
    TurnResult turn;
    try (VoicePipeline pipeline = builder("timer").clarification(0.6, 0.1).build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.CLARIFICATION);
    assertThat(turn.clarificationReason()).isEqualTo(ClarificationReason.LOW_CONFIDENCE);
    assertThat(turn.candidates())
        .extracting(IntentCandidate::intent)
        .contains("set_timer", "cancel_timer");
    assertThat(turn.replyText()).startsWith("Sorry, did you mean ");
    assertThat(timerHandlerRuns).hasValue(0);
    awaitEvents(1);
    assertThat(recorder.of(ClarificationEvent.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.reason()).isEqualTo(ClarificationReason.LOW_CONFIDENCE);
              assertThat(e.utterance()).isEqualTo("timer");
              assertThat(e.candidates()).hasSize(2);
            });
  }

  @Test
  void shouldAskForClarificationWhenTheTwoBestIntentsAreTooClose() {
    TurnResult turn;
    try (VoicePipeline pipeline =
        builder("set or cancel the timer").clarification(0.5, 0.1).build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.CLARIFICATION);
    assertThat(turn.clarificationReason()).isEqualTo(ClarificationReason.SMALL_MARGIN);
    assertThat(turn.candidates()).extracting(IntentCandidate::confidence).containsExactly(1.0, 1.0);
    assertThat(timerHandlerRuns).hasValue(0);
  }

  @Test
  void shouldAskForClarificationWhenClassifierFindsNoIntent() {
    TurnResult turn;
    try (VoicePipeline pipeline =
        builder("sing me a song").clarificationPrompt(c -> "Could you rephrase that?").build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.CLARIFICATION);
    assertThat(turn.clarificationReason()).isEqualTo(ClarificationReason.NO_INTENT);
    assertThat(turn.candidates()).isEmpty();
    assertThat(turn.replyText()).isEqualTo("Could you rephrase that?");
  }

  @Test
  void shouldAnswerUnhandledIntentWithDefaultReplyWhenNoHandlerIsRegistered() {
    TurnResult turn;
    try (VoicePipeline pipeline = builder("what is the weather").build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.UNHANDLED);
    assertThat(turn.intent().intent()).hasValue("weather");
    assertThat(turn.replyText()).isEqualTo("Sorry, I cannot help with that yet.");
  }

  @Test
  void shouldReplyNoSpeechWithoutClassifyingWhenNothingWasHeard() {
    Script nlu = Script.create();
    TurnResult turn;
    try (VoicePipeline pipeline =
        builder("").engineSetting("keyword-nlu", "script", nlu.name()).build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.NO_SPEECH);
    assertThat(turn.replyText()).isEqualTo("Sorry, I did not catch that.");
    assertThat(turn.intent()).isNull();
    assertThat(nlu.calls()).isZero();
  }

  @Test
  void shouldReturnTextReplyWithTheReasonWhenSpeakingFails() {
    Script tts = Script.create().then(Step.badCredentials());
    TurnResult turn;
    try (VoicePipeline pipeline =
        builder("set a timer").engineSetting("primary-tts", "script", tts.name()).build()) {

      turn = pipeline.handle(Fixtures.tone(), "en");
    }

    assertThat(turn.replyText()).isEqualTo("Timer set.");
    assertThat(turn.speech()).isNull();
    assertThat(turn.speechFailure())
        .hasMessageContaining("text-to-speech failed on every engine")
        .hasMessageContaining("scripted credentials rejected");
  }

  @Test
  void shouldRunTurnOnPipelineThreadWhenAskedAsynchronously() throws Exception {
    TurnResult turn;
    try (VoicePipeline pipeline = builder("set a timer").build()) {

      turn =
          pipeline
              .handleAsync(null, Fixtures.tone(), "en")
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);
    }

    assertThat(turn.replyText()).isEqualTo("Timer set.");
  }

  private void awaitEvents(int clarifications) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (recorder.of(ClarificationEvent.class).size() < clarifications
        && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    List<ClarificationEvent> seen = recorder.of(ClarificationEvent.class);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(clarifications);
  }
}
