package org.theopy.portal.domain.model.indicator;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentThreshold}. */
public class ConsistentThresholdValidator
    implements ConstraintValidator<ConsistentThreshold, Threshold> {

  @Override
  public boolean isValid(Threshold threshold, ConstraintValidatorContext context) {
    if (threshold == null
        || threshold.getComparator() == null
        || threshold.getCriticalValue() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    Comparator comparator = threshold.getComparator();
    double critical = threshold.getCriticalValue();
    String side = comparator == Comparator.ABOVE ? "above" : "below";
    String safe = comparator == Comparator.ABOVE ? "below" : "above";

    if (!Double.isFinite(critical)) {
      valid = violation(context, "criticalValue", "must be a finite number");
    }
    Double warning = threshold.getWarningValue();
    if (warning != null && (!Double.isFinite(warning) || !comparator.breaches(critical, warning))) {
      valid =
          violation(
              context,
              "warningValue",
              "must be "
                  + safe
                  + " the critical value ("
                  + critical
                  + ") for a threshold that fires "
                  + side
                  + " it");
    }
    Double resolve = threshold.getResolveValue();
    Double firing = threshold.firstFiringValue();
    if (resolve != null && (!Double.isFinite(resolve) || comparator.breaches(resolve, firing))) {
      valid =
          violation(
              context,
              "resolveValue",
              "must not be "
                  + side
                  + " the "
                  + (warning != null ? "warning" : "critical")
                  + " value ("
                  + firing
                  + "): an alert that fires "
                  + side
                  + " it must clear on the other side");
    }
    if (threshold.isEnabled() && threshold.getChannels().isEmpty()) {
      valid = violation(context, "channels", "an enabled threshold needs a notification channel");
    }
    return valid;
  }

  private static boolean violation(
      ConstraintValidatorContext context, String property, String message) {
    context
        .buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
