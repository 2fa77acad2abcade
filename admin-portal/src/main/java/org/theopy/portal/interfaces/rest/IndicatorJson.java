package org.theopy.portal.interfaces.rest;

import java.util.List;
import java.util.Set;
import org.theopy.portal.domain.model.indicator.Comparator;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.indicator.NotificationChannel;
import org.theopy.portal.domain.model.indicator.Severity;
import org.theopy.portal.domain.model.indicator.Threshold;

/** JSON shapes of indicators and thresholds. */
public final class IndicatorJson {

  private IndicatorJson() {}

  /**
   * A threshold, sent and returned.
   *
   * @param id on change: the threshold to update; left out to add one
   * @param comparator ABOVE or BELOW
   * @param warningValue warning value, optional
   * @param criticalValue critical value, required
   * @param resolveValue the value that clears the alert, optional
   * @param holdSeconds how long a breach must last, 0 to 604800
   * @param severity LOW, MEDIUM, HIGH or CRITICAL
   * @param channels EMAIL, CHAT, PORTAL
   * @param enabled whether it raises alerts; true when left out
   */
  public record ThresholdJson(
      Long id,
      Comparator comparator,
      Double warningValue,
      Double criticalValue,
      Double resolveValue,
      Integer holdSeconds,
      Severity severity,
      Set<NotificationChannel> channels,
      Boolean enabled) {

    static ThresholdJson of(Threshold t) {
      return new ThresholdJson(
          t.getId(),
          t.getComparator(),
          t.getWarningValue(),
          t.getCriticalValue(),
          t.getResolveValue(),
          t.getHoldSeconds(),
          t.getSeverity(),
          t.getChannels(),
          t.isEnabled());
    }

    Threshold toThreshold() {
      Threshold t =
          new Threshold(
              comparator,
              warningValue,
              criticalValue,
              resolveValue,
              holdSeconds == null ? 0 : holdSeconds,
              severity,
              channels);
      t.setEnabled(enabled == null || enabled);
      t.setId(id);
      return t;
    }
  }

  /**
   * An indicator, sent and returned.
   *
   * @param id the id (ignored when sent)
   * @param name unique name
   * @param category what it watches
   * @param unit unit of measurements
   * @param measurementMethod tool or method
   * @param description more words
   * @param thresholds the thresholds
   * @param version on change: the version read
   */
  public record IndicatorView(
      Long id,
      String name,
      String category,
      String unit,
      String measurementMethod,
      String description,
      List<ThresholdJson> thresholds,
      Long version) {

    static IndicatorView of(Indicator i) {
      return new IndicatorView(
          i.getId(),
          i.getName(),
          i.getCategory(),
          i.getUnit(),
          i.getMeasurementMethod(),
          i.getDescription(),
          i.getThresholds().stream().map(ThresholdJson::of).toList(),
          i.getVersion());
    }

    Indicator toDraft() {
      Indicator draft = new Indicator(name, category, unit, measurementMethod);
      draft.setDescription(description);
      if (thresholds != null) {
        for (ThresholdJson t : thresholds) {
          if (t == null) {
            throw new jakarta.ws.rs.BadRequestException("thresholds must not contain null");
          }
          draft.addThreshold(t.toThreshold());
        }
      }
      return draft;
    }
  }
}
