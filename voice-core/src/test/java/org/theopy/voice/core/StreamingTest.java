package org.theopy.voice.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.theopy.voice.core.testengines.Script;
import org.theopy.voice.core.testengines.Script.Step;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.SpeechStream;
import org.theopy.voice.spi.Transcript;
import org.theopy.voice.spi.audio.Audio;
import org.theopy.voice.spi.audio.AudioFormat;

class StreamingTest {

  private final Script primary = Script.create();
  private final Script backup = Script.create();

  private VoicePipeline build() {
    return Fixtures.builder()
        .speechToText("primary-stt", "backup-stt")
        .engineSetting("primary-stt", "script", primary.name())
        .engineSetting("backup-stt", "script", backup.name())
        .build();
  }

  @Test
  void shouldReturnPartialResultsAndFinalTranscriptWhenChunksArrive() {
    try (VoicePipeline pipeline = build();
        SpeechStream stream = pipeline.openStream("en", 16000)) {
      Audio chunk = Fixtures.tone(16000, 1, 200);

      Transcript firstPartial = stream.accept(chunk);
      Transcript secondPartial = stream.accept(chunk);
      Transcript result = stream.finish();

      assertThat(firstPartial.text()).isEqualTo("partial 1");
      assertThat(secondPartial.text()).isEqualTo("partial 2");
      assertThat(result.text()).isEqualTo("hello from primary-stt");
      assertThat(backup.calls()).isZero();
    }
  }

  @Test
  void shouldTranscribeKeptAudioWithNextEngineWhenStreamingEngineFailsMidway() {
    primary.then(Step.ANSWER, Step.outage());
    try (VoicePipeline pipeline = build();
        SpeechStream stream = pipeline.openStream("en", 16000)) {
      Audio chunk = Fixtures.tone(16000, 1, 250);

      stream.accept(chunk);
      Transcript afterFailure = stream.accept(chunk);
      stream.accept(chunk);
      Transcript result = stream.finish();

      assertThat(afterFailure.text()).isEqualTo("partial 1");
      assertThat(result.text()).isEqualTo("hello from backup-stt");
      assertThat(backup.formats()).containsExactly(AudioFormat.pcm16Mono(8000));
    }
  }

  @Test
  void shouldRejectChunkInAnotherFormatWithClearMessage() {
    try (VoicePipeline pipeline = build();
        SpeechStream stream = pipeline.openStream("en", 16000)) {

      assertThatThrownBy(() -> stream.accept(Fixtures.tone(8000, 1, 100)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("but the stream was opened for");
    }
  }

  @Test
  void shouldRefuseFeedingWhenStreamIsFinished() {
    try (VoicePipeline pipeline = build();
        SpeechStream stream = pipeline.openStream("en", 16000)) {
      stream.accept(Fixtures.tone(16000, 1, 100));
      stream.finish();

      assertThatThrownBy(() -> stream.accept(Fixtures.tone(16000, 1, 100)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already finished");
    }
  }
}
