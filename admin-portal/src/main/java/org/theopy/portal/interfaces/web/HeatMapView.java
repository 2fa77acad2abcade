package org.theopy.portal.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.theopy.portal.application.RiskService;
import org.theopy.portal.domain.model.risk.Level;

/** The 3 x 3 heat map: risks that are not closed, counted by impact and probability. */
@Named
@RequestScoped
public class HeatMapView {

  @Inject private RiskService risks;

  private Map<Level, Map<Level, Long>> cells;

  @PostConstruct
  void load() {
    cells = risks.heatMap();
  }

  /** Impacts from high (top row) to low. */
  public List<Level> getImpacts() {
    return List.of(Level.HIGH, Level.MEDIUM, Level.LOW);
  }

  /** Probabilities from low (left) to high. */
  public List<Level> getProbabilities() {
    return List.of(Level.LOW, Level.MEDIUM, Level.HIGH);
  }

  /** Returns the number of risks in a cell. */
  public long count(Level impact, Level probability) {
    return cells.get(impact).get(probability);
  }

  /** Returns the level of a cell, which gives its colour. */
  public Level cellLevel(Level impact, Level probability) {
    return Level.ofScore(impact.weight() * probability.weight());
  }
}
