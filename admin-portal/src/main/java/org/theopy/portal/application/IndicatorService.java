package org.theopy.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.indicator.Threshold;
import org.theopy.portal.infrastructure.persistence.IndicatorRepository;

/** Maintains monitoring indicators and their thresholds. Changes need admin and are audited. */
@ApplicationScoped
@Transactional
public class IndicatorService {

  private static final Logger LOG = Logger.getLogger(IndicatorService.class.getName());

  @Inject private IndicatorRepository indicators;
  @Inject private AuditTrail auditTrail;
  @Inject private EntityValidation validation;
  @Inject private CurrentUser currentUser;

  /**
   * Returns every indicator with its thresholds.
   *
   * @return the indicators by name
   */
  public List<Indicator> list() {
    return indicators.findAll();
  }

  /**
   * Returns an indicator with its thresholds.
   *
   * @param id the id
   * @return the indicator
   * @throws UnknownEntityException when there is none
   */
  public Indicator get(long id) {
    return indicators.find(id).orElseThrow(() -> new UnknownEntityException("indicator", id));
  }

  /**
   * Adds an indicator with its thresholds.
   *
   * @param draft the indicator's values and thresholds
   * @return the stored indicator
   * @throws jakarta.validation.ConstraintViolationException when a value is invalid
   * @throws ConflictException when the name is taken
   */
  public Indicator create(Indicator draft) {
    currentUser.require(Role.ADMIN_NAME);
    Indicator indicator = new Indicator();
    copyValues(draft, indicator);
    for (Threshold submitted : draft.getThresholds()) {
      Threshold threshold = new Threshold();
      threshold.copySettingsFrom(submitted);
      indicator.addThreshold(threshold);
    }
    validation.check(indicator);
    if (indicators.nameTaken(indicator.getName(), null)) {
      throw new ConflictException("an indicator named '" + indicator.getName() + "' exists");
    }

    indicators.add(indicator);
    indicators.flush();
    auditTrail.record(
        currentUser.name(),
        "Indicator",
        indicator.getId(),
        "CREATE",
        Map.of(),
        indicator.auditSnapshot());
    LOG.info(() -> "indicator " + indicator.getId() + " '" + indicator.getName() + "' added");
    return indicator;
  }

  /**
   * Changes an indicator and its thresholds: submitted thresholds with an id replace the settings
   * of that threshold, those without one are added, and thresholds not submitted are removed.
   *
   * @param id the indicator's id
   * @param expectedVersion the version the caller edited, or null to skip the check
   * @param changes the new values and thresholds
   * @return the updated indicator
   * @throws UnknownEntityException when the indicator or a submitted threshold id is unknown
   * @throws ConflictException when someone else changed it meanwhile or the name is taken
   */
  public Indicator update(long id, Long expectedVersion, Indicator changes) {
    currentUser.require(Role.ADMIN_NAME);
    Indicator indicator = get(id);
    if (expectedVersion != null && indicator.getVersion() != expectedVersion) {
      throw new ConflictException(
          "indicator " + id + " was changed by someone else meanwhile: reload it and edit again");
    }
    Map<String, String> before = indicator.auditSnapshot();
    copyValues(changes, indicator);
    Map<Long, Threshold> existing = new HashMap<>();
    indicator.getThresholds().forEach(t -> existing.put(t.getId(), t));
    List<Threshold> kept = new ArrayList<>();
    for (Threshold submitted : changes.getThresholds()) {
      Threshold target;
      if (submitted.getId() == null) {
        target = new Threshold();
        target.copySettingsFrom(submitted);
        indicator.addThreshold(target);
      } else {
        target = existing.get(submitted.getId());
        if (target == null) {
          throw new UnknownEntityException("threshold", submitted.getId() + " of indicator " + id);
        }
        target.copySettingsFrom(submitted);
      }
      kept.add(target);
    }
    for (Threshold threshold : new ArrayList<>(indicator.getThresholds())) {
      if (!kept.contains(threshold)) {
        indicator.removeThreshold(threshold);
      }
    }
    validation.check(indicator);
    if (indicators.nameTaken(indicator.getName(), id)) {
      throw new ConflictException("an indicator named '" + indicator.getName() + "' exists");
    }

    indicators.flush();
    auditTrail.record(
        currentUser.name(), "Indicator", id, "UPDATE", before, indicator.auditSnapshot());
    return indicator;
  }

  private static void copyValues(Indicator from, Indicator to) {
    to.setName(strip(from.getName()));
    to.setCategory(strip(from.getCategory()));
    to.setUnit(strip(from.getUnit()));
    to.setMeasurementMethod(strip(from.getMeasurementMethod()));
    to.setDescription(strip(from.getDescription()));
  }

  private static String strip(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
