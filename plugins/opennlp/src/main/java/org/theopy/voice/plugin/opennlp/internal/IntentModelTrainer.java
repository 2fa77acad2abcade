package org.theopy.voice.plugin.opennlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the ensemble of an {@link IntentModel}: maximum entropy (GIS), naive Bayes and an averaged
 * perceptron, all over the same features, each on its own thread.
 *
 * <p>The temperatures put the three algorithms' probabilities on a common footing: naive Bayes is
 * far too sure of itself (its probabilities are flattened, temperature 40), the perceptron's
 * normalised scores are nearly flat (sharpened, temperature 0.1), and maximum entropy is left as it
 * is. They and the default threshold were chosen on CLINC150's validation split only.
 */
public final class IntentModelTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(IntentModelTrainer.class);

  /** The confidence threshold tuned on CLINC150's validation split. */
  public static final double DEFAULT_THRESHOLD = 0.086;

  private final int iterations;
  private final int cutoff;
  private final int threads;

  /**
   * Creates a trainer.
   *
   * @param iterations training iterations of maximum entropy and the perceptron
   * @param cutoff how many times a feature must occur to be used
   * @param threads how many members train at once
   */
  public IntentModelTrainer(int iterations, int cutoff, int threads) {
    this.iterations = iterations;
    this.cutoff = cutoff;
    this.threads = threads;
  }

  /**
   * Trains a model.
   *
   * @param examples the training examples
   * @param outOfScopeLabel the label of out-of-scope examples among them
   * @return the model, with {@link #DEFAULT_THRESHOLD} as its threshold
   * @throws InterruptedException when the calling thread is interrupted while waiting
   * @throws IllegalStateException when OpenNLP fails to train a member
   */
  public IntentModel train(List<Example> examples, String outOfScopeLabel)
      throws InterruptedException {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) {
      events.add(new Event(e.intent(), Features.of(e.utterance())));
    }
    List<String> algorithms = List.of("MAXENT", "NAIVEBAYES", "PERCEPTRON");
    double[] temperatures = {1.0, 40.0, 0.1};
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, algorithms.size())),
            r -> {
              Thread t = new Thread(r, "theopy-opennlp-training");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<MaxentModel>> futures = new ArrayList<>();
      for (String algorithm : algorithms) {
        futures.add(pool.submit(() -> trainOne(algorithm, events)));
      }
      List<IntentModel.Member> members = new ArrayList<>();
      for (int m = 0; m < algorithms.size(); m++) {
        MaxentModel model;
        try {
          model = futures.get(m).get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "OpenNLP failed to train the " + algorithms.get(m) + " model: " + e.getCause(),
              e.getCause());
        }
        members.add(new IntentModel.Member(algorithms.get(m), model, temperatures[m], 1.0));
      }
      return new IntentModel(members, examples, outOfScopeLabel, DEFAULT_THRESHOLD);
    } finally {
      pool.shutdownNow();
    }
  }

  private MaxentModel trainOne(String algorithm, List<Event> events) throws Exception {
    long start = System.nanoTime();
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    LOG.info(
        "opennlp: {} model trained in {} ms", algorithm, (System.nanoTime() - start) / 1_000_000);
    return model;
  }
}
