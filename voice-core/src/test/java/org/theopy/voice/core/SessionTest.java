package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SessionTest {

  private VoicePipeline.Builder builder() {
    return Fixtures.builder()
        .intentClassifier("keyword-nlu")
        .engineSetting("keyword-nlu", "intent.set_timer", "timer")
        .speakReplies(false)
        .onIntent("set_timer", (intent, context) -> "Timer set.");
  }

  @Test
  void shouldHandEachPendingReplyToExactlyOneResumeWhenClientsResumeConcurrently()
      throws Exception {
    try (VoicePipeline pipeline = builder().sessionLimits(20, 1000).build()) {
      String id = pipeline.openSession().id();
      List<String> produced = new CopyOnWriteArrayList<>();
      List<Session.PendingReply> delivered = new CopyOnWriteArrayList<>();
      AtomicBoolean producing = new AtomicBoolean(true);
      ExecutorService threads = Executors.newFixedThreadPool(6);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> producers = new ArrayList<>();
      for (int p = 0; p < 2; p++) {
        producers.add(
            threads.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 100; i++) {
                    produced.add(pipeline.handleText(id, "timer " + i, "en").replyId());
                  }
                  return null;
                }));
      }
      List<Future<?>> consumers = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        consumers.add(
            threads.submit(
                () -> {
                  start.await();
                  while (producing.get()) {
                    pipeline.resume(id).ifPresent(r -> delivered.addAll(r.deliveredReplies()));
                  }
                  return null;
                }));
      }

      start.countDown();
      for (Future<?> f : producers) {
        f.get(30, TimeUnit.SECONDS);
      }
      producing.set(false);
      for (Future<?> f : consumers) {
        f.get(30, TimeUnit.SECONDS);
      }
      delivered.addAll(pipeline.takePendingReplies(id));
      threads.shutdown();

      List<String> deliveredIds = delivered.stream().map(Session.PendingReply::id).toList();
      assertThat(produced).hasSize(200).doesNotHaveDuplicates();
      assertThat(deliveredIds).hasSize(200).doesNotHaveDuplicates();
      assertThat(Set.copyOf(deliveredIds)).isEqualTo(Set.copyOf(produced));
    }
  }

  @Test
  void shouldDeliverRepliesMissedDuringDisconnectionWhenClientResumes() {
    try (VoicePipeline pipeline = builder().build()) {
      Session session = pipeline.openSession();
      pipeline.handleText(session.id(), "set a timer", "en");
      pipeline.handleText(session.id(), "what is this", "en");

      ResumedSession resumed = pipeline.resume(session.id()).orElseThrow();
      ResumedSession again = pipeline.resume(session.id()).orElseThrow();

      assertThat(resumed.deliveredReplies())
          .extracting(Session.PendingReply::text, Session.PendingReply::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Timer set.", TurnOutcome.ANSWERED),
              org.assertj.core.groups.Tuple.tuple(
                  "Sorry, I did not understand. Could you say it another way?",
                  TurnOutcome.CLARIFICATION));
      assertThat(resumed.session().recentTurns())
          .extracting(Session.Turn::utterance)
          .containsExactly("set a timer", "what is this");
      assertThat(again.deliveredReplies()).isEmpty();
    }
  }

  @Test
  void shouldKeepOnlyTheMostRecentTurnsWhenSessionGrowsBeyondItsBound() {
    try (VoicePipeline pipeline = builder().sessionLimits(3, 2).build()) {
      String id = pipeline.openSession().id();
      for (int i = 1; i <= 5; i++) {
        pipeline.handleText(id, "timer " + i, "en");
      }

      ResumedSession resumed = pipeline.resume(id).orElseThrow();

      assertThat(resumed.session().recentTurns())
          .extracting(Session.Turn::utterance)
          .containsExactly("timer 3", "timer 4", "timer 5");
      assertThat(resumed.deliveredReplies()).hasSize(2);
    }
  }

  @Test
  void shouldFailWithSessionNotFoundWhenIdIsUnknown() {
    try (VoicePipeline pipeline = builder().build()) {

      assertThatThrownBy(() -> pipeline.handleText("no-such-session", "timer", "en"))
          .isInstanceOf(SessionNotFoundException.class)
          .hasMessageContaining("session 'no-such-session' is unknown or expired");
      assertThat(pipeline.resume("no-such-session")).isEmpty();
    }
  }

  @Test
  void shouldForgetSessionWhenItsTimeToLivePasses() throws Exception {
    InMemorySessionStore store = new InMemorySessionStore(10, Duration.ofMillis(50));
    try (VoicePipeline pipeline = builder().sessionStore(store).build()) {
      String id = pipeline.openSession().id();

      Thread.sleep(200);

      assertThat(pipeline.resume(id)).isEmpty();
    }
  }

  @Test
  void shouldGiveUnguessableDistinctIdsWhenOpeningSessions() {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    try (VoicePipeline pipeline = builder().build()) {
      for (int i = 0; i < 100; i++) {
        ids.add(pipeline.openSession().id());
      }
    }

    assertThat(ids).hasSize(100).allSatisfy(id -> assertThat(id).hasSize(36));
  }
}
