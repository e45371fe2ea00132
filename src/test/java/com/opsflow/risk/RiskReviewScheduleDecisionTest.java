package com.opsflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * decisions/operation-schedule.dmn for risk-review: the invoice contract (C 系统风险排查) asks for risk reviews without
 * a frequency, so the row is quarterly on the first day of the quarter, second line, marked for the bureau to
 * confirm; tips and oa have none.
 */
class RiskReviewScheduleDecisionTest {

  @Test
  void shouldReviewTheInvoiceSystemsRisksEachQuarterBySecondLineAndNoOtherSystem() throws IOException {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision schedule;
    try (InputStream in = new FileInputStream("decisions/operation-schedule.dmn")) {
      schedule = engine.parseDecision("operation-schedule", in);
    }

    List<Map<String, Object>> invoice = engine.evaluateDecision(schedule, Map.of("process", "risk-review",
        "system", "invoice")).getResultList();
    assertThat(invoice).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("schedule", "quarterly-review").containsEntry("frequency", "quarterly")
          .containsEntry("group", "second-line");
      assertThat(((Number) row.get("month")).intValue()).isOne();
      assertThat(((Number) row.get("day")).intValue()).isOne();
    });
    for (String other : List.of("tips", "oa")) {
      assertThat(engine.evaluateDecision(schedule, Map.of("process", "risk-review", "system", other)).getResultList())
          .as(other).isEmpty();
    }
  }
}
