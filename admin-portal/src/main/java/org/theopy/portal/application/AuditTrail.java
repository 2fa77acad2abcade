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

  /** The entity type of sign-in entries; the page filters on it. */
  public static final String SIGN_IN_ENTITY = "SignIn";

  /** A successful sign-in. */
  public static final String SIGN_IN = "SIGN_IN";

  /** A refused sign-in: unknown name, wrong password, disabled account or locked name. */
  public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";

  /** A user name locked after repeated failures. */
  public static final String LOCKED_OUT = "LOCKED_OUT";

  private static final int ACTOR_LENGTH = 64;

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

  /**
   * Records a sign-in attempt or a lockout, with the user name exactly as typed (kept in the JSON
   * of the entry, which escapes it) and, as the actor, the same name with control characters
   * escaped and cut to the column's length. Never receives the password. The log line leaves the
   * typed name out, since people sometimes type a password into the user name field; the audit
   * trail is readable by admins only.
   *
   * @param typedUsername the user name as typed
   * @param accountId the account of that name, or null when there is none
   * @param action {@link #SIGN_IN}, {@link #SIGN_IN_FAILED} or {@link #LOCKED_OUT}
   * @param details what else to record, e.g. the reason of a refusal
   */
  public void recordSignIn(
      String typedUsername, Long accountId, String action, Map<String, String> details) {
    String typed = typedUsername == null ? "" : typedUsername;
    JsonObjectBuilder changes = Json.createObjectBuilder();
    changes.add("userName", Json.createObjectBuilder().add("old", "").add("new", cut(typed, 200)));
    new java.util.TreeMap<>(details)
        .forEach(
            (field, value) ->
                changes.add(field, Json.createObjectBuilder().add("old", "").add("new", value)));
    entries.add(
        new AuditEntry(
            Instant.now(),
            cut(escapeControlCharacters(typed), ACTOR_LENGTH),
            SIGN_IN_ENTITY,
            accountId,
            action,
            changes.build().toString()));
    LOG.info(
        () -> "audit: " + action + " for account " + (accountId == null ? "(none)" : accountId));
  }

  /**
   * Replaces control characters by their Java escape (a backslash, u and four hex digits), so that
   * a typed name cannot break a line of a page, a log or an export.
   */
  static String escapeControlCharacters(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                escaped.append(String.format("\\u%04x", c));
              } else {
                escaped.appendCodePoint(c);
              }
            });
    return escaped.toString();
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
