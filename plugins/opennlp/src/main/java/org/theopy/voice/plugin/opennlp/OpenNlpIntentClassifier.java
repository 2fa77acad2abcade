package org.theopy.voice.plugin.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.plugin.opennlp.internal.IntentModel;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.InvalidInputException;
import org.theopy.voice.spi.UnsupportedLanguageException;

/**
 * Classifies utterances with a trained {@link IntentModel}. Created by {@link
 * OpenNlpIntentClassifierProvider}; safe for concurrent use (classification reads the immutable
 * model only).
 *
 * <p>An utterance is out of scope, and the result has no intent, when the most probable label is
 * the out-of-scope label or when the best intent's confidence is below the threshold. The ranked
 * candidates are the in-scope intents with the highest confidence, so that the core can ask the
 * user which one was meant.
 */
final class OpenNlpIntentClassifier implements IntentClassifier {

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpIntentClassifier.class);

  /** How many of the most probable intents compete on confidence for the best place. */
  private static final int CONSIDERED = 5;

  private final EngineDescriptor descriptor;
  private final IntentModel model;
  private final double threshold;
  private final int maxUtteranceLength;
  private final int candidateCount;
  private volatile boolean closed;

  OpenNlpIntentClassifier(
      EngineDescriptor descriptor,
      IntentModel model,
      double threshold,
      int maxUtteranceLength,
      int candidateCount) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.model = Objects.requireNonNull(model, "model");
    this.threshold = threshold;
    this.maxUtteranceLength = maxUtteranceLength;
    this.candidateCount = candidateCount;
  }

  @Override
  public EngineDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public IntentResult classify(String utterance, String language) {
    if (closed) {
      throw new EngineUnavailableException(
          descriptor.id(), "the engine is closed; create a new one", null);
    }
    if (utterance == null || isBlank(utterance)) {
      throw new InvalidInputException(
          descriptor.id(), "the utterance is empty; send the text of what the user said", null);
    }
    if (utterance.length() > maxUtteranceLength) {
      throw new InvalidInputException(
          descriptor.id(),
          "the utterance has "
              + utterance.length()
              + " characters, more than the limit of "
              + maxUtteranceLength
              + " (setting 'max.utterance.length')",
          null);
    }
    if (!descriptor.supportsLanguage(language)) {
      throw new UnsupportedLanguageException(
          descriptor.id(),
          "language '"
              + language
              + "' is not one this classifier was trained for "
              + descriptor.languages()
              + " (setting 'languages')",
          null);
    }

    IntentModel.Scores scores = model.score(utterance);

    List<IntentCandidate> ranked = rankedCandidates(scores);
    IntentCandidate best = ranked.get(0);
    List<IntentCandidate> candidates = ranked.subList(0, Math.min(candidateCount, ranked.size()));
    boolean outOfScopeLikeliest = scores.best() == model.outOfScopeIndex();
    if (outOfScopeLikeliest || best.confidence() < threshold) {
      LOG.debug(
          "{}: out of scope ({}; best intent {} at {}, threshold {})",
          descriptor.id(),
          outOfScopeLikeliest ? "out-of-scope label likeliest" : "low confidence",
          best.intent(),
          best.confidence(),
          threshold);
      return IntentResult.noIntent(candidates);
    }
    LOG.debug("{}: intent {} at {}", descriptor.id(), best.intent(), best.confidence());
    return IntentResult.of(best, Map.of(), candidates);
  }

  /** Blank: only white space, no-break spaces included. */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /**
   * Takes the most probable in-scope intents and orders them by confidence (probability times
   * similarity to the intent's examples), so that the best intent is also the first candidate.
   */
  private List<IntentCandidate> rankedCandidates(IntentModel.Scores scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.probabilities().length; i++) {
      if (i != model.outOfScopeIndex()) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> scores.probabilities()[i]).reversed());
    int considered = Math.min(Math.max(candidateCount, CONSIDERED), order.size());
    List<IntentCandidate> ranked = new ArrayList<>(considered);
    for (int i : order.subList(0, considered)) {
      ranked.add(new IntentCandidate(model.intent(i), scores.confidence(i)));
    }
    ranked.sort(Comparator.comparingDouble(IntentCandidate::confidence).reversed());
    return ranked;
  }

  @Override
  public EngineHealth health() {
    if (closed) {
      return EngineHealth.down("engine '" + descriptor.id() + "' is closed");
    }
    return EngineHealth.up();
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      LOG.info("{}: closed", descriptor.id());
    }
  }

  @Override
  public String toString() {
    return "OpenNlpIntentClassifier[id="
        + descriptor.id()
        + ", intents="
        + model.inScopeIntentCount()
        + ", threshold="
        + threshold
        + (closed ? ", closed" : "")
        + "]";
  }
}
