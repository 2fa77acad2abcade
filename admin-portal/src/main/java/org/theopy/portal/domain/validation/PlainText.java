package org.theopy.portal.domain.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be plain text: no HTML or XML markup (a {@code <} followed by a letter,
 * {@code /}, {@code !} or {@code ?}) and no control characters other than tab and line breaks.
 * Output is escaped anyway; this keeps markup out of the database, so that exports and other
 * consumers of the data never receive it.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

  /** The message, a key of {@code ValidationMessages}. */
  String message() default "{org.theopy.portal.PlainText.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
