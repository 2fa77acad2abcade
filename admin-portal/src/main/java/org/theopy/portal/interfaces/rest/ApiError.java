package org.theopy.portal.interfaces.rest;

import java.util.List;

/**
 * The body of every error answer.
 *
 * @param status the HTTP status
 * @param error a short machine-readable kind, e.g. {@code validation_failed}
 * @param message what went wrong, for a person
 * @param violations the fields at fault, empty when not about fields
 */
public record ApiError(int status, String error, String message, List<FieldViolation> violations) {

  /**
   * One invalid field.
   *
   * @param field the field's path, e.g. {@code title} or {@code thresholds[0].resolveValue}
   * @param message what is wrong with it
   */
  public record FieldViolation(String field, String message) {}

  /**
   * Creates an error without field violations.
   *
   * @param status the HTTP status
   * @param error the kind
   * @param message the message
   * @return the error
   */
  public static ApiError of(int status, String error, String message) {
    return new ApiError(status, error, message, List.of());
  }
}
