package org.theopy.portal.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.theopy.portal.domain.model.account.ApiToken;
import org.theopy.portal.domain.model.account.Role;
import org.theopy.portal.domain.model.account.UserAccount;
import org.theopy.portal.domain.model.indicator.Indicator;
import org.theopy.portal.domain.model.indicator.Threshold;
import org.theopy.portal.domain.model.risk.Level;
import org.theopy.portal.domain.model.risk.Mitigation;
import org.theopy.portal.domain.model.risk.Risk;

/**
 * The messages of the entities' constraints, as the pages and the REST API show them: each says
 * what to do in plain words, and none is a bare Jakarta Validation default.
 */
class ValidationMessagesTest {

  private static final List<String> DEFAULT_WORDINGS =
      List.of("must not be null", "must not be blank", "size must be", "must be greater", "{");

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
  void shouldSayWhatToChooseWhenImpactAndProbabilityAreMissing() {
    Risk risk = new Risk();
    risk.setStatus(null);

    Map<String, String> messages = messagesOf(risk);

    assertThat(messages)
        .containsEntry("title", "give the risk a short name")
        .containsEntry("description", "describe what can happen and why")
        .containsEntry("impact", "choose low, medium or high")
        .containsEntry("probability", "choose low, medium or high")
        .containsEntry("status", "choose open, mitigated, accepted or closed");
  }

  @Test
  void shouldNameTheLimitWhenATextIsTooLong() {
    Risk risk = new Risk("a".repeat(201), "d", Level.LOW, Level.LOW);
    risk.setMitigations(List.of(new Mitigation("", null)));

    Map<String, String> messages = messagesOf(risk);

    assertThat(messages)
        .containsEntry("title", "too long: use at most 200 characters")
        .containsEntry("mitigations[0].description", "describe the measure")
        .containsEntry("mitigations[0].status", "choose planned, in progress or done");
  }

  @Test
  void shouldGiveThresholdsMessagesWithTheirLimits() {
    Threshold threshold = new Threshold();
    threshold.setComparator(null);
    threshold.setSeverity(null);
    threshold.setHoldSeconds(Threshold.MAX_HOLD_SECONDS + 1);

    Map<String, String> messages = messagesOf(threshold);

    assertThat(messages)
        .containsEntry("comparator", "choose above or below")
        .containsEntry("criticalValue", "give the critical value, a number")
        .containsEntry("severity", "choose low, medium, high or critical")
        .containsEntry("holdSeconds", "too long: use at most 604800 seconds (one week)");
  }

  @Test
  void shouldUseNoDefaultWordingForAnyEmptyEntity() {
    Threshold negativeHold = new Threshold();
    negativeHold.setHoldSeconds(-1);
    UserAccount shortName = new UserAccount("ab", "hash", Set.of(Role.VIEWER));
    List<String> messages = new ArrayList<>();

    for (Object entity :
        Arrays.asList(
            new Risk(),
            new Mitigation(null, null),
            new Indicator(),
            negativeHold,
            new UserAccount(),
            shortName,
            new ApiToken())) {
      messages.addAll(messagesOf(entity).values());
    }

    assertThat(messages).hasSizeGreaterThan(15);
    assertThat(messages)
        .allSatisfy(
            message -> assertThat(message).doesNotContain(DEFAULT_WORDINGS.toArray(String[]::new)));
    assertThat(messages).contains("cannot be negative: use 0 to fire at once");
    assertThat(messages).contains("use 3 to 64 characters");
  }

  private static Map<String, String> messagesOf(Object entity) {
    Map<String, String> messages = new TreeMap<>();
    for (ConstraintViolation<Object> violation : validator.validate(entity)) {
      messages.merge(
          violation.getPropertyPath().toString(), violation.getMessage(), (a, b) -> a + "; " + b);
    }
    return messages;
  }
}
