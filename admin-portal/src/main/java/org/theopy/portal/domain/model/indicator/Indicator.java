package org.theopy.portal.domain.model.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.theopy.portal.domain.validation.PlainText;

/**
 * A monitoring indicator: something measured about the running system, such as uptime or the word
 * error rate of speech recognition, with the thresholds that raise alerts on it.
 */
@Entity
@Table(name = "indicator")
public class Indicator implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many thresholds per indicator. */
  public static final int MAX_THRESHOLDS = 10;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank(message = "{org.theopy.portal.indicator.name.required}")
  @Size(max = 120, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, unique = true, length = 120)
  private String name;

  @NotBlank(message = "{org.theopy.portal.indicator.category.required}")
  @Size(max = 80, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, length = 80)
  private String category;

  @NotBlank(message = "{org.theopy.portal.indicator.unit.required}")
  @Size(max = 40, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, length = 40)
  private String unit;

  @NotBlank(message = "{org.theopy.portal.indicator.measurementMethod.required}")
  @Size(max = 500, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(name = "measurement_method", nullable = false, length = 500)
  private String measurementMethod;

  @Size(max = 2000, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(length = 2000)
  private String description;

  @Valid
  @Size(max = MAX_THRESHOLDS, message = "{org.theopy.portal.indicator.thresholds.tooMany}")
  @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Threshold> thresholds = new ArrayList<>();

  @Version private long version;

  /** For JPA and the pages. */
  public Indicator() {}

  /**
   * Creates an indicator with no thresholds.
   *
   * @param name unique name
   * @param category what part of the system it watches
   * @param unit unit of the measurements
   * @param measurementMethod tool or method that measures it
   */
  public Indicator(String name, String category, String unit, String measurementMethod) {
    this.name = name;
    this.category = category;
    this.unit = unit;
    this.measurementMethod = measurementMethod;
  }

  /**
   * Adds a threshold and makes this indicator its owner.
   *
   * @param threshold the threshold to add
   */
  public void addThreshold(Threshold threshold) {
    threshold.setIndicator(this);
    thresholds.add(threshold);
  }

  /**
   * Removes a threshold.
   *
   * @param threshold the threshold to remove
   */
  public void removeThreshold(Threshold threshold) {
    thresholds.remove(threshold);
    threshold.setIndicator(null);
  }

  /**
   * Returns the values that the audit trail compares, by field name.
   *
   * @return an ordered map of field name to display value
   */
  public Map<String, String> auditSnapshot() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", Objects.toString(name, ""));
    values.put("category", Objects.toString(category, ""));
    values.put("unit", Objects.toString(unit, ""));
    values.put("measurementMethod", Objects.toString(measurementMethod, ""));
    values.put("description", Objects.toString(description, ""));
    values.put(
        "thresholds",
        thresholds.stream().map(Threshold::describe).collect(Collectors.joining("; ")));
    return values;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMeasurementMethod() {
    return measurementMethod;
  }

  public void setMeasurementMethod(String measurementMethod) {
    this.measurementMethod = measurementMethod;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Threshold> getThresholds() {
    return thresholds;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicator other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Indicator.class.hashCode();
  }
}
