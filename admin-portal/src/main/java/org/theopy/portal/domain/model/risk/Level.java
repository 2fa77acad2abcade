package org.theopy.portal.domain.model.risk;

/**
 * The three-level scale used for impact, probability and the derived risk level. The weight is the
 * factor of the score: impact weight times probability weight, from 1 to 9.
 */
public enum Level {
  /** Rare or minor: minor service degradation, no data loss. */
  LOW(1),
  /** Possible or partial: partial loss of functionality, temporary disruption. */
  MEDIUM(2),
  /** Likely or critical: data loss or major downtime. */
  HIGH(3);

  private final int weight;

  Level(int weight) {
    this.weight = weight;
  }

  /** Returns the factor of this level in the score, 1 to 3. */
  public int weight() {
    return weight;
  }

  /**
   * Returns the level of a score: 6 and above is high, 3 and 4 are medium, 1 and 2 are low.
   *
   * @param score impact weight times probability weight
   * @return the level
   * @throws IllegalArgumentException when the score is outside 1 to 9
   */
  public static Level ofScore(int score) {
    if (score < 1 || score > 9) {
      throw new IllegalArgumentException("score must be between 1 and 9, got " + score);
    }
    if (score >= 6) {
      return HIGH;
    }
    return score >= 3 ? MEDIUM : LOW;
  }
}
