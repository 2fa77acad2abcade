package org.theopy.voice.evaluation.internal;

import java.util.Arrays;

/** Summary statistics of a list of measurements. */
final class Stats {

  private Stats() {}

  static double mean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The nearest-rank percentile. */
  static double percentile(double[] values, double percent) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double max(double[] values) {
    return values.length == 0 ? Double.NaN : Arrays.stream(values).max().getAsDouble();
  }
}
