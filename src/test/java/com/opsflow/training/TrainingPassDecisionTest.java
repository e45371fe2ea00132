package com.opsflow.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/training-pass.dmn (B-2.3.12(4)): the pass rate must not be below 90 %; exactly 90 % holds. */
class TrainingPassDecisionTest {

  static final DecisionTable decision = DecisionTable.of("training-pass");

  @ParameterizedTest(name = "{0} % -> met {1}")
  @CsvSource({"0, false", "80, false", "89.9, false", "90, true", "90.0, true", "95.5, true", "100, true"})
  void shouldHoldFromNinetyPercentOn(double passRate, boolean met) {
    assertThat(decision.evaluate(Map.of("passRate", passRate)).getSingleResult()
        .<Boolean>get("passRateMet")).isEqualTo(met);
  }

  @Test
  void shouldCutThePassRateSoThatAlmostNinetyIsNotNinety() {
    assertThat(PassRate.of(9, 10).doubleValue()).isEqualTo(90.0);
    assertThat(PassRate.of(8, 10).doubleValue()).isEqualTo(80.0);
    // 1799 of 2000 = 89.95 %: rounding would say 90.0, the rule must not
    assertThat(PassRate.of(1799, 2000).doubleValue()).isEqualTo(89.9);
    assertThat(decision.evaluate(Map.of("passRate", PassRate.of(1799, 2000).doubleValue()))
        .getSingleResult().<Boolean>get("passRateMet")).isEqualTo(false);
    assertThat(PassRate.of(0, 0).doubleValue()).isEqualTo(0.0);
  }
}
