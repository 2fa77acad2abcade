package org.theopy.voice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool with the real offline speech engines on the spoken commands copied into the test
 * resources: Vosk's word error rate on speech made by FreeTTS and by espeak-ng, and FreeTTS's
 * latency on the same commands.
 */
class SpeechEvaluationTest {

  @TempDir Path dir;

  private JsonObject metrics(Path json) throws Exception {
    JsonObject report = ToolRun.report(json);
    assertThat(report.getJsonArray("errors")).isEmpty();
    return report.getJsonObject("metrics");
  }

  private ToolRun stt(String set, Path json) {
    Path speech = ToolRun.resource("/speech");
    return ToolRun.of(
        "stt",
        "--engine",
        "vosk",
        "--data",
        speech.resolve(set).toString(),
        "--refs",
        speech.resolve("refs.tsv").toString(),
        "--json",
        json.toString());
  }

  @Test
  void shouldMeasureVoskWithinTenPercentWordErrorRateOnFreettsSpeech() throws Exception {
    Path json = dir.resolve("vosk-freetts.json");

    ToolRun run = stt("wav_freetts", json);

    System.out.print(run.out());
    assertThat(run.status()).as(run.err()).isEqualTo(EvaluationTool.OK);
    JsonObject metrics = metrics(json);
    assertThat(metrics.getJsonNumber("wer").doubleValue()).isLessThanOrEqualTo(10.0);
    assertThat(metrics.getInt("files")).isEqualTo(20);
    assertThat(metrics.getJsonNumber("rtf").doubleValue()).isPositive();
  }

  @Test
  void shouldMeasureVoskWithin28PercentWordErrorRateOnEspeakSpeech() throws Exception {
    Path json = dir.resolve("vosk-espeak.json");

    ToolRun run = stt("wav_espeak", json);

    System.out.print(run.out());
    assertThat(run.status()).as(run.err()).isEqualTo(EvaluationTool.OK);
    JsonObject metrics = metrics(json);
    assertThat(metrics.getJsonNumber("wer").doubleValue()).isLessThanOrEqualTo(28.0);
    assertThat(metrics.getInt("files")).isEqualTo(20);
  }

  @Test
  void shouldMeasureFreettsLatencyAndRealTimeFactorOverTheCommands() throws Exception {
    Path json = dir.resolve("freetts.json");

    ToolRun run =
        ToolRun.of(
            "tts",
            "--engine",
            "freetts",
            "--sentences",
            ToolRun.resource("/speech/commands.txt").toString(),
            "--json",
            json.toString());

    System.out.print(run.out());
    assertThat(run.status()).as(run.err()).isEqualTo(EvaluationTool.OK);
    JsonObject metrics = metrics(json);
    assertThat(metrics.getInt("sentences")).isEqualTo(20);
    assertThat(metrics.getJsonNumber("audio_seconds").doubleValue()).isGreaterThan(20.0);
    assertThat(metrics.getJsonNumber("rtf").doubleValue()).isBetween(0.0, 1.0);
    assertThat(run.out()).contains("first sentence after warm-up", "95th percentile latency");
  }

  @Test
  void shouldExitWithTwoAndNameTheLineWhenAReferenceHasNoAudio() throws Exception {
    Path refs = Files.writeString(dir.resolve("refs.tsv"), "01\tturn on the lights\n");

    ToolRun run =
        ToolRun.of("stt", "--engine", "vosk", "--data", dir.toString(), "--refs", refs.toString());

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("refs.tsv:1: no audio file", "01.wav");
  }
}
