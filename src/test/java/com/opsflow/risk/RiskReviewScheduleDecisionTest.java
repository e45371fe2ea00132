package com.opsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * decisions/operation-schedule.dmn for risk-review: the invoice contract (C 系统风险排查) asks for risk reviews without
 * a frequency, so the row is quarterly on the first day of the quarter, second line, marked for the bureau to
 * confirm; tips and oa have none.
 */
class RiskReviewScheduleDecisionTest {

  @Test
  void shouldReviewTheInvoiceSystemsRisksEachQuarterBySecondLineAndNoOtherSystem() {
    DecisionTable schedule = DecisionTable.of("operation-schedule");

    List<Map<String, Object>> invoice = schedule.evaluate(Map.of("process", "risk-review",
        "system", "invoice")).getResultList();
    assertThat(invoice).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("schedule", "quarterly-review").containsEntry("frequency", "quarterly")
          .containsEntry("group", "second-line");
      assertThat(((Number) row.get("month")).intValue()).isOne();
      assertThat(((Number) row.get("day")).intValue()).isOne();
    });
    for (String other : List.of("tips", "oa")) {
      assertThat(schedule.evaluate(Map.of("process", "risk-review", "system", other)).getResultList())
          .as(other).isEmpty();
    }
  }
}
