package org.theopy.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.theopy.portal.application.IndicatorService;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.interfaces.rest.IndicatorJson.IndicatorView;

/** Monitoring indicators and their thresholds over HTTP. */
@Path("indicators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  @Inject private IndicatorService indicators;

  @Context private UriInfo uriInfo;

  /**
   * Lists all indicators with their thresholds.
   *
   * @return the indicators by name
   */
  @GET
  @Operation(summary = "List indicators with their thresholds")
  public List<IndicatorView> list() {
    return indicators.list().stream().map(IndicatorView::of).toList();
  }

  /**
   * Returns one indicator.
   *
   * @param id the id
   * @return the indicator
   */
  @GET
  @Path("{id}")
  @Operation(summary = "Read an indicator")
  @APIResponse(responseCode = "404", description = "No indicator with this id")
  public IndicatorView get(@PathParam("id") long id) {
    return IndicatorView.of(indicators.get(id));
  }

  /**
   * Adds an indicator with thresholds (admin).
   *
   * @param input the indicator
   * @return 201 with the indicator
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an indicator (admin)")
  @APIResponse(responseCode = "201", description = "Added")
  @APIResponse(responseCode = "400", description = "Invalid values, e.g. a contradictory threshold")
  @APIResponse(responseCode = "409", description = "Name taken")
  public Response create(IndicatorView input) {
    RiskResource.requireBody(input);
    Indicator indicator = indicators.create(input.toDraft());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(indicator.getId().toString()).build())
        .entity(IndicatorView.of(indicator))
        .build();
  }

  /**
   * Changes an indicator and its thresholds (admin). Thresholds with an id are updated, those
   * without are added, those left out are removed.
   *
   * @param id the id
   * @param input the new values
   * @return the indicator
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an indicator and its thresholds (admin)")
  @APIResponse(responseCode = "400", description = "Invalid values, e.g. a contradictory threshold")
  @APIResponse(responseCode = "404", description = "No indicator or threshold with this id")
  public IndicatorView update(@PathParam("id") long id, IndicatorView input) {
    RiskResource.requireBody(input);
    return IndicatorView.of(indicators.update(id, input.version(), input.toDraft()));
  }
}
