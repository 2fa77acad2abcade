package org.theopy.portal.domain.model.risk;

/** Where a risk stands in its treatment. */
public enum RiskStatus {
  /** Identified, treatment not finished. */
  OPEN,
  /** The planned mitigation measures are in place. */
  MITIGATED,
  /** Knowingly accepted as it is. */
  ACCEPTED,
  /** No longer relevant. */
  CLOSED
}
