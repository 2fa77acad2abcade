package org.theopy.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.theopy.portal.application.IndicatorService;
import org.theopy.portal.application.RiskService;
import org.theopy.portal.application.UnknownEntityException;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Mitigation;
import org.theopy.portal.domain.model.risk.MitigationStatus;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskStatus;

/** The risk form: shows a risk, and lets an admin add or change one. */
@Named
@ViewScoped
public class RiskFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RiskService risks;
  @Inject private IndicatorService indicators;

  private Long id;
  private Risk risk;
  private List<Long> indicatorIds = new ArrayList<>();
  private List<Indicator> allIndicators;

  /** Loads the risk named by the {@code id} parameter, or starts a new one. */
  public void load() {
    if (risk != null) {
      return;
    }
    allIndicators = indicators.list();
    if (id == null) {
      risk = new Risk();
      risk.setStatus(RiskStatus.OPEN);
      return;
    }
    try {
      risk = risks.get(id);
      indicatorIds = new ArrayList<>(risk.getIndicators().stream().map(Indicator::getId).toList());
      risk.setMitigations(new ArrayList<>(risk.getMitigations()));
    } catch (UnknownEntityException e) {
      Faces.error(null, e.getMessage());
      Faces.keepMessages();
      Faces.redirect("/risks.xhtml");
    }
  }

  /** Stores the risk; on success returns to the register, else shows why not. */
  public void save() {
    try {
      Risk saved =
          risk.getId() == null
              ? risks.create(risk, indicatorIds)
              : risks.update(risk.getId(), risk.getVersion(), risk, indicatorIds);
      Faces.info(Faces.label("risk.saved") + ": " + saved.getTitle());
      Faces.keepMessages();
      Faces.redirect("/risk.xhtml?id=" + saved.getId());
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  /** Removes the risk and returns to the register. */
  public void delete() {
    try {
      risks.delete(risk.getId());
      Faces.info(Faces.label("risk.deleted") + ": " + risk.getTitle());
      Faces.keepMessages();
      Faces.redirect("/risks.xhtml");
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  /** Adds an empty mitigation measure to the form. */
  public void addMitigation() {
    risk.getMitigations().add(new Mitigation("", MitigationStatus.PLANNED));
  }

  /** Removes a mitigation measure from the form. */
  public void removeMitigation(int index) {
    risk.getMitigations().remove(index);
  }

  public Level[] getLevels() {
    return Level.values();
  }

  public RiskStatus[] getStatuses() {
    return RiskStatus.values();
  }

  public MitigationStatus[] getMitigationStatuses() {
    return MitigationStatus.values();
  }

  public List<Indicator> getAllIndicators() {
    return allIndicators;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Risk getRisk() {
    return risk;
  }

  public List<Long> getIndicatorIds() {
    return indicatorIds;
  }

  public void setIndicatorIds(List<Long> indicatorIds) {
    this.indicatorIds = indicatorIds;
  }
}
