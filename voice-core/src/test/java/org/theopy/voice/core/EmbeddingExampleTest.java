package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.spi.audio.Audio;

/** Runs the embedding example shown in the README, so that it cannot go stale. */
class EmbeddingExampleTest {

  // ---- the README example starts here ----
  static TurnResult answer(Path wav, Properties settings) throws IOException {
    try (VoicePipeline pipeline =
        VoicePipeline.builder()
            .properties(settings) // theopy.stt.chain, theopy.nlu.chain, theopy.tts.chain, ...
            .onIntent("set_timer", (intent, turn) -> "Timer set.")
            .listener(event -> System.out.println("theopy event: " + event))
            .build()) {
      TurnResult turn = pipeline.handle(Audio.readWav(wav), "en");
      System.out.println(turn.transcript().text() + " -> " + turn.replyText());
      if (turn.speech() != null) {
        Files.write(wav.resolveSibling("reply.wav"), turn.speech().audio().toWav());
      }
      return turn;
    }
  }

  // ---- the README example ends here ----

  @Test
  void shouldAnswerSpokenQuestionWithSpokenReplyWhenRunAsInTheReadme(@TempDir Path dir)
      throws IOException {
    Path wav = dir.resolve("question.wav");
    Files.write(wav, Fixtures.tone().toWav());
    Properties settings = new Properties();
    settings.setProperty("theopy.stt.chain", "primary-stt,backup-stt");
    settings.setProperty("theopy.nlu.chain", "keyword-nlu");
    settings.setProperty("theopy.tts.chain", "primary-tts");
    settings.setProperty("theopy.engine.backup-stt.text", "set a timer for five minutes");
    settings.setProperty("theopy.engine.primary-stt.text", "set a timer for five minutes");
    settings.setProperty("theopy.engine.keyword-nlu.intent.set_timer", "timer");

    TurnResult turn = answer(wav, settings);

    assertThat(turn.outcome()).isEqualTo(TurnOutcome.ANSWERED);
    assertThat(turn.replyText()).isEqualTo("Timer set.");
    assertThat(Audio.readWav(dir.resolve("reply.wav")).durationMillis()).isPositive();
  }
}
