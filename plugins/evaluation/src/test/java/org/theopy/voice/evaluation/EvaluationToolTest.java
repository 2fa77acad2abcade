package org.theopy.voice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: usage errors, engine discovery and an intent evaluation on a small set. */
class EvaluationToolTest {

  @TempDir Path dir;

  /** A CLINC150-format set of a few utterances, with characters that JSON must escape. */
  private Path smallDataSet() throws Exception {
    String json =
        """
        {
          "train": [
            ["turn on the lights", "lights_on"], ["switch the lights on", "lights_on"],
            ["lights on please", "lights_on"], ["make it bright in here", "lights_on"],
            ["turn off the lights", "lights_off"], ["switch the lights off", "lights_off"],
            ["lights off please", "lights_off"], ["make it dark in here", "lights_off"],
            ["will it rain tomorrow", "weather"], ["what is the weather like", "weather"],
            ["how cold is it outside", "weather"], ["is it going to snow", "weather"]
          ],
          "oos_train": [["who won the match", "oos"], ["what is the capital of peru", "oos"]],
          "test": [
            ["please turn the lights on", "lights_on"],
            ["switch off the lights \\"now\\"", "lights_off"],
            ["is it cold outside\\ttoday", "weather"]
          ],
          "oos_test": [["how do i bake bread \\u00e0 la fran\\u00e7aise", "oos"]]
        }
        """;
    return Files.writeString(dir.resolve("small.json"), json, StandardCharsets.UTF_8);
  }

  @Test
  void shouldPrintUsageAndExitWithTwoWhenNoArgumentIsGiven() {
    ToolRun run = ToolRun.of();

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("usage: evaluation", "stt", "tts", "intent", "--json");
  }

  @Test
  void shouldPrintUsageAndExitWithZeroWhenHelpIsAsked() {
    ToolRun run = ToolRun.of("--help");

    assertThat(run.status()).isEqualTo(EvaluationTool.OK);
    assertThat(run.out()).contains("usage: evaluation");
  }

  @Test
  void shouldExitWithTwoWhenTheCommandIsUnknown() {
    ToolRun run = ToolRun.of("transcribe", "--engine", "vosk");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("unknown command 'transcribe'", "--help");
  }

  @Test
  void shouldExitWithTwoWhenAnOptionIsUnknown() {
    ToolRun run = ToolRun.of("intent", "--engine", "opennlp", "--data", "x.json", "--fast");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("unknown option '--fast' for intent");
  }

  @Test
  void shouldExitWithTwoWhenAnOptionHasNoValue() {
    ToolRun run = ToolRun.of("intent", "--engine", "opennlp", "--data");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("option --data needs a value");
  }

  @Test
  void shouldExitWithTwoWhenARequiredOptionIsMissing() {
    ToolRun run = ToolRun.of("stt", "--data", dir.toString());

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("option --engine is required");
  }

  @Test
  void shouldExitWithTwoWhenASettingIsNotKeyEqualsValue() {
    ToolRun run = ToolRun.of("intent", "--engine", "opennlp", "--set", "threshold");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("--set takes KEY=VALUE, got 'threshold'");
  }

  @Test
  void shouldNameTheEnginesFoundWhenTheEngineIsUnknown() throws Exception {
    ToolRun run = ToolRun.of("intent", "--engine", "watson", "--data", smallDataSet().toString());

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("no intent classification engine 'watson'", "opennlp");
  }

  @Test
  void shouldExitWithTwoWhenTheDataFileDoesNotExist() {
    ToolRun run = ToolRun.of("intent", "--engine", "opennlp", "--data", "missing.json");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("--data: no such file: missing.json");
  }

  @Test
  void shouldNameLineAndColumnWhenTheDataIsNotJson() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"train\": [[\"a\", \"b\"]\n");

    ToolRun run = ToolRun.of("intent", "--engine", "opennlp", "--data", bad.toString());

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("is not valid JSON", "line 3");
  }

  @Test
  void shouldNameTheMissingSplit() throws Exception {
    ToolRun run =
        ToolRun.of(
            "intent", "--engine", "opennlp", "--data", smallDataSet().toString(), "--test", "dev");

    assertThat(run.status()).isEqualTo(EvaluationTool.USAGE);
    assertThat(run.err()).contains("has no split 'dev'", "oos_test");
  }

  @Test
  void shouldListTheEnginesOnTheClassPath() {
    ToolRun run = ToolRun.of("engines");

    assertThat(run.status()).isEqualTo(EvaluationTool.OK);
    assertThat(run.out()).contains("intent classification:", "opennlp");
  }

  @Test
  void shouldTrainMeasureAndWriteJsonWhenTheEngineIsTrainable() throws Exception {
    Path json = dir.resolve("reports/intent.json");

    ToolRun run =
        ToolRun.of(
            "intent",
            "--engine",
            "opennlp",
            "--data",
            smallDataSet().toString(),
            "--json",
            json.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(EvaluationTool.OK);
    assertThat(run.out()).contains("in-scope accuracy", "out-of-scope recall", "training time");
    assertThat(run.err()).contains("training on 14 utterances", "intent opennlp: 4/4 (100 %)");
    JsonObject report = ToolRun.report(json);
    assertThat(report.getString("kind")).isEqualTo("intent");
    assertThat(report.getString("engine")).isEqualTo("opennlp");
    JsonObject metrics = report.getJsonObject("metrics");
    assertThat(metrics)
        .containsKeys("in_scope_accuracy", "oos_recall", "training_seconds", "mean_latency_ms");
    assertThat(metrics.getJsonNumber("in_scope_accuracy").doubleValue()).isBetween(0.0, 100.0);
    assertThat(metrics.getJsonNumber("in_scope_utterances").isIntegral()).isTrue();
    assertThat(report.getJsonArray("errors")).isEmpty();
  }

  @Test
  void shouldExitWithOneAndSayWhyWhenTheEngineCannotBeCreated() throws Exception {
    ToolRun run =
        ToolRun.of(
            "intent",
            "--engine",
            "opennlp",
            "--data",
            smallDataSet().toString(),
            "--set",
            "model.path=" + dir.resolve("no-such.model"));

    assertThat(run.status()).isEqualTo(EvaluationTool.FAILED);
    assertThat(run.err()).contains("engine 'opennlp'", "model.path", "no model at");
  }
}
