package org.theopy.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.theopy.portal.domain.model.audit.AuditEntry;
import org.theopy.portal.infrastructure.persistence.AuditRepository;

/**
 * Records who changed what, when, with old and new values. Entries are written in the transaction
 * of the change, so a change and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @Inject private AuditRepository entries;

  /**
   * Records a change, listing only the fields whose value differs.
   *
   * @param actor who made it
   * @param entityType kind of entity, e.g. {@code Risk}
   * @param entityId which entity
   * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE} or another verb
   * @param before values before (empty for a creation)
   * @param after values after (empty for a deletion)
   * @return true when an entry was written (false for an update that changed nothing)
   */
  public boolean record(
      String actor,
      String entityType,
      Long entityId,
      String action,
      Map<String, String> before,
      Map<String, String> after) {
    JsonObjectBuilder changes = Json.createObjectBuilder();
    int changed = 0;
    java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      String oldValue = before.getOrDefault(field, "");
      String newValue = after.getOrDefault(field, "");
      if (!Objects.equals(oldValue, newValue)) {
        changes.add(field, Json.createObjectBuilder().add("old", oldValue).add("new", newValue));
        changed++;
      }
    }
    if (changed == 0 && "UPDATE".equals(action)) {
      return false;
    }

    int changedFields = changed;
    entries.add(
        new AuditEntry(
            Instant.now(), actor, entityType, entityId, action, changes.build().toString()));

    LOG.info(
        () ->
            "audit: "
                + actor
                + " "
                + action
                + " "
                + entityType
                + " "
                + entityId
                + " ("
                + changedFields
                + " field(s) changed)");
    return true;
  }
}
