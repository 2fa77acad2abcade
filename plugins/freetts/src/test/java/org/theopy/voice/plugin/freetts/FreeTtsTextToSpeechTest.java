package org.theopy.voice.plugin.freetts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SynthesizedSpeech;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.UnsupportedLanguageException;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** The real FreeTTS engine with its kevin16 voice. */
class FreeTtsTextToSpeechTest {

  private static TextToSpeech engine;

  @BeforeAll
  static void createEngine() {
    engine = new FreeTtsTextToSpeechProvider().create(EngineConfig.of(Map.of("voices", "2")));
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void shouldSpeakSixteenKilohertzMonoWithKevin16WhenGivenACommand() {
    SynthesizedSpeech speech = engine.synthesize("Set a timer for ten minutes.", "en");

    assertThat(speech.voice()).isEqualTo("kevin16");
    assertThat(speech.audio().format()).isEqualTo(AudioFormat.SPEECH_16K);
    assertThat(speech.audio().durationMillis()).isBetween(1000L, 4000L);
    assertThat(speech.audio().peak()).isGreaterThan(3000);
  }

  @Test
  void shouldRefuseEmptyTextAndStillSpeakAfterwards() {
    assertThatThrownBy(() -> engine.synthesize("", "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("freetts")
        .hasMessageContaining("empty");

    assertThat(engine.synthesize("call mom", "en").audio().durationMillis()).isPositive();
  }

  @Test
  void shouldRefuseHundredThousandCharactersAndStillSpeakAfterwards() {
    String huge = "a".repeat(100_000);

    assertThatThrownBy(() -> engine.synthesize(huge, "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("100000 characters")
        .hasMessageContaining("max.characters");

    assertThat(engine.synthesize("call mom", "en").audio().durationMillis()).isPositive();
  }

  @Test
  void shouldSpeakLongTextPieceByPieceWhenItHasManySentences() {
    String sentence = "Remind me to call the doctor at five. ";
    Audio one = engine.synthesize(sentence, "en").audio();

    Audio many = engine.synthesize(sentence.repeat(40), "en").audio();

    assertThat(many.durationMillis())
        .isBetween(one.durationMillis() * 35, one.durationMillis() * 45);
  }

  @Test
  void shouldRefuseTextWithNothingToSpeak() {
    assertThatThrownBy(() -> engine.synthesize("\u00a0 \t", "en"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void shouldRefuseLanguageOtherThanEnglish() {
    assertThatThrownBy(() -> engine.synthesize("bonjour", "fr"))
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageContaining("fr");
  }

  @Test
  void shouldGiveIdenticalSpeechToConcurrentCallersWhenVoicesArePooled() throws Exception {
    String text = "Turn off the lights in the kitchen.";
    Audio alone = engine.synthesize(text, "en").audio();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Audio>> results = new ArrayList<>();

    try {
      Callable<Audio> call = () -> engine.synthesize(text, "en").audio();
      for (int i = 0; i < 18; i++) {
        results.add(pool.submit(call));
      }
      for (Future<Audio> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(engine.health().status()).isEqualTo(HealthStatus.UP);
  }

  @Test
  void shouldRejectUnknownVoiceWithItsName() {
    FreeTtsTextToSpeechProvider provider = new FreeTtsTextToSpeechProvider();

    assertThatThrownBy(() -> provider.create(EngineConfig.of(Map.of("voice", "nobody"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("nobody");
  }
}
