package org.theopy.portal.interfaces.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers invalid input with 400 and the fields at fault. Registered for the exact type so that it
 * takes precedence over the JAX-RS implementation's own mapper for validation errors.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private final ApiExceptionMapper general = new ApiExceptionMapper();

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    return general.toResponse(exception);
  }
}
