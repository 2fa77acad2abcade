package org.theopy.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskCriteria;
import org.theopy.portal.infrastructure.persistence.IndicatorRepository;
import org.theopy.portal.infrastructure.persistence.RiskRepository;

/** Maintains the risk register. Changes need the admin role and are audited. */
@ApplicationScoped
@Transactional
public class RiskService {

  private static final Logger LOG = Logger.getLogger(RiskService.class.getName());

  @Inject private RiskRepository risks;
  @Inject private IndicatorRepository indicators;
  @Inject private AuditTrail auditTrail;
  @Inject private EntityValidation validation;
  @Inject private CurrentUser currentUser;

  private final Clock clock = Clock.systemUTC();

  /**
   * Returns one page of the register.
   *
   * @param criteria filters, sort and page
   * @return the page and the number of matches
   */
  public Page<Risk> search(RiskCriteria criteria) {
    LocalDate today = LocalDate.now(clock);
    return new Page<>(risks.page(criteria, today), risks.count(criteria, today));
  }

  /**
   * Returns the risks of one page, without counting all matches.
   *
   * @param criteria filters, sort and page
   * @return the risks of the page
   */
  public List<Risk> page(RiskCriteria criteria) {
    return risks.page(criteria, LocalDate.now(clock));
  }

  /**
   * Counts the risks that match the filters.
   *
   * @param criteria filters
   * @return the number of matches
   */
  public long count(RiskCriteria criteria) {
    return risks.count(criteria, LocalDate.now(clock));
  }

  /**
   * Returns a risk with its mitigations and indicators.
   *
   * @param id the id
   * @return the risk
   * @throws UnknownEntityException when there is none
   */
  public Risk get(long id) {
    return risks.findWithDetails(id).orElseThrow(() -> new UnknownEntityException("risk", id));
  }

  /**
   * Counts the risks that are not closed by impact and probability.
   *
   * @return counts by impact then probability
   */
  public Map<Level, Map<Level, Long>> heatMap() {
    return risks.heatMap();
  }

  /**
   * Adds a risk to the register.
   *
   * @param draft the risk's values (title, description, impact, probability, ...)
   * @param indicatorIds the indicators that watch it
   * @return the stored risk
   * @throws jakarta.validation.ConstraintViolationException when a value is invalid
   * @throws RuleViolationException when an indicator does not exist
   */
  public Risk create(Risk draft, Collection<Long> indicatorIds) {
    currentUser.require(Role.ADMIN_NAME);
    Risk risk = new Risk();
    copyValues(draft, risk);
    risk.setIndicators(resolveIndicators(indicatorIds));
    validation.check(risk);

    risks.add(risk);
    risks.flush();
    auditTrail.record(
        currentUser.name(), "Risk", risk.getId(), "CREATE", Map.of(), risk.auditSnapshot());
    LOG.info(() -> "risk " + risk.getId() + " '" + risk.getTitle() + "' added");
    return risk;
  }

  /**
   * Changes a risk.
   *
   * @param id the risk's id
   * @param expectedVersion the version the caller edited, or null to skip the check
   * @param changes the new values
   * @param indicatorIds the indicators that watch it
   * @return the updated risk
   * @throws UnknownEntityException when the risk does not exist
   * @throws ConflictException when someone else changed it since {@code expectedVersion}
   */
  public Risk update(long id, Long expectedVersion, Risk changes, Collection<Long> indicatorIds) {
    currentUser.require(Role.ADMIN_NAME);
    Risk risk = get(id);
    if (expectedVersion != null && risk.getVersion() != expectedVersion) {
      throw new ConflictException(
          "risk " + id + " was changed by someone else meanwhile: reload it and edit again");
    }
    Map<String, String> before = risk.auditSnapshot();
    copyValues(changes, risk);
    risk.setIndicators(resolveIndicators(indicatorIds));
    validation.check(risk);

    try {
      risks.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException(
          "risk " + id + " was changed by someone else meanwhile: reload it and edit again");
    }
    auditTrail.record(currentUser.name(), "Risk", id, "UPDATE", before, risk.auditSnapshot());
    return risk;
  }

  /**
   * Removes a risk from the register.
   *
   * @param id the risk's id
   * @throws UnknownEntityException when the risk does not exist
   */
  public void delete(long id) {
    currentUser.require(Role.ADMIN_NAME);
    Risk risk = get(id);
    Map<String, String> before = risk.auditSnapshot();

    risks.remove(risk);
    auditTrail.record(currentUser.name(), "Risk", id, "DELETE", before, Map.of());
    LOG.info(() -> "risk " + id + " removed");
  }

  private Set<Indicator> resolveIndicators(Collection<Long> ids) {
    if (ids != null && ids.stream().anyMatch(java.util.Objects::isNull)) {
      throw new RuleViolationException("indicatorIds", "indicator ids must not be null");
    }
    Set<Long> wanted = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    List<Indicator> found = indicators.findAll(wanted);
    if (found.size() != wanted.size()) {
      Set<Long> foundIds = found.stream().map(Indicator::getId).collect(Collectors.toSet());
      List<Long> missing = wanted.stream().filter(i -> !foundIds.contains(i)).toList();
      throw new RuleViolationException("indicatorIds", "unknown indicator id(s): " + missing);
    }
    return new LinkedHashSet<>(found);
  }

  private static void copyValues(Risk from, Risk to) {
    to.setTitle(trim(from.getTitle()));
    to.setDescription(trim(from.getDescription()));
    to.setImpact(from.getImpact());
    to.setProbability(from.getProbability());
    to.setWarningSigns(trim(from.getWarningSigns()));
    to.setOwner(trim(from.getOwner()));
    to.setReviewDate(from.getReviewDate());
    to.setStatus(from.getStatus());
    to.setMitigations(from.getMitigations() == null ? List.of() : from.getMitigations());
  }

  private static String trim(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
