package org.theopy.portal.domain.model.indicator;

/** On which side of a threshold value a measurement is a breach. */
public enum Comparator {
  /** A value above the threshold breaches it (response time, error rate). */
  ABOVE,
  /** A value below the threshold breaches it (uptime). */
  BELOW;

  /**
   * Tells whether the value breaches the limit.
   *
   * @param value a measurement
   * @param limit a threshold value
   * @return true when the value is strictly beyond the limit
   */
  public boolean breaches(double value, double limit) {
    return this == ABOVE ? value > limit : value < limit;
  }

  /**
   * Tells whether {@code a} is at least as far on the breaching side as {@code b}.
   *
   * @param a a threshold value
   * @param b another threshold value
   * @return {@code a >= b} for {@link #ABOVE}, {@code a <= b} for {@link #BELOW}
   */
  public boolean atLeastAsSevere(double a, double b) {
    return this == ABOVE ? a >= b : a <= b;
  }
}
