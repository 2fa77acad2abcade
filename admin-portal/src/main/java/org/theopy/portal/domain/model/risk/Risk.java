package org.theopy.portal.domain.model.risk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.validation.PlainText;

/**
 * A risk of the register. Score and level are derived from impact and probability and stored, so
 * that the register can sort and filter on them in the database.
 */
@Entity
@Table(name = "risk")
public class Risk implements Serializable {

  private static final long serialVersionUID = 1L;

  /** At most this many mitigation measures per risk. */
  public static final int MAX_MITIGATIONS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank(message = "{org.theopy.portal.risk.title.required}")
  @Size(max = 200, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, length = 200)
  private String title;

  @NotBlank(message = "{org.theopy.portal.risk.description.required}")
  @Size(max = 4000, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(nullable = false, length = 4000)
  private String description;

  @NotNull(message = "{org.theopy.portal.risk.level.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level impact;

  @NotNull(message = "{org.theopy.portal.risk.level.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level probability;

  @Column(nullable = false)
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Level level;

  /** What to look at in logs and reports: the assessment's own words for the warning signs. */
  @Size(max = 1000, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(name = "warning_signs", length = 1000)
  private String warningSigns;

  @Size(max = 120, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(length = 120)
  private String owner;

  @Column(name = "review_date")
  private LocalDate reviewDate;

  @NotNull(message = "{org.theopy.portal.risk.status.required}")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RiskStatus status = RiskStatus.OPEN;

  @Valid
  @Size(max = MAX_MITIGATIONS, message = "{org.theopy.portal.risk.mitigations.tooMany}")
  @ElementCollection
  @CollectionTable(name = "mitigation", joinColumns = @JoinColumn(name = "risk_id"))
  @OrderColumn(name = "position")
  private List<@NotNull(message = "{org.theopy.portal.risk.mitigations.empty}") @Valid Mitigation>
      mitigations = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "risk_indicator",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "indicator_id"))
  @OrderBy("name")
  private Set<Indicator> indicators = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  /** For JPA and the pages. */
  public Risk() {}

  /**
   * Creates an open risk.
   *
   * @param title short name
   * @param description what can happen and why
   * @param impact how bad it is when it happens
   * @param probability how likely it is
   */
  public Risk(String title, String description, Level impact, Level probability) {
    this.title = title;
    this.description = description;
    this.impact = impact;
    this.probability = probability;
    derive();
  }

  /** Recomputes score and level from impact and probability. */
  public final void derive() {
    if (impact != null && probability != null) {
      score = impact.weight() * probability.weight();
      level = Level.ofScore(score);
    }
  }

  @PrePersist
  void beforeInsert() {
    createdAt = Instant.now();
    updatedAt = createdAt;
    derive();
  }

  @PreUpdate
  void beforeUpdate() {
    updatedAt = Instant.now();
    derive();
  }

  /**
   * Tells whether the review is overdue: a review date before today on a risk that is not closed.
   *
   * @param today the current date
   * @return true when the review date has passed
   */
  public boolean isReviewOverdue(LocalDate today) {
    return reviewDate != null && reviewDate.isBefore(today) && status != RiskStatus.CLOSED;
  }

  /**
   * Returns the values that the audit trail compares, by field name, as display strings.
   *
   * @return an ordered map of field name to value (null values as empty strings)
   */
  public Map<String, String> auditSnapshot() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("title", Objects.toString(title, ""));
    values.put("description", Objects.toString(description, ""));
    values.put("impact", Objects.toString(impact, ""));
    values.put("probability", Objects.toString(probability, ""));
    values.put("warningSigns", Objects.toString(warningSigns, ""));
    values.put("owner", Objects.toString(owner, ""));
    values.put("reviewDate", Objects.toString(reviewDate, ""));
    values.put("status", Objects.toString(status, ""));
    values.put(
        "mitigations",
        mitigations.stream().map(Mitigation::toString).collect(Collectors.joining("; ")));
    values.put(
        "indicators",
        indicators.stream().map(Indicator::getName).sorted().collect(Collectors.joining("; ")));
    return values;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Level getImpact() {
    return impact;
  }

  public void setImpact(Level impact) {
    this.impact = impact;
    derive();
  }

  public Level getProbability() {
    return probability;
  }

  public void setProbability(Level probability) {
    this.probability = probability;
    derive();
  }

  public int getScore() {
    return score;
  }

  public Level getLevel() {
    return level;
  }

  public String getWarningSigns() {
    return warningSigns;
  }

  public void setWarningSigns(String warningSigns) {
    this.warningSigns = warningSigns;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public void setReviewDate(LocalDate reviewDate) {
    this.reviewDate = reviewDate;
  }

  public RiskStatus getStatus() {
    return status;
  }

  public void setStatus(RiskStatus status) {
    this.status = status;
  }

  public List<Mitigation> getMitigations() {
    return mitigations;
  }

  public void setMitigations(List<Mitigation> mitigations) {
    this.mitigations = new ArrayList<>(mitigations);
  }

  public Set<Indicator> getIndicators() {
    return indicators;
  }

  public void setIndicators(Set<Indicator> indicators) {
    this.indicators = new LinkedHashSet<>(indicators);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
