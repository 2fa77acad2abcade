package org.theopy.portal.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One change recorded in the audit trail. {@code changes} is a JSON object mapping each changed
 * field to its old and new value: {@code {"title":{"old":"A","new":"B"}}}. Entries are only ever
 * inserted.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
  private String entityType;

  @Column(name = "entity_id", updatable = false)
  private Long entityId;

  @Column(nullable = false, updatable = false, length = 16)
  private String action;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String changes;

  /** For JPA. */
  public AuditEntry() {}

  /**
   * Creates an entry.
   *
   * @param occurredAt when
   * @param actor who (user name, or {@code system})
   * @param entityType what kind of entity, e.g. {@code Risk}
   * @param entityId which one
   * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE} or another verb
   * @param changes the JSON object of changed fields
   */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      String entityType,
      Long entityId,
      String action,
      String changes) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.changes = changes;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  public String getChanges() {
    return changes;
  }
}
