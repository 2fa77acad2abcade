package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.theopy.voice.core.Fixtures.Recorder;
import org.theopy.voice.spi.Transcript;

class ListenerIsolationTest {

  @Test
  void shouldKeepServingAndDeliveringToOthersWhenAListenerThrows() throws Exception {
    AtomicInteger thrown = new AtomicInteger();
    VoiceEventListener broken =
        event -> {
          thrown.incrementAndGet();
          throw new IllegalStateException("listener bug");
        };
    Recorder recorder = new Recorder();
    try (VoicePipeline pipeline =
        Fixtures.builder().speechToText("backup-stt").listener(broken).listener(recorder).build()) {

      Transcript first = pipeline.transcribe(Fixtures.tone(), "en");
      Transcript second = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(first.text()).isEqualTo("hello from backup-stt");
      assertThat(second.text()).isEqualTo("hello from backup-stt");
    }
    assertThat(recorder.of(EngineCallEvent.class)).hasSize(2);
    assertThat(thrown).hasValue(2);
  }

  @Test
  void shouldReturnToCallerWhileAListenerIsStillBusy() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    VoiceEventListener stuck =
        event -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (VoicePipeline pipeline =
        Fixtures.builder().speechToText("backup-stt").listener(stuck).build()) {

      pipeline.transcribe(Fixtures.tone(), "en");
      boolean listenerRunning = entered.await(5, TimeUnit.SECONDS);
      Transcript whileBlocked = pipeline.transcribe(Fixtures.tone(), "en");

      assertThat(listenerRunning).isTrue();
      assertThat(whileBlocked.text()).isEqualTo("hello from backup-stt");
      assertThat(release.getCount()).isEqualTo(1);
      release.countDown();
    }
  }

  @Test
  void shouldDropAndCountEventsInsteadOfBlockingWhenTheQueueIsFull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    VoiceEventListener stuck =
        event -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .speechToText("backup-stt")
            .setting("theopy.events.queue-capacity", "2")
            .listener(stuck)
            .build()) {

      for (int i = 0; i < 10; i++) {
        pipeline.transcribe(Fixtures.tone(), "en");
      }

      assertThat(pipeline.droppedEvents()).isBetween(7L, 8L);
      release.countDown();
    }
  }
}
