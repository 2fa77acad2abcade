package org.theopy.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.theopy.portal.domain.model.audit.AuditEntry;

/** Appends to and reads the audit trail. */
@ApplicationScoped
public class AuditRepository {

  @PersistenceContext(unitName = "theopy")
  private EntityManager em;

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  /**
   * Returns entries, newest first.
   *
   * @param entityType only this type, or null for all
   * @param entityId only this entity, or null for all
   * @param first index of the first entry
   * @param max number of entries
   * @return the entries
   */
  public List<AuditEntry> find(String entityType, Long entityId, int first, int max) {
    TypedQuery<AuditEntry> query =
        em.createQuery(
            "select a from AuditEntry a where (:type is null or a.entityType = :type)"
                + " and (:id is null or a.entityId = :id) order by a.occurredAt desc, a.id desc",
            AuditEntry.class);
    return query
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Counts entries.
   *
   * @param entityType only this type, or null for all
   * @param entityId only this entity, or null for all
   * @return the count
   */
  public long count(String entityType, Long entityId) {
    return em.createQuery(
            "select count(a) from AuditEntry a where (:type is null or a.entityType = :type)"
                + " and (:id is null or a.entityId = :id)",
            Long.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .getSingleResult();
  }
}
