package org.theopy.voice.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.evaluation.internal.Json;

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
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>) ((Map<?, ?>) Json.parse(Files.readString(json))).get("metrics");
    assertThat((Double) metrics.get("in_scope_accuracy")).isGreaterThanOrEqualTo(90.0);
    assertThat((Double) metrics.get("oos_recall")).isGreaterThanOrEqualTo(70.0);
    assertThat(((Number) metrics.get("in_scope_utterances")).intValue()).isEqualTo(4500);
    assertThat(((Number) metrics.get("oos_utterances")).intValue()).isEqualTo(1000);
  }
}
