package org.theopy.voice.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an intent classifier understood: the best intent with its slots, and every candidate ranked
 * by confidence. A result without an intent means the utterance is out of scope (or the classifier
 * is too unsure), which the core turns into a clarification.
 */
public final class IntentResult {

  private final IntentCandidate best;
  private final Map<String, String> slots;
  private final List<IntentCandidate> ranked;

  private IntentResult(
      IntentCandidate best, Map<String, String> slots, List<IntentCandidate> candidates) {
    this.best = best;
    this.slots = Map.copyOf(slots);
    List<IntentCandidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(IntentCandidate::confidence).reversed());
    this.ranked = List.copyOf(sorted);
  }

  /**
   * A result with an intent.
   *
   * @param best the chosen intent
   * @param slots named values extracted from the utterance, empty when none
   * @param candidates every candidate considered, in any order (the best included or not)
   * @return the result; its {@link #ranked()} list holds the best and the candidates, sorted
   */
  public static IntentResult of(
      IntentCandidate best, Map<String, String> slots, List<IntentCandidate> candidates) {
    Objects.requireNonNull(best, "best");
    List<IntentCandidate> all = new ArrayList<>();
    all.add(best);
    for (IntentCandidate c : candidates) {
      if (!c.intent().equals(best.intent())) {
        all.add(c);
      }
    }
    return new IntentResult(best, slots, all);
  }

  /**
   * A result without an intent: the utterance is out of scope.
   *
   * @param candidates what the classifier considered, for clarification prompts; may be empty
   * @return the result
   */
  public static IntentResult noIntent(List<IntentCandidate> candidates) {
    return new IntentResult(null, Map.of(), candidates);
  }

  /**
   * Returns the chosen intent.
   *
   * @return the best candidate, empty when the utterance is out of scope
   */
  public Optional<IntentCandidate> best() {
    return Optional.ofNullable(best);
  }

  /**
   * Returns the chosen intent's name.
   *
   * @return the name, empty when out of scope
   */
  public Optional<String> intent() {
    return best().map(IntentCandidate::intent);
  }

  /**
   * Returns the chosen intent's confidence.
   *
   * @return between 0 and 1; 0 when out of scope
   */
  public double confidence() {
    return best == null ? 0 : best.confidence();
  }

  /**
   * Tells whether an intent was chosen.
   *
   * @return {@code false} when the utterance is out of scope
   */
  public boolean hasIntent() {
    return best != null;
  }

  /**
   * Returns the slots of the chosen intent.
   *
   * @return an unmodifiable map, empty when none
   */
  public Map<String, String> slots() {
    return slots;
  }

  /**
   * Returns every candidate, highest confidence first.
   *
   * @return an unmodifiable list
   */
  public List<IntentCandidate> ranked() {
    return ranked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntentResult other
        && Objects.equals(best, other.best)
        && slots.equals(other.slots)
        && ranked.equals(other.ranked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(best, slots, ranked);
  }

  @Override
  public String toString() {
    return best == null
        ? "IntentResult[no intent, candidates=" + ranked + "]"
        : "IntentResult["
            + best.intent()
            + " "
            + best.confidence()
            + ", slots="
            + slots.keySet()
            + "]";
  }
}
