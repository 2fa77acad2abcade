package org.theopy.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.theopy.portal.domain.model.indicator.Indicator;

/** Stores and finds monitoring indicators with their thresholds. */
@ApplicationScoped
public class IndicatorRepository {

  @PersistenceContext(unitName = "theopy")
  private EntityManager em;

  /**
   * Returns every indicator with its thresholds, by name.
   *
   * @return all indicators
   */
  public List<Indicator> findAll() {
    return em.createQuery(
            "select distinct i from Indicator i left join fetch i.thresholds order by i.name",
            Indicator.class)
        .getResultList();
  }

  /**
   * Finds an indicator with its thresholds.
   *
   * @param id the id
   * @return the indicator, or empty
   */
  public Optional<Indicator> find(long id) {
    Indicator indicator = em.find(Indicator.class, id);
    if (indicator != null) {
      indicator.getThresholds().size();
    }
    return Optional.ofNullable(indicator);
  }

  /**
   * Finds indicators by id.
   *
   * @param ids the ids
   * @return the indicators found, possibly fewer than asked for
   */
  public List<Indicator> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select i from Indicator i where i.id in :ids", Indicator.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * Tells whether another indicator already has this name.
   *
   * @param name the name
   * @param exceptId the indicator being edited, or null
   * @return true when the name is taken
   */
  public boolean nameTaken(String name, Long exceptId) {
    return em.createQuery(
                "select count(i) from Indicator i where lower(i.name) = lower(:name)"
                    + " and (:id is null or i.id <> :id)",
                Long.class)
            .setParameter("name", name)
            .setParameter("id", exceptId)
            .getSingleResult()
        > 0;
  }

  /**
   * Stores a new indicator and its thresholds.
   *
   * @param indicator the indicator
   */
  public void add(Indicator indicator) {
    em.persist(indicator);
  }

  /** Writes pending changes now. */
  public void flush() {
    em.flush();
  }
}
