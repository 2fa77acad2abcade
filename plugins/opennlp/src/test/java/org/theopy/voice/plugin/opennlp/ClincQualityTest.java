package org.theopy.voice.plugin.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.theopy.voice.plugin.opennlp.internal.IntentModelTrainer;
import org.theopy.voice.spi.EngineConfig;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;

/**
 * Measures the classifier on CLINC150 (Larson et al. 2019, CC BY 3.0; a copy is in the test
 * resources): trained on {@code train} and {@code oos_train}, threshold tuned on {@code val} and
 * {@code oos_val} only, figures from {@code test} and {@code oos_test}. In-scope accuracy counts an
 * in-scope utterance as right only when the intent is right and it was not rejected as out of
 * scope; out-of-scope recall is the share of out-of-scope utterances rejected.
 */
class ClincQualityTest {

  /** The out-of-scope recall the threshold is tuned to reach on the validation split. */
  private static final double VALIDATION_RECALL_TARGET = 80.0;

  @TempDir static Path dir;

  private static Clinc150 data;
  private static Path modelFile;
  private static IntentClassifier trained;

  @BeforeAll
  static void train() throws Exception {
    data = Clinc150.load();
    Path training = data.writeTrainingFile(dir.resolve("train.tsv"), "train", "oos_train");
    modelFile = dir.resolve("clinc150.model");
    long start = System.nanoTime();
    trained =
        new OpenNlpIntentClassifierProvider()
            .create(
                EngineConfig.of(
                    Map.of(
                        "training.path", training.toString(), "model.path", modelFile.toString())));
    System.out.printf(
        "CLINC150: trained in %d ms (wall clock, including saving the model)%n",
        (System.nanoTime() - start) / 1_000_000);
  }

  @AfterAll
  static void close() {
    if (trained != null) {
      trained.close();
    }
  }

  @Test
  void shouldReachNinetyPercentAccuracyAndSeventyPercentRecallWhenTrainedOnClinc150() {
    List<Clinc150.Sample> inScope = data.split("test");
    List<Clinc150.Sample> outOfScope = data.split("oos_test");

    int right = 0;
    for (Clinc150.Sample s : inScope) {
      if (trained.classify(s.utterance(), "en").intent().orElse("").equals(s.intent())) {
        right++;
      }
    }
    int rejected = 0;
    for (Clinc150.Sample s : outOfScope) {
      if (!trained.classify(s.utterance(), "en").hasIntent()) {
        rejected++;
      }
    }
    double accuracy = 100.0 * right / inScope.size();
    double recall = 100.0 * rejected / outOfScope.size();
    System.out.printf(
        "CLINC150 test: in-scope accuracy %.2f %% (%d/%d), out-of-scope recall %.2f %% (%d/%d)"
            + " at threshold %.3f%n",
        accuracy,
        right,
        inScope.size(),
        recall,
        rejected,
        outOfScope.size(),
        IntentModelTrainer.DEFAULT_THRESHOLD);

    assertThat(accuracy).as("in-scope accuracy on CLINC150 test").isGreaterThanOrEqualTo(90.0);
    assertThat(recall).as("out-of-scope recall on CLINC150 oos_test").isGreaterThanOrEqualTo(70.0);
  }

  @Test
  void shouldShipTheThresholdTunedOnTheValidationSplitWhenTunedAgain() {
    double[] inScope;
    double[] outOfScope;
    try (IntentClassifier unfiltered = loadSavedModel("0")) {
      inScope = confidences(unfiltered, data.split("val"), true);
      outOfScope = confidences(unfiltered, data.split("oos_val"), false);
    }

    double tuned = Double.NaN;
    for (int step = 0; step <= 1000; step++) {
      double threshold = step / 1000.0;
      if (rejectedShare(outOfScope, threshold) >= VALIDATION_RECALL_TARGET) {
        tuned = threshold;
        break;
      }
    }
    System.out.printf(
        "CLINC150 val: lowest threshold with %.0f %% out-of-scope recall: %.3f (in-scope accuracy"
            + " %.2f %%)%n",
        VALIDATION_RECALL_TARGET, tuned, 100 - rejectedShare(inScope, tuned));

    assertThat(tuned)
        .as("threshold tuned on val/oos_val")
        .isCloseTo(
            IntentModelTrainer.DEFAULT_THRESHOLD, org.assertj.core.data.Offset.offset(0.005));
  }

  @Test
  void shouldClassifyAsTheTrainedModelWhenLoadedFromTheSavedFile() {
    List<Clinc150.Sample> sample = data.split("test").subList(0, 300);

    try (IntentClassifier loaded = loadSavedModel(null)) {
      for (Clinc150.Sample s : sample) {
        IntentResult expected = trained.classify(s.utterance(), "en");

        IntentResult actual = loaded.classify(s.utterance(), "en");

        assertThat(actual).as(s.utterance()).isEqualTo(expected);
      }
    }
  }

  private static IntentClassifier loadSavedModel(String threshold) {
    EngineConfig config = EngineConfig.of(Map.of("model.path", modelFile.toString()));
    if (threshold != null) {
      config = config.with("threshold", threshold);
    }
    return new OpenNlpIntentClassifierProvider().create(config);
  }

  /**
   * Returns the confidence of each utterance's accepted intent: for in-scope utterances, 0 unless
   * the intent is right; for out-of-scope ones, 0 when the out-of-scope label won.
   */
  private static double[] confidences(
      IntentClassifier classifier, List<Clinc150.Sample> samples, boolean inScope) {
    double[] confidences = new double[samples.size()];
    for (int i = 0; i < confidences.length; i++) {
      IntentResult r = classifier.classify(samples.get(i).utterance(), "en");
      boolean counts = inScope ? r.intent().orElse("").equals(samples.get(i).intent()) : true;
      confidences[i] = counts ? r.confidence() : 0;
    }
    return confidences;
  }

  /** The share (percent) of utterances a threshold rejects or that were already not accepted. */
  private static double rejectedShare(double[] confidences, double threshold) {
    int rejected = 0;
    for (double c : confidences) {
      if (c == 0 || c < threshold) {
        rejected++;
      }
    }
    return 100.0 * rejected / confidences.length;
  }
}
