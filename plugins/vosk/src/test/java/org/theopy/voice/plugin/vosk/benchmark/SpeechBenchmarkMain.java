package org.theopy.voice.plugin.vosk.benchmark;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link SpeechBenchmarks} and prints, besides JMH's own table, the real-time factors and the
 * ratio of the library's to the raw API's, then the paired measurement of {@link
 * PairedRealTimeFactor}. Started by {@code ./mvnw -B -pl plugins/vosk -am verify -DskipTests
 * -Dbenchmark.speech}; {@code -Dbenchmark.include=paired} runs the paired measurement alone, {@code
 * history} the reproducibility check of {@link RecognizerHistory}, any other value is a JMH include
 * pattern.
 */
public final class SpeechBenchmarkMain {

  private SpeechBenchmarkMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args an optional JMH include pattern, {@code paired} or {@code history}
   * @throws RunnerException when JMH fails
   * @throws java.io.IOException when Vosk cannot load the model for the paired measurement
   */
  public static void main(String[] args) throws RunnerException, java.io.IOException {
    String include = args.length > 0 ? args[0] : SpeechBenchmarks.class.getSimpleName();
    if (include.equals("paired")) {
      PairedRealTimeFactor.run();
      return;
    }
    if (include.equals("history")) {
      RecognizerHistory.run();
      return;
    }
    Options options = new OptionsBuilder().include(include).build();
    Collection<RunResult> results = new Runner(options).run();

    SpeechBenchmarks.Recordings recordings = new SpeechBenchmarks.Recordings();
    recordings.load();
    double seconds = recordings.seconds();
    double raw = Double.NaN;
    System.out.printf(Locale.ROOT, "%naudio set: 20 recordings, %.2f s%n", seconds);
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      String padding = result.getParams().getParam("padding");
      double millis = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      String label = padding == null ? name : name + " (padding " + padding + ")";
      System.out.printf(Locale.ROOT, "%-45s %10.1f ms +- %.1f", label, millis, error);
      if (name.endsWith("TranscribesSet")) {
        double rtf = millis / 1000 / seconds;
        System.out.printf(Locale.ROOT, "   RTF %.4f", rtf);
        if (name.startsWith("raw")) {
          raw = rtf;
        }
      }
      System.out.println();
    }
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      if (name.endsWith("libraryTranscribesSet") && !Double.isNaN(raw)) {
        double rtf = result.getPrimaryResult().getScore() / 1000 / seconds;
        System.out.printf(
            Locale.ROOT,
            "library/raw RTF ratio (padding %s): %.3f%n",
            result.getParams().getParam("padding"),
            rtf / raw);
      }
    }
    PairedRealTimeFactor.run();
  }
}
