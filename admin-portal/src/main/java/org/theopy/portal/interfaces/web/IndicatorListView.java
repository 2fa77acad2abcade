package org.theopy.portal.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.theopy.portal.application.IndicatorService;
import org.theopy.portal.domain.model.indicator.Indicator;

/** The list of monitoring indicators with their thresholds. */
@Named
@RequestScoped
public class IndicatorListView {

  @Inject private IndicatorService indicators;

  private List<Indicator> all;

  @PostConstruct
  void load() {
    all = indicators.list();
  }

  public List<Indicator> getIndicators() {
    return all;
  }
}
