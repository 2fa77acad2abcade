package org.theopy.voice.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.theopy.voice.core.metrics.WordErrorRate;

/**
 * The result of running labelled audio through one speech-to-text engine: the word error rate of
 * each sample and of the whole set.
 *
 * @param engineId the engine that was checked
 * @param language the language the samples were transcribed in
 * @param finishedAt when the check ended
 * @param samples one result per sample, in input order
 * @param corpus the counts summed over every sample that was transcribed (failed samples count
 *     every reference word as deleted)
 */
public record CanaryReport(
    String engineId,
    String language,
    Instant finishedAt,
    List<SampleResult> samples,
    WordErrorRate.Result corpus) {

  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException when a component is {@code null}
   */
  public CanaryReport {
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(finishedAt, "finishedAt");
    samples = List.copyOf(samples);
    Objects.requireNonNull(corpus, "corpus");
  }

  /**
   * Returns the corpus word error rate.
   *
   * @return total errors over total reference words
   */
  public double wordErrorRate() {
    return corpus.rate();
  }

  /**
   * Returns how many samples the engine failed to transcribe.
   *
   * @return the number of samples with an error
   */
  public long failures() {
    return samples.stream().filter(s -> !s.error().isEmpty()).count();
  }

  /**
   * One sample's result.
   *
   * @param label the sample's label
   * @param reference what is said
   * @param hypothesis what the engine heard; empty when it failed
   * @param score the word error counts of this sample
   * @param latency how long the engine took
   * @param error the engine's failure message; empty on success
   */
  public record SampleResult(
      String label,
      String reference,
      String hypothesis,
      WordErrorRate.Result score,
      Duration latency,
      String error) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     */
    public SampleResult {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(hypothesis, "hypothesis");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(error, "error");
    }
  }
}
