package org.theopy.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskCriteria;
import org.theopy.portal.domain.model.risk.RiskStatus;

/** Stores and finds risks. Register pages are filtered, sorted and cut in the database. */
@ApplicationScoped
public class RiskRepository {

  @PersistenceContext(unitName = "theopy")
  private EntityManager em;

  /**
   * Finds a risk with its mitigations and indicators loaded.
   *
   * @param id the risk's id
   * @return the risk, or empty when there is none with this id
   */
  public Optional<Risk> findWithDetails(long id) {
    Risk risk = em.find(Risk.class, id);
    if (risk != null) {
      risk.getMitigations().size();
      risk.getIndicators().size();
    }
    return Optional.ofNullable(risk);
  }

  /**
   * Stores a new risk.
   *
   * @param risk the risk
   */
  public void add(Risk risk) {
    em.persist(risk);
  }

  /**
   * Removes a risk.
   *
   * @param risk a managed risk
   */
  public void remove(Risk risk) {
    em.remove(risk);
  }

  /** Writes pending changes now, so that constraint and version conflicts surface here. */
  public void flush() {
    em.flush();
  }

  /**
   * Returns one page of the register.
   *
   * @param criteria filters, sort and page
   * @param today the date against which reviews are overdue
   * @return the risks of the page, without their collections loaded
   */
  public List<Risk> page(RiskCriteria criteria, LocalDate today) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Risk> query = cb.createQuery(Risk.class);
    Root<Risk> risk = query.from(Risk.class);
    query.where(predicates(cb, risk, criteria, today));
    query.orderBy(order(cb, risk, criteria));
    return em.createQuery(query)
        .setFirstResult(criteria.first())
        .setMaxResults(criteria.pageSize())
        .getResultList();
  }

  /**
   * Counts the risks that match the filters of the criteria.
   *
   * @param criteria filters (sort and page are ignored)
   * @param today the date against which reviews are overdue
   * @return the number of matching risks
   */
  public long count(RiskCriteria criteria, LocalDate today) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Risk> risk = query.from(Risk.class);
    query.select(cb.count(risk)).where(predicates(cb, risk, criteria, today));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * Counts the risks that are not closed by impact and probability.
   *
   * @return counts by impact, then by probability; every cell present, zero when empty
   */
  public Map<Level, Map<Level, Long>> heatMap() {
    Map<Level, Map<Level, Long>> cells = new EnumMap<>(Level.class);
    for (Level impact : Level.values()) {
      Map<Level, Long> row = new EnumMap<>(Level.class);
      for (Level probability : Level.values()) {
        row.put(probability, 0L);
      }
      cells.put(impact, row);
    }
    List<Object[]> rows =
        em.createQuery(
                "select r.impact, r.probability, count(r) from Risk r where r.status <> :closed"
                    + " group by r.impact, r.probability",
                Object[].class)
            .setParameter("closed", RiskStatus.CLOSED)
            .getResultList();
    for (Object[] row : rows) {
      cells.get((Level) row[0]).put((Level) row[1], (Long) row[2]);
    }
    return cells;
  }

  /**
   * Counts open risks by level, for the metrics.
   *
   * @param level the level
   * @return the number of risks of that level that are not closed
   */
  public long countActive(Level level) {
    return em.createQuery(
            "select count(r) from Risk r where r.level = :level and r.status <> :closed",
            Long.class)
        .setParameter("level", level)
        .setParameter("closed", RiskStatus.CLOSED)
        .getSingleResult();
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb, Root<Risk> risk, RiskCriteria criteria, LocalDate today) {
    List<Predicate> where = new ArrayList<>();
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern = "%" + escapeLike(criteria.text().trim().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          cb.or(
              cb.like(cb.lower(risk.get("title")), pattern, '\\'),
              cb.like(cb.lower(risk.get("owner")), pattern, '\\')));
    }
    if (!criteria.levels().isEmpty()) {
      where.add(risk.get("level").in(criteria.levels()));
    }
    if (!criteria.statuses().isEmpty()) {
      where.add(risk.get("status").in(criteria.statuses()));
    }
    if (criteria.impact() != null) {
      where.add(cb.equal(risk.get("impact"), criteria.impact()));
    }
    if (criteria.probability() != null) {
      where.add(cb.equal(risk.get("probability"), criteria.probability()));
    }
    if (criteria.activeOnly()) {
      where.add(cb.notEqual(risk.get("status"), RiskStatus.CLOSED));
    }
    if (criteria.overdueOnly()) {
      where.add(cb.lessThan(risk.<LocalDate>get("reviewDate"), today));
      where.add(cb.notEqual(risk.get("status"), RiskStatus.CLOSED));
    }
    return where.toArray(Predicate[]::new);
  }

  private static List<Order> order(CriteriaBuilder cb, Root<Risk> risk, RiskCriteria criteria) {
    Expression<?> key =
        switch (criteria.sort()) {
          case TITLE -> cb.lower(risk.get("title"));
          case IMPACT -> weight(cb, risk.get("impact"));
          case PROBABILITY -> weight(cb, risk.get("probability"));
          case SCORE -> risk.get("score");
          case STATUS -> risk.get("status");
          case OWNER -> cb.lower(risk.get("owner"));
          case REVIEW_DATE -> risk.get("reviewDate");
          case UPDATED_AT -> risk.get("updatedAt");
        };
    Path<Long> id = risk.get("id");
    // The id breaks ties, so that pages do not overlap.
    return criteria.ascending()
        ? List.of(cb.asc(key), cb.asc(id))
        : List.of(cb.desc(key), cb.desc(id));
  }

  private static Expression<Integer> weight(CriteriaBuilder cb, Path<Level> level) {
    return cb.<Level, Integer>selectCase(level)
        .when(Level.LOW, 1)
        .when(Level.MEDIUM, 2)
        .otherwise(3);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
