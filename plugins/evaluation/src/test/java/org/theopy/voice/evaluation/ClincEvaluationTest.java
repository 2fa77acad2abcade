package org.theopy.voice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on CLINC150 (Larson et al. 2019, CC BY 3.0; the copy in the OpenNLP plugin's test
 * resources): the OpenNLP classifier trained on train + oos_train, measured on test + oos_test.
 */
class ClincEvaluationTest {

  @TempDir Path dir;

  @Test
  void shouldReachTheIntentGoalWhenTheOpenNlpEngineIsEvaluatedOnClinc150() throws Exception {
    Path data = Path.of(System.getProperty("clinc150.path"));
    Path json = dir.resolve("clinc150.json");

    ToolRun run =
        ToolRun.of(
            "intent", "--engine", "opennlp", "--data", data.toString(), "--json", json.toString());

    System.out.print(run.out());
    assertThat(run.status()).as(run.err()).isEqualTo(EvaluationTool.OK);
    JsonObject metrics = ToolRun.report(json).getJsonObject("metrics");
    assertThat(metrics.getJsonNumber("in_scope_accuracy").doubleValue())
        .isGreaterThanOrEqualTo(90.0);
    assertThat(metrics.getJsonNumber("oos_recall").doubleValue()).isGreaterThanOrEqualTo(70.0);
    assertThat(metrics.getJsonNumber("in_scope_utterances").isIntegral()).isTrue();
    assertThat(metrics.getInt("in_scope_utterances")).isEqualTo(4500);
    assertThat(metrics.getInt("oos_utterances")).isEqualTo(1000);
  }
}
