package org.theopy.portal.domain.model.indicator;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The values of a threshold agree with each other: the warning value comes before the critical
 * value, the resolve value lies on the safe side of the first firing value, and an enabled
 * threshold has at least one notification channel. Each violation names the offending field.
 */
@Documented
@Constraint(validatedBy = ConsistentThresholdValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentThreshold {

  /** The message when no more precise one applies. */
  String message() default "{org.theopy.portal.ConsistentThreshold.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
