package org.theopy.portal.application;

/**
 * Thrown when a change cannot be applied to the current state: someone else changed the entity
 * meanwhile, or a unique name is already taken.
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what conflicts, and what to do
   */
  public ConflictException(String message) {
    super(message);
  }
}
