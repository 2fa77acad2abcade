package org.theopy.portal.domain.model.indicator;

/** How urgent an alert raised by a threshold is. */
public enum Severity {
  /** Worth a look during working hours. */
  LOW,
  /** Needs attention today. */
  MEDIUM,
  /** Needs attention now. */
  HIGH,
  /** Service or data at stake: wake someone up. */
  CRITICAL
}
