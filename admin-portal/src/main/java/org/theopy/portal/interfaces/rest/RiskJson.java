package org.theopy.portal.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Mitigation;
import org.theopy.portal.domain.model.risk.MitigationStatus;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskStatus;

/** JSON shapes of risks. */
public final class RiskJson {

  private RiskJson() {}

  /**
   * A mitigation measure.
   *
   * @param description what is done
   * @param status how far it is; PLANNED when left out
   */
  public record MitigationJson(String description, MitigationStatus status) {}

  /**
   * An indicator watching a risk.
   *
   * @param id the indicator's id
   * @param name its name
   */
  public record IndicatorRef(long id, String name) {}

  /**
   * What a client sends to create or change a risk. Title, description, impact and probability are
   * required; status is OPEN when left out.
   *
   * @param title short name, at most 200 characters
   * @param description what can happen, at most 4000 characters
   * @param impact LOW, MEDIUM or HIGH
   * @param probability LOW, MEDIUM or HIGH
   * @param warningSigns what to look for, at most 1000 characters
   * @param owner who handles it
   * @param reviewDate next review, ISO date
   * @param status OPEN, MITIGATED, ACCEPTED or CLOSED
   * @param mitigations the measures
   * @param indicatorIds ids of the indicators that watch it
   * @param version on change: the version that was read, to detect concurrent changes
   */
  public record RiskInput(
      String title,
      String description,
      Level impact,
      Level probability,
      String warningSigns,
      String owner,
      LocalDate reviewDate,
      RiskStatus status,
      List<MitigationJson> mitigations,
      List<Long> indicatorIds,
      Long version) {

    /** Builds the risk values that the service checks and stores. */
    Risk toDraft() {
      Risk draft = new Risk();
      draft.setTitle(title);
      draft.setDescription(description);
      draft.setImpact(impact);
      draft.setProbability(probability);
      draft.setWarningSigns(warningSigns);
      draft.setOwner(owner);
      draft.setReviewDate(reviewDate);
      draft.setStatus(status == null ? RiskStatus.OPEN : status);
      draft.setMitigations(
          mitigations == null
              ? List.of()
              : mitigations.stream()
                  .map(
                      m ->
                          m == null
                              ? null
                              : new Mitigation(
                                  m.description(),
                                  m.status() == null ? MitigationStatus.PLANNED : m.status()))
                  .toList());
      return draft;
    }
  }

  /**
   * A risk as the API returns it.
   *
   * @param id id
   * @param title title
   * @param description description
   * @param impact impact
   * @param probability probability
   * @param score impact weight times probability weight, 1 to 9
   * @param level level derived from the score
   * @param warningSigns warning signs
   * @param owner owner
   * @param reviewDate next review
   * @param reviewOverdue true when the review date has passed on a risk not closed
   * @param status status
   * @param mitigations measures (null in list answers)
   * @param indicators watching indicators (null in list answers)
   * @param version version, to send back on change
   * @param updatedAt last change
   */
  public record RiskView(
      long id,
      String title,
      String description,
      Level impact,
      Level probability,
      int score,
      Level level,
      String warningSigns,
      String owner,
      LocalDate reviewDate,
      boolean reviewOverdue,
      RiskStatus status,
      List<MitigationJson> mitigations,
      List<IndicatorRef> indicators,
      long version,
      Instant updatedAt) {

    static RiskView of(Risk risk, boolean withDetails) {
      return new RiskView(
          risk.getId(),
          risk.getTitle(),
          risk.getDescription(),
          risk.getImpact(),
          risk.getProbability(),
          risk.getScore(),
          risk.getLevel(),
          risk.getWarningSigns(),
          risk.getOwner(),
          risk.getReviewDate(),
          risk.isReviewOverdue(LocalDate.now()),
          risk.getStatus(),
          withDetails
              ? risk.getMitigations().stream()
                  .map(m -> new MitigationJson(m.getDescription(), m.getStatus()))
                  .toList()
              : null,
          withDetails
              ? risk.getIndicators().stream()
                  .map(i -> new IndicatorRef(i.getId(), i.getName()))
                  .toList()
              : null,
          risk.getVersion(),
          risk.getUpdatedAt());
    }
  }

  /**
   * A page of risks.
   *
   * @param items the risks of the page
   * @param total how many match in all
   * @param page page number, from 0
   * @param size page size
   */
  public record RiskPage(List<RiskView> items, long total, int page, int size) {}
}
