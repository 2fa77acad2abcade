package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.theopy.voice.core.Fixtures.Recorder;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.SynthesizedSpeech;

class CacheTest {

  private final Script tts = Script.create();
  private final Script nlu = Script.create();

  private VoicePipeline.Builder builder() {
    return Fixtures.builder()
        .textToSpeech("primary-tts")
        .engineSetting("primary-tts", "script", tts.name())
        .intentClassifier("keyword-nlu")
        .engineSetting("keyword-nlu", "script", nlu.name())
        .engineSetting("keyword-nlu", "intent.set_timer", "timer");
  }

  @Test
  void shouldSpeakRepeatedReplyFromCacheWhenOnlySpacingDiffers() {
    Recorder recorder = new Recorder();
    SynthesizedSpeech first;
    SynthesizedSpeech second;
    CacheStatistics stats;
    try (VoicePipeline pipeline = builder().listener(recorder).build()) {

      first = pipeline.synthesize("Timer set for  five minutes.", "en");
      second = pipeline.synthesize(" Timer set for five minutes. ", "en");
      stats = pipeline.speechCacheStatistics();
    }

    assertThat(second).isSameAs(first);
    assertThat(tts.calls()).isEqualTo(1);
    assertThat(tts.inputs()).containsExactly("Timer set for five minutes.");
    assertThat(stats.hits()).isEqualTo(1);
    assertThat(stats.misses()).isEqualTo(1);
    assertThat(stats.hitRate()).isEqualTo(0.5);
    assertThat(recorder.of(EngineCallEvent.class))
        .extracting(EngineCallEvent::engineId, EngineCallEvent::cacheHit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("primary-tts", false),
            org.assertj.core.groups.Tuple.tuple("primary-tts", true));
  }

  @Test
  void shouldClassifyRepeatedUtteranceFromCacheWhenCaseAndPunctuationDiffer() {
    try (VoicePipeline pipeline = builder().build()) {

      IntentResult first = pipeline.classify("Set a timer, please!", "en");
      IntentResult second = pipeline.classify("set a   timer please", "en");
      IntentResult other = pipeline.classify("set a timer now", "en");

      assertThat(second).isSameAs(first);
      assertThat(other.intent()).hasValue("set_timer");
      assertThat(nlu.calls()).isEqualTo(2);
      assertThat(pipeline.intentCacheStatistics().hits()).isEqualTo(1);
      assertThat(pipeline.intentCacheStatistics().size()).isEqualTo(2);
    }
  }

  @Test
  void shouldKeepSpeechOfDifferentLanguagesApartWhenTextIsTheSame() {
    try (VoicePipeline pipeline =
        Fixtures.builder()
            .textToSpeech("backup-tts")
            .engineSetting("backup-tts", "script", tts.name())
            .build()) {

      pipeline.synthesize("Taxi", "en");
      pipeline.synthesize("Taxi", "de");

      assertThat(tts.calls()).isEqualTo(2);
    }
  }

  @Test
  void shouldCallEngineEveryTimeWhenCachesAreTurnedOff() {
    try (VoicePipeline pipeline = builder().cacheSizes(0, 0).build()) {

      pipeline.synthesize("Done.", "en");
      pipeline.synthesize("Done.", "en");
      pipeline.classify("timer", "en");
      pipeline.classify("timer", "en");

      assertThat(tts.calls()).isEqualTo(2);
      assertThat(nlu.calls()).isEqualTo(2);
      assertThat(pipeline.speechCacheStatistics().hits()).isZero();
    }
  }

  @Test
  void shouldEvictOldSpeechWhenTheByteBoundIsReached() {
    try (VoicePipeline pipeline = builder().cacheSizes(20_000, 100).build()) {
      for (int i = 0; i < 20; i++) {
        pipeline.synthesize("reply number " + i + " is a longer sentence", "en");
      }

      CacheStatistics stats = pipeline.speechCacheStatistics();

      assertThat(stats.evictions()).isPositive();
    }
  }
}
