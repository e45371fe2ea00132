package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * decisions/operation-schedule.dmn for security-hardening: seed C (安全加固 1) asks for periodic checks of the invoice
 * system without a period, so the row is monthly on the 1st and marked the bureau's to confirm.
 */
class HardeningScheduleDecisionTest {

  static final DecisionTable schedule = DecisionTable.of("operation-schedule");

  List<Map<String, Object>> rows(String system) {
    return schedule.evaluate(Map.of("process", "security-hardening", "system", system)).getResultList();
  }

  @Test
  void shouldCheckTheInvoiceSystemMonthlyBySecondLineAndNoSystemOfAnotherContract() {
    assertThat(rows("invoice")).singleElement().satisfies(r -> {
      assertThat(r.get("schedule")).isEqualTo("vulnerability-check");
      assertThat(r.get("frequency")).isEqualTo("monthly");
      assertThat(((Number) r.get("day")).intValue()).isEqualTo(1);
      assertThat(r.get("group")).isEqualTo("second-line");
    });
    assertThat(rows("tips")).isEmpty();
    assertThat(rows("oa")).isEmpty();
  }
}
