package org.theopy.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.theopy.portal.application.Page;
import org.theopy.portal.application.RiskService;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Risk;
import org.theopy.portal.domain.model.risk.RiskCriteria;
import org.theopy.portal.domain.model.risk.RiskStatus;
import org.theopy.portal.interfaces.rest.RiskJson.RiskInput;
import org.theopy.portal.interfaces.rest.RiskJson.RiskPage;
import org.theopy.portal.interfaces.rest.RiskJson.RiskView;

/** The risk register over HTTP. */
@Path("risks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

  @Inject private RiskService risks;

  @Context private UriInfo uriInfo;

  /**
   * Lists risks, filtered, sorted and paged.
   *
   * @return a page of risks without their mitigations and indicators
   */
  @GET
  @Timed(name = "api.risks.search", description = "Time to answer a register search")
  @Operation(summary = "Search the register")
  @APIResponse(responseCode = "200", description = "A page of risks")
  @APIResponse(responseCode = "400", description = "An invalid query parameter")
  public RiskPage search(
      @QueryParam("q") String text,
      @QueryParam("level") List<String> levels,
      @QueryParam("status") List<String> statuses,
      @QueryParam("impact") String impact,
      @QueryParam("probability") String probability,
      @QueryParam("active") String active,
      @QueryParam("overdue") String overdue,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    int pageSize = QueryParams.intBetween("size", size, 1, RiskCriteria.MAX_PAGE_SIZE, 25);
    int pageNumber = QueryParams.intBetween("page", page, 0, 1_000_000, 0);
    String direction = order == null ? "desc" : order.strip().toLowerCase(java.util.Locale.ROOT);
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new BadRequestException("query parameter 'order' must be asc or desc");
    }
    RiskCriteria criteria =
        new RiskCriteria(
            QueryParams.text("q", text, 200),
            QueryParams.setOf(Level.class, "level", levels),
            QueryParams.setOf(RiskStatus.class, "status", statuses),
            QueryParams.oneOf(Level.class, "impact", impact),
            QueryParams.oneOf(Level.class, "probability", probability),
            QueryParams.bool("active", active),
            QueryParams.bool("overdue", overdue),
            sortKey(sort),
            direction.equals("asc"),
            pageNumber * pageSize,
            pageSize);

    Page<Risk> result = risks.search(criteria);

    return new RiskPage(
        result.items().stream().map(r -> RiskView.of(r, false)).toList(),
        result.total(),
        pageNumber,
        pageSize);
  }

  /**
   * Returns one risk with its mitigations and indicators.
   *
   * @param id the id
   * @return the risk
   */
  @GET
  @Path("{id}")
  @Operation(summary = "Read a risk")
  @APIResponse(responseCode = "404", description = "No risk with this id")
  public RiskView get(@PathParam("id") long id) {
    return RiskView.of(risks.get(id), true);
  }

  /**
   * Counts the risks that are not closed by impact and probability.
   *
   * @return impact to probability to count
   */
  @GET
  @Path("heat-map")
  @Operation(summary = "Risks that are not closed, counted by impact and probability")
  public Map<Level, Map<Level, Long>> heatMap() {
    return new EnumMap<>(risks.heatMap());
  }

  /**
   * Adds a risk (admin).
   *
   * @param input the risk
   * @return 201 with the risk and its location
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Counted(name = "api.risks.created", description = "Risks added through the API")
  @Operation(summary = "Add a risk (admin)")
  @APIResponse(responseCode = "201", description = "Added")
  @APIResponse(responseCode = "400", description = "Invalid values, listed by field")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "413", description = "Body too large")
  @APIResponse(responseCode = "415", description = "Not JSON")
  public Response create(RiskInput input) {
    requireBody(input);
    Risk risk = risks.create(input.toDraft(), input.indicatorIds());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(risk.getId().toString()).build())
        .entity(RiskView.of(risk, true))
        .build();
  }

  /**
   * Changes a risk (admin).
   *
   * @param id the id
   * @param input the new values
   * @return the risk
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a risk (admin)")
  @APIResponse(responseCode = "404", description = "No risk with this id")
  @APIResponse(responseCode = "409", description = "Changed by someone else since 'version'")
  public RiskView update(@PathParam("id") long id, RiskInput input) {
    requireBody(input);
    return RiskView.of(
        risks.update(id, input.version(), input.toDraft(), input.indicatorIds()), true);
  }

  /**
   * Removes a risk (admin).
   *
   * @param id the id
   */
  @DELETE
  @Path("{id}")
  @Operation(summary = "Remove a risk (admin)")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("id") long id) {
    risks.delete(id);
  }

  static void requireBody(Object input) {
    if (input == null) {
      throw new BadRequestException("the request needs a JSON body");
    }
  }

  private static RiskCriteria.SortKey sortKey(String sort) {
    if (sort == null || sort.isBlank()) {
      return RiskCriteria.SortKey.SCORE;
    }
    String key = sort.strip().replaceAll("([a-z])([A-Z])", "$1_$2");
    return QueryParams.oneOf(RiskCriteria.SortKey.class, "sort", key);
  }
}
