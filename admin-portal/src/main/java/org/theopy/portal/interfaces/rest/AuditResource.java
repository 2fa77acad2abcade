package org.theopy.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.theopy.portal.application.CurrentUser;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.infrastructure.persistence.AuditRepository;

/** The audit trail over HTTP (admin). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditRepository entries;
  @Inject private CurrentUser currentUser;

  /**
   * One audit entry.
   *
   * @param id id
   * @param occurredAt when
   * @param actor who
   * @param entityType kind of entity
   * @param entityId which
   * @param action what
   * @param changes JSON object of field to old and new value
   */
  public record AuditJson(
      long id,
      Instant occurredAt,
      String actor,
      String entityType,
      Long entityId,
      String action,
      String changes) {}

  /**
   * Lists audit entries, newest first.
   *
   * @param entityType only this kind, e.g. Risk
   * @param entityId only this entity
   * @param page page from 0
   * @param size entries per page, at most 500
   * @return the entries
   */
  @GET
  @Operation(summary = "Read the audit trail (admin)")
  public List<AuditJson> list(
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    currentUser.require(Role.ADMIN_NAME);
    int pageSize = QueryParams.intBetween("size", size, 1, 500, 50);
    int pageNumber = QueryParams.intBetween("page", page, 0, 1_000_000, 0);
    Long id =
        entityId == null || entityId.isBlank()
            ? null
            : (long) QueryParams.intBetween("entityId", entityId, 1, Integer.MAX_VALUE, 0);
    return entries
        .find(QueryParams.text("entityType", entityType, 40), id, pageNumber * pageSize, pageSize)
        .stream()
        .map(
            a ->
                new AuditJson(
                    a.getId(),
                    a.getOccurredAt(),
                    a.getActor(),
                    a.getEntityType(),
                    a.getEntityId(),
                    a.getAction(),
                    a.getChanges()))
        .toList();
  }
}
