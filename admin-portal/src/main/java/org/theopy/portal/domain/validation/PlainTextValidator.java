package org.theopy.portal.domain.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; {@code null} is valid (combine with {@code @NotNull}). */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isPlainText(value);
  }

  /**
   * Tells whether the text has neither markup nor control characters.
   *
   * @param value the text, not null
   * @return true when the text is plain
   */
  public static boolean isPlainText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
      if (c == 0x7f) {
        return false;
      }
      if (c == '<' && i + 1 < value.length()) {
        char next = value.charAt(i + 1);
        if (Character.isLetter(next) || next == '/' || next == '!' || next == '?') {
          return false;
        }
      }
    }
    return true;
  }
}
