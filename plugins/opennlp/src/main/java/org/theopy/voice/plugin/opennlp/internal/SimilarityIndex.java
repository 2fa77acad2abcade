package org.theopy.voice.plugin.opennlp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How close an utterance is to the training examples of each intent: the mean of its three highest
 * cosine similarities (TF-IDF weighted features) to that intent's examples.
 *
 * <p>The ensemble's probability says which intent fits best among the known ones; this similarity
 * says whether the utterance resembles anything the application was trained on. Multiplying the two
 * lowers the confidence of out-of-scope utterances that share a few words with an intent. Immutable
 * after construction and safe for concurrent use.
 */
final class SimilarityIndex {

  private static final int NEIGHBOURS = 3;

  private final Map<String, Integer> featureIds = new HashMap<>();
  private final double[] idf;
  private final int[][] postingExamples;
  private final float[][] postingWeights;
  private final int[][] examplesByIntent;
  private final int exampleCount;

  /**
   * Indexes the training examples.
   *
   * @param exampleFeatures the features of each example
   * @param exampleIntents the intent index of each example
   * @param intentCount the number of intents
   */
  SimilarityIndex(List<String[]> exampleFeatures, int[] exampleIntents, int intentCount) {
    int n = exampleFeatures.size();
    exampleCount = n;
    List<int[]> documentFrequency = new ArrayList<>();
    for (String[] features : exampleFeatures) {
      for (String f : features) {
        Integer id = featureIds.get(f);
        if (id == null) {
          id = featureIds.size();
          featureIds.put(f, id);
          documentFrequency.add(new int[1]);
        }
        documentFrequency.get(id)[0]++;
      }
    }
    int featureCount = featureIds.size();
    idf = new double[featureCount];
    for (int f = 0; f < featureCount; f++) {
      idf[f] = Math.log((1.0 + n) / (1.0 + documentFrequency.get(f)[0])) + 1.0;
    }

    int[] fill = new int[featureCount];
    postingExamples = new int[featureCount][];
    postingWeights = new float[featureCount][];
    for (int f = 0; f < featureCount; f++) {
      postingExamples[f] = new int[documentFrequency.get(f)[0]];
      postingWeights[f] = new float[documentFrequency.get(f)[0]];
    }
    for (int e = 0; e < n; e++) {
      String[] features = exampleFeatures.get(e);
      double norm = 0;
      for (String f : features) {
        double w = idf[featureIds.get(f)];
        norm += w * w;
      }
      norm = Math.sqrt(norm);
      for (String f : features) {
        int id = featureIds.get(f);
        postingExamples[id][fill[id]] = e;
        postingWeights[id][fill[id]] = (float) (idf[id] / norm);
        fill[id]++;
      }
    }

    int[] perIntent = new int[intentCount];
    for (int intent : exampleIntents) {
      perIntent[intent]++;
    }
    examplesByIntent = new int[intentCount][];
    for (int i = 0; i < intentCount; i++) {
      examplesByIntent[i] = new int[perIntent[i]];
    }
    Arrays.fill(perIntent, 0);
    for (int e = 0; e < n; e++) {
      int intent = exampleIntents[e];
      examplesByIntent[intent][perIntent[intent]++] = e;
    }
  }

  /**
   * Computes the cosine similarity of an utterance to every training example.
   *
   * @param features the utterance's features
   * @return one similarity per example, between 0 and 1
   */
  double[] similarities(String[] features) {
    double[] query = new double[features.length];
    int[] ids = new int[features.length];
    double norm = 0;
    for (int i = 0; i < features.length; i++) {
      Integer id = featureIds.get(features[i]);
      ids[i] = id == null ? -1 : id;
      query[i] = id == null ? 0 : idf[id];
      norm += query[i] * query[i];
    }
    double[] sims = new double[exampleCount];
    if (norm == 0) {
      return sims;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < features.length; i++) {
      if (ids[i] < 0) {
        continue;
      }
      double q = query[i] / norm;
      int[] examples = postingExamples[ids[i]];
      float[] weights = postingWeights[ids[i]];
      for (int p = 0; p < examples.length; p++) {
        sims[examples[p]] += q * weights[p];
      }
    }
    return sims;
  }

  /**
   * Returns the mean of the highest similarities to one intent's examples.
   *
   * @param sims the result of {@link #similarities}
   * @param intent the intent's index
   * @return between 0 and 1; 0 for an intent without examples
   */
  double intentSimilarity(double[] sims, int intent) {
    int[] examples = examplesByIntent[intent];
    if (examples.length == 0) {
      return 0;
    }
    double[] top = new double[NEIGHBOURS];
    for (int e : examples) {
      double s = sims[e];
      if (s > top[NEIGHBOURS - 1]) {
        int k = NEIGHBOURS - 1;
        while (k > 0 && top[k - 1] < s) {
          top[k] = top[k - 1];
          k--;
        }
        top[k] = s;
      }
    }
    int counted = Math.min(NEIGHBOURS, examples.length);
    double sum = 0;
    for (int k = 0; k < counted; k++) {
      sum += top[k];
    }
    return Math.min(1.0, sum / counted);
  }
}
