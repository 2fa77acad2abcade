package org.theopy.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Validates entities before they are stored, the one gate for pages and the REST API. */
@ApplicationScoped
public class EntityValidation {

  @Inject private Validator validator;

  /**
   * Validates an object and all its {@code @Valid} parts.
   *
   * @param object the object
   * @param <T> its type
   * @throws ConstraintViolationException listing every violation
   */
  public <T> void check(T object) {
    Set<ConstraintViolation<T>> violations = validator.validate(object);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
