package org.theopy.voice.plugin.espeak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.EngineConfigurationException;
import org.theopy.voice.spi.EngineTimeoutException;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.HealthStatus;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.TextToSpeech;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

/** The real espeak-ng program (Debian package espeak-ng), run by the engine. */
class EspeakTextToSpeechTest {

  private static TextToSpeech engine;

  @TempDir Path temp;

  @BeforeAll
  static void createEngine() {
    engine = new EspeakTextToSpeechProvider().create(EngineConfig.empty());
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void shouldSpeakSixteenKilohertzMonoWhenGivenACommand() {
    Audio audio = engine.synthesize("Set a timer for ten minutes.", "en").audio();

    assertThat(audio.format()).isEqualTo(AudioFormat.SPEECH_16K);
    assertThat(audio.durationMillis()).isBetween(1000L, 4000L);
    assertThat(audio.peak()).isGreaterThan(3000);
    assertThat(engine.health().status()).isEqualTo(HealthStatus.UP);
  }

  @Test
  void shouldSpeakShellSyntaxAsPlainTextAndRunNothing() {
    Path marker = temp.resolve("ran");
    String text =
        "-v de --help; touch " + marker + " $(touch " + marker + ") `touch " + marker + "`";

    Audio audio = engine.synthesize(text, "en").audio();

    assertThat(audio.durationMillis()).isGreaterThan(1000L);
    assertThat(marker).doesNotExist();
  }

  @Test
  void shouldRefuseEmptyAndHugeTextAndStillSpeakAfterwards() {
    assertThatThrownBy(() -> engine.synthesize("", "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> engine.synthesize("word ".repeat(20_000), "en"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("100000 characters")
        .hasMessageContaining("max.characters");

    assertThat(engine.synthesize("call mom", "en").audio().durationMillis()).isPositive();
  }

  @Test
  void shouldGiveIdenticalSpeechToConcurrentCallers() throws Exception {
    String text = "Turn off the lights in the kitchen.";
    Audio alone = engine.synthesize(text, "en").audio();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Audio>> results = new ArrayList<>();

    try {
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> engine.synthesize(text, "en").audio()));
      }
      for (Future<Audio> f : results) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldReportDownWithTheReasonWhenTheProgramIsMissing() {
    try (TextToSpeech missing =
        new EspeakTextToSpeechProvider()
            .create(EngineConfig.of(Map.of("binary", "espeak-ng-not-installed")))) {

      assertThat(missing.health().status()).isEqualTo(HealthStatus.DOWN);
      assertThat(missing.health().reason())
          .contains("espeak-ng-not-installed")
          .contains("not on the PATH")
          .contains("apt-get install espeak-ng");
      assertThatThrownBy(() -> missing.synthesize("call mom", "en"))
          .isInstanceOf(EngineUnavailableException.class)
          .hasMessageContaining("missing");
    }
  }

  @Test
  void shouldReportDownWhenTheConfiguredPathIsNotAProgram() throws IOException {
    Path notAProgram = Files.writeString(temp.resolve("espeak-ng"), "plain text");

    try (TextToSpeech engine =
        new EspeakTextToSpeechProvider()
            .create(EngineConfig.of(Map.of("binary", notAProgram.toString())))) {

      assertThat(engine.health().status()).isEqualTo(HealthStatus.DOWN);
      assertThat(engine.health().reason()).contains("not an executable file");
    }
  }

  @Test
  void shouldKillAHungProgramWhenItsTimeLimitPasses() throws IOException {
    Path hung = temp.resolve("hung-espeak");
    Files.writeString(hung, "#!/bin/sh\nexec sleep 30\n");
    Files.setPosixFilePermissions(hung, PosixFilePermissions.fromString("rwx------"));
    long started = System.nanoTime();

    assertThatThrownBy(
            () ->
                new EspeakTextToSpeechProvider()
                    .create(EngineConfig.of(Map.of("binary", hung.toString(), "timeout", "500ms"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasCauseInstanceOf(EngineTimeoutException.class)
        .hasRootCauseMessage(
            "engine 'espeak': no answer within 500 ms; check the engine's load"
                + " or raise its time limit");

    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000L);
  }

  @Test
  void shouldRefuseAVoiceThatIsNotAName() {
    assertThatThrownBy(
            () ->
                new EspeakTextToSpeechProvider()
                    .create(EngineConfig.of(Map.of("voice", "en; rm -rf /"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("voice");
  }

  @Test
  void shouldRefuseAVoiceThatEspeakDoesNotHave() {
    assertThatThrownBy(
            () ->
                new EspeakTextToSpeechProvider()
                    .create(EngineConfig.of(Map.of("voice", "xx-nonexistent"))))
        .isInstanceOf(EngineConfigurationException.class)
        .hasMessageContaining("xx-nonexistent");
  }
}
