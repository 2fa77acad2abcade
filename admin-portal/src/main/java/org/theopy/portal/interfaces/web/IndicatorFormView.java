package org.theopy.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.theopy.portal.application.IndicatorService;
import org.theopy.portal.application.UnknownEntityException;
import org.theopy.portal.domain.model.indicator.Comparator;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.indicator.NotificationChannel;
import org.theopy.portal.domain.model.indicator.Severity;
import org.theopy.portal.domain.model.indicator.Threshold;

/** The indicator form with its thresholds. */
@Named
@ViewScoped
public class IndicatorFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private IndicatorService indicators;

  private Long id;
  private Indicator indicator;

  /** Loads the indicator named by the {@code id} parameter, or starts a new one. */
  public void load() {
    if (indicator != null) {
      return;
    }
    if (id == null) {
      indicator = new Indicator();
      return;
    }
    try {
      indicator = indicators.get(id);
    } catch (UnknownEntityException e) {
      Faces.error(null, e.getMessage());
      Faces.keepMessages();
      Faces.redirect("/indicators.xhtml");
    }
  }

  /** Stores the indicator and its thresholds, or shows why not. */
  public void save() {
    try {
      Indicator saved =
          indicator.getId() == null
              ? indicators.create(indicator)
              : indicators.update(indicator.getId(), indicator.getVersion(), indicator);
      Faces.info(Faces.label("indicator.saved") + ": " + saved.getName());
      Faces.keepMessages();
      Faces.redirect("/indicator.xhtml?id=" + saved.getId());
    } catch (RuntimeException e) {
      if (!Faces.showRefusal(e)) {
        throw e;
      }
    }
  }

  /** Adds a threshold with default settings to the form. */
  public void addThreshold() {
    indicator.addThreshold(
        new Threshold(
            Comparator.ABOVE,
            null,
            null,
            null,
            0,
            Severity.HIGH,
            EnumSet.of(NotificationChannel.EMAIL)));
  }

  /** Removes a threshold from the form. */
  public void removeThreshold(Threshold threshold) {
    indicator.removeThreshold(threshold);
  }

  public Comparator[] getComparators() {
    return Comparator.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public List<NotificationChannel> getChannels() {
    return List.of(NotificationChannel.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Indicator getIndicator() {
    return indicator;
  }
}
