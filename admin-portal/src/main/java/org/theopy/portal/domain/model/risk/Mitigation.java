package org.theopy.portal.domain.model.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.theopy.portal.domain.validation.PlainText;

/** One mitigation measure of a risk, with its progress. */
@Embeddable
public class Mitigation implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{org.theopy.portal.mitigation.description.required}")
  @Size(max = 500, message = "{org.theopy.portal.TooLong.message}")
  @PlainText
  @Column(name = "description", nullable = false, length = 500)
  private String description;

  @NotNull(message = "{org.theopy.portal.mitigation.status.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private MitigationStatus status = MitigationStatus.PLANNED;

  /** For JPA and the pages. */
  public Mitigation() {}

  /**
   * Creates a measure.
   *
   * @param description what is done
   * @param status how far it is
   */
  public Mitigation(String description, MitigationStatus status) {
    this.description = description;
    this.status = status;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public MitigationStatus getStatus() {
    return status;
  }

  public void setStatus(MitigationStatus status) {
    this.status = status;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mitigation m
        && Objects.equals(description, m.description)
        && status == m.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, status);
  }

  @Override
  public String toString() {
    return description + " [" + status + "]";
  }
}
