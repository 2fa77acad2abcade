package org.theopy.voice.evaluation.internal;

import java.io.PrintStream;

/**
 * Reports progress of a long run on standard error, about every five percent and at the end, so
 * that standard output keeps only the results.
 */
final class Progress {

  private final PrintStream err;
  private final String what;
  private final int total;
  private final long start = System.nanoTime();
  private int lastReported = -1;

  Progress(PrintStream err, String what, int total) {
    this.err = err;
    this.what = what;
    this.total = total;
  }

  void update(int done) {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    if (done == total || percent / 5 > lastReported / 5 || lastReported < 0) {
      lastReported = percent;
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf("%s: %d/%d (%d %%) %.1f s%n", what, done, total, percent, seconds);
    }
  }
}
