package org.theopy.portal.application;

/** Thrown when an input breaks a business rule that is not a bean constraint. */
public class RuleViolationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the input field at fault
   * @param message what is wrong, for the user
   */
  public RuleViolationException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** Returns the input field at fault. */
  public String field() {
    return field;
  }
}
