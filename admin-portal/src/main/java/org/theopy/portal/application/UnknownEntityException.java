package org.theopy.portal.application;

/** Thrown when a request names an entity that does not exist. */
public class UnknownEntityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param entityType for example {@code risk}
   * @param id the id asked for
   */
  public UnknownEntityException(String entityType, Object id) {
    super(entityType + " " + id + " does not exist");
  }
}
