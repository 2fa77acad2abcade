package org.theopy.portal.domain.model.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * An alert threshold of an indicator. It fires when measurements stay beyond the warning or the
 * critical value for {@code holdSeconds}, and clears only once they come back past the resolve
 * value (hysteresis), so that a value wavering around the limit does not raise and clear alerts in
 * turn. Without a resolve value the alert clears as soon as the value is within the limit.
 */
@Entity
@Table(name = "threshold")
@ConsistentThreshold
public class Threshold implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest hold duration accepted: one week. */
  public static final int MAX_HOLD_SECONDS = 7 * 24 * 3600;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  @NotNull(message = "{org.theopy.portal.threshold.comparator.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Comparator comparator = Comparator.ABOVE;

  @Column(name = "warning_value")
  private Double warningValue;

  @NotNull(message = "{org.theopy.portal.threshold.criticalValue.required}")
  @Column(name = "critical_value", nullable = false)
  private Double criticalValue;

  @Column(name = "resolve_value")
  private Double resolveValue;

  @Min(value = 0, message = "{org.theopy.portal.threshold.holdSeconds.negative}")
  @Max(value = MAX_HOLD_SECONDS, message = "{org.theopy.portal.threshold.holdSeconds.tooLong}")
  @Column(name = "hold_seconds", nullable = false)
  private int holdSeconds;

  @NotNull(message = "{org.theopy.portal.threshold.severity.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Severity severity = Severity.HIGH;

  @Convert(converter = ChannelSetConverter.class)
  @Column(nullable = false, length = 200)
  private Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);

  @Column(nullable = false)
  private boolean enabled = true;

  @Version private long version;

  /** For JPA and the pages. */
  public Threshold() {}

  /**
   * Creates an enabled threshold.
   *
   * @param comparator on which side a value breaches
   * @param warningValue the warning value, or null for none
   * @param criticalValue the critical value
   * @param resolveValue the value that clears an alert, or null to clear at the limit
   * @param holdSeconds how long the breach must last before the alert fires
   * @param severity how urgent the alert is
   * @param channels where the alert goes
   */
  public Threshold(
      Comparator comparator,
      Double warningValue,
      Double criticalValue,
      Double resolveValue,
      int holdSeconds,
      Severity severity,
      Set<NotificationChannel> channels) {
    this.comparator = comparator;
    this.warningValue = warningValue;
    this.criticalValue = criticalValue;
    this.resolveValue = resolveValue;
    this.holdSeconds = holdSeconds;
    this.severity = severity;
    setChannels(channels);
  }

  /**
   * Returns the state a measurement leads to, given the state of the previous one. A breach is
   * reported at once; the caller applies {@link #getHoldSeconds()} by waiting for the breach to
   * last. Once in a breach, the state stays until the value passes the resolve value.
   *
   * @param value the new measurement
   * @param current the state before this measurement
   * @return the new state
   */
  public AlertState evaluate(double value, AlertState current) {
    if (comparator.breaches(value, criticalValue)) {
      return AlertState.CRITICAL;
    }
    if (warningValue != null && comparator.breaches(value, warningValue)) {
      return AlertState.WARNING;
    }
    if (current != AlertState.OK && resolveValue != null) {
      boolean pastResolve =
          comparator == Comparator.ABOVE ? value <= resolveValue : value >= resolveValue;
      if (!pastResolve) {
        return current;
      }
    }
    return AlertState.OK;
  }

  /**
   * Returns the value from which the threshold first fires: the warning value when there is one,
   * else the critical value.
   *
   * @return the first firing value, null only while the threshold is being edited
   */
  public Double firstFiringValue() {
    return warningValue != null ? warningValue : criticalValue;
  }

  /**
   * Describes the threshold in one line for the audit trail and lists.
   *
   * @return for example {@code ABOVE warn=- crit=2000.0 resolve=1500.0 hold=300s HIGH [EMAIL]}
   */
  public String describe() {
    return comparator
        + " warn="
        + (warningValue == null ? "-" : warningValue)
        + " crit="
        + criticalValue
        + " resolve="
        + (resolveValue == null ? "-" : resolveValue)
        + " hold="
        + holdSeconds
        + "s "
        + severity
        + " "
        + channels
        + (enabled ? "" : " disabled");
  }

  /**
   * Copies every setting (not the id, indicator or version) from another threshold.
   *
   * @param other the threshold whose settings to take
   */
  public void copySettingsFrom(Threshold other) {
    comparator = other.comparator;
    warningValue = other.warningValue;
    criticalValue = other.criticalValue;
    resolveValue = other.resolveValue;
    holdSeconds = other.holdSeconds;
    severity = other.severity;
    setChannels(other.channels);
    enabled = other.enabled;
  }

  public Long getId() {
    return id;
  }

  /** For the REST API and pages that build a threshold from its parts. */
  public void setId(Long id) {
    this.id = id;
  }

  public Indicator getIndicator() {
    return indicator;
  }

  void setIndicator(Indicator indicator) {
    this.indicator = indicator;
  }

  public Comparator getComparator() {
    return comparator;
  }

  public void setComparator(Comparator comparator) {
    this.comparator = comparator;
  }

  public Double getWarningValue() {
    return warningValue;
  }

  public void setWarningValue(Double warningValue) {
    this.warningValue = warningValue;
  }

  public Double getCriticalValue() {
    return criticalValue;
  }

  public void setCriticalValue(Double criticalValue) {
    this.criticalValue = criticalValue;
  }

  public Double getResolveValue() {
    return resolveValue;
  }

  public void setResolveValue(Double resolveValue) {
    this.resolveValue = resolveValue;
  }

  public int getHoldSeconds() {
    return holdSeconds;
  }

  public void setHoldSeconds(int holdSeconds) {
    this.holdSeconds = holdSeconds;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }

  public Set<NotificationChannel> getChannels() {
    return channels;
  }

  public void setChannels(Set<NotificationChannel> channels) {
    this.channels =
        channels == null || channels.isEmpty()
            ? EnumSet.noneOf(NotificationChannel.class)
            : EnumSet.copyOf(channels);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public long getVersion() {
    return version;
  }
}
