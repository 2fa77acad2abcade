package org.theopy.portal.domain.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void shouldStayInAlertUntilTheValueCrossesTheResolveValue() {
    Threshold cpu = above(null, 80.0, 70.0);

    AlertState breach = cpu.evaluate(85, AlertState.OK);
    AlertState wavering = cpu.evaluate(75, breach);
    AlertState resolved = cpu.evaluate(69, wavering);

    assertThat(breach).isEqualTo(AlertState.CRITICAL);
    assertThat(wavering).isEqualTo(AlertState.CRITICAL);
    assertThat(resolved).isEqualTo(AlertState.OK);
  }

  @Test
  void shouldReportWarningBetweenWarningAndCriticalValues() {
    Threshold latency = above(1500.0, 2000.0, 1000.0);

    assertThat(latency.evaluate(1600, AlertState.OK)).isEqualTo(AlertState.WARNING);
    assertThat(latency.evaluate(2500, AlertState.OK)).isEqualTo(AlertState.CRITICAL);
    assertThat(latency.evaluate(1200, AlertState.WARNING)).isEqualTo(AlertState.WARNING);
    assertThat(latency.evaluate(900, AlertState.WARNING)).isEqualTo(AlertState.OK);
  }

  @Test
  void shouldFireBelowTheLimitForAThresholdThatFiresBelow() {
    Threshold uptime =
        new Threshold(
            Comparator.BELOW,
            null,
            99.5,
            99.7,
            0,
            Severity.CRITICAL,
            EnumSet.of(NotificationChannel.EMAIL));

    assertThat(uptime.evaluate(99.4, AlertState.OK)).isEqualTo(AlertState.CRITICAL);
    assertThat(uptime.evaluate(99.6, AlertState.CRITICAL)).isEqualTo(AlertState.CRITICAL);
    assertThat(uptime.evaluate(99.8, AlertState.CRITICAL)).isEqualTo(AlertState.OK);
    assertThat(validator.validate(uptime)).isEmpty();
  }

  @Test
  void shouldRefuseAResolveValueOnTheFiringSide() {
    Threshold threshold = above(null, 80.0, 90.0);

    Set<String> fields = invalidFields(threshold);

    assertThat(fields).containsExactly("resolveValue");
  }

  @Test
  void shouldRefuseAWarningValueBeyondTheCriticalValue() {
    Threshold threshold = above(95.0, 80.0, 70.0);

    Set<String> fields = invalidFields(threshold);

    assertThat(fields).contains("warningValue");
  }

  @Test
  void shouldRefuseAnEnabledThresholdWithoutChannelAndAnExcessiveHold() {
    Threshold threshold =
        new Threshold(Comparator.ABOVE, null, 10.0, 5.0, 8 * 24 * 3600, Severity.HIGH, Set.of());

    Set<String> fields = invalidFields(threshold);

    assertThat(fields).containsExactlyInAnyOrder("channels", "holdSeconds");
  }

  @Test
  void shouldAcceptTheReferenceThresholds() {
    Threshold backup = above(null, 0.0, 0.0);
    Threshold cpu = above(null, 80.0, 70.0);

    assertThat(validator.validate(backup)).isEmpty();
    assertThat(validator.validate(cpu)).isEmpty();
  }

  private static Set<String> invalidFields(Threshold threshold) {
    return validator.validate(threshold).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static Threshold above(Double warning, Double critical, Double resolve) {
    return new Threshold(
        Comparator.ABOVE,
        warning,
        critical,
        resolve,
        0,
        Severity.HIGH,
        EnumSet.of(NotificationChannel.CHAT));
  }
}
