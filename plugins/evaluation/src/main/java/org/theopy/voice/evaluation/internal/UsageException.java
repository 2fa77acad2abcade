package org.theopy.voice.evaluation.internal;

/** The command line cannot be used as given; the message says what to change. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong with the arguments
   */
  public UsageException(String message) {
    super(message);
  }
}
