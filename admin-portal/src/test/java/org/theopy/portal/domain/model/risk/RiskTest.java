package org.theopy.portal.domain.model.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskTest {

  @Test
  void shouldDeriveScoreAndLevelFromImpactAndProbability() {
    Risk dataLoss = new Risk("Database data loss", "d", Level.HIGH, Level.MEDIUM);
    Risk security = new Risk("Security vulnerability", "d", Level.HIGH, Level.LOW);
    Risk minor = new Risk("Minor", "d", Level.LOW, Level.MEDIUM);

    assertThat(dataLoss.getScore()).isEqualTo(6);
    assertThat(dataLoss.getLevel()).isEqualTo(Level.HIGH);
    assertThat(security.getScore()).isEqualTo(3);
    assertThat(security.getLevel()).isEqualTo(Level.MEDIUM);
    assertThat(minor.getLevel()).isEqualTo(Level.LOW);
  }

  @Test
  void shouldRecomputeTheLevelWhenTheImpactChanges() {
    Risk risk = new Risk("r", "d", Level.LOW, Level.HIGH);

    risk.setImpact(Level.HIGH);

    assertThat(risk.getScore()).isEqualTo(9);
    assertThat(risk.getLevel()).isEqualTo(Level.HIGH);
  }

  @Test
  void shouldFlagAnOverdueReviewOnlyWhileTheRiskIsNotClosed() {
    Risk risk = new Risk("r", "d", Level.LOW, Level.LOW);
    risk.setReviewDate(LocalDate.of(2026, 1, 1));
    LocalDate today = LocalDate.of(2026, 6, 1);

    boolean overdueWhileOpen = risk.isReviewOverdue(today);
    risk.setStatus(RiskStatus.CLOSED);

    assertThat(overdueWhileOpen).isTrue();
    assertThat(risk.isReviewOverdue(today)).isFalse();
  }

  @Test
  void shouldRefuseAScoreOutsideTheScale() {
    assertThatThrownBy(() -> Level.ofScore(10)).hasMessageContaining("between 1 and 9, got 10");
  }
}
