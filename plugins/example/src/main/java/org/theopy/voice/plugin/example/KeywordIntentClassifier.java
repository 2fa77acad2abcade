package org.theopy.voice.plugin.example;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.theopy.voice.spi.EngineDescriptor;
import org.theopy.voice.spi.EngineHealth;
import org.theopy.voice.spi.EngineUnavailableException;
import org.theopy.voice.spi.IntentCandidate;
import org.theopy.voice.spi.IntentClassifier;
import org.theopy.voice.spi.IntentResult;
import org.theopy.voice.spi.InvalidInputException;

/**
 * Classifies an utterance by the key phrases it contains. Each phrase found as whole words scores
 * its number of words for its intent; an intent's confidence is its share of all the scores. An
 * utterance with no phrase at all has no intent.
 *
 * <p>Immutable after creation, so safe for concurrent use.
 */
public final class KeywordIntentClassifier implements IntentClassifier {

  private static final Logger LOG = LoggerFactory.getLogger(KeywordIntentClassifier.class);

  private final Map<String, List<String>> intents;
  private final int maxCharacters;
  private final AtomicBoolean closed = new AtomicBoolean();

  KeywordIntentClassifier(Map<String, List<String>> intents, int maxCharacters) {
    this.intents = Collections.unmodifiableMap(new LinkedHashMap<>(intents));
    this.maxCharacters = maxCharacters;
    LOG.info("{}: ready with {} intents", descriptor().id(), intents.size());
  }

  @Override
  public EngineDescriptor descriptor() {
    return KeywordIntentClassifierProvider.DESCRIPTOR;
  }

  @Override
  public IntentResult classify(String utterance, String language) {
    String id = descriptor().id();
    if (closed.get()) {
      throw new EngineUnavailableException(id, "engine is closed; create a new one", null);
    }
    if (utterance.length() > maxCharacters) {
      throw new InvalidInputException(
          id,
          "utterance has " + utterance.length() + " characters, more than " + maxCharacters,
          null);
    }
    String words = normalize(utterance);
    if (words.isEmpty()) {
      throw new InvalidInputException(id, "utterance has no words", null);
    }

    String text = " " + words + " ";
    List<IntentCandidate> scored = new ArrayList<>();
    int total = 0;
    int[] scores = new int[intents.size()];
    List<String> names = new ArrayList<>(intents.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (String phrase : intents.get(names.get(i))) {
        if (text.contains(" " + phrase + " ")) {
          scores[i] += phrase.split(" ").length;
        }
      }
      total += scores[i];
    }
    for (int i = 0; i < names.size(); i++) {
      if (scores[i] > 0) {
        scored.add(new IntentCandidate(names.get(i), (double) scores[i] / total));
      }
    }

    if (scored.isEmpty()) {
      return IntentResult.noIntent(List.of());
    }
    scored.sort(
        Comparator.comparingDouble(IntentCandidate::confidence)
            .reversed()
            .thenComparing(IntentCandidate::intent));
    return IntentResult.of(scored.get(0), Map.of(), scored);
  }

  /** Lower case, accents and punctuation removed, single spaces. */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return decomposed
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
        .trim();
  }

  @Override
  public EngineHealth health() {
    return closed.get() ? EngineHealth.down("engine is closed") : EngineHealth.up();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      LOG.info("{}: closed", descriptor().id());
    }
  }

  @Override
  public String toString() {
    return "KeywordIntentClassifier" + intents.keySet() + (closed.get() ? " closed" : "");
  }
}
