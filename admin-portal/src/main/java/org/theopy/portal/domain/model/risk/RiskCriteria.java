package org.theopy.portal.domain.model.risk;

import java.util.Set;

/**
 * What the register asks for: filters, one sort key and a page. Null or empty filters match
 * everything.
 *
 * @param text words that the title or the owner contains, case-insensitive
 * @param levels risk levels to include
 * @param statuses statuses to include
 * @param impact only this impact
 * @param probability only this probability
 * @param activeOnly leave out closed risks
 * @param overdueOnly only risks whose review date has passed
 * @param sort the sort key
 * @param ascending sort direction
 * @param first index of the first row
 * @param pageSize number of rows, 1 to {@link #MAX_PAGE_SIZE}
 */
public record RiskCriteria(
    String text,
    Set<Level> levels,
    Set<RiskStatus> statuses,
    Level impact,
    Level probability,
    boolean activeOnly,
    boolean overdueOnly,
    SortKey sort,
    boolean ascending,
    int first,
    int pageSize) {

  /** Largest page served. */
  public static final int MAX_PAGE_SIZE = 500;

  /** The columns the register sorts on. */
  public enum SortKey {
    /** By title, case-insensitive. */
    TITLE,
    /** By impact. */
    IMPACT,
    /** By probability. */
    PROBABILITY,
    /** By score (the same order as level). */
    SCORE,
    /** By status. */
    STATUS,
    /** By owner. */
    OWNER,
    /** By review date. */
    REVIEW_DATE,
    /** By last change. */
    UPDATED_AT
  }

  /** Checks the page bounds. */
  public RiskCriteria {
    if (first < 0) {
      throw new IllegalArgumentException("first must be 0 or more, got " + first);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page size must be between 1 and " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
    levels = levels == null ? Set.of() : Set.copyOf(levels);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    sort = sort == null ? SortKey.SCORE : sort;
  }
}
