package org.theopy.portal.domain.model.risk;

/** Progress of one mitigation measure. */
public enum MitigationStatus {
  /** Agreed, not started. */
  PLANNED,
  /** Being put in place. */
  IN_PROGRESS,
  /** In place. */
  DONE
}
