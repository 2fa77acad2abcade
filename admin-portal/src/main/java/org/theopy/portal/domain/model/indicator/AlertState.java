package org.theopy.portal.domain.model.indicator;

/** The state of one threshold for the latest measurement of its indicator. */
public enum AlertState {
  /** Within limits. */
  OK,
  /** Beyond the warning value. */
  WARNING,
  /** Beyond the critical value. */
  CRITICAL
}
