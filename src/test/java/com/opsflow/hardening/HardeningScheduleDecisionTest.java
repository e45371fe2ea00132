package com.opsflow.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * decisions/operation-schedule.dmn for security-hardening: seed C (安全加固 1) asks for periodic checks of the invoice
 * system without a period, so the row is monthly on the 1st and marked the bureau's to confirm.
 */
class HardeningScheduleDecisionTest {

  static DmnEngine engine;
  static DmnDecision schedule;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("decisions/operation-schedule.dmn")) {
      schedule = engine.parseDecision("operation-schedule", in);
    }
  }

  List<Map<String, Object>> rows(String system) {
    return engine.evaluateDecision(schedule, Map.of("process", "security-hardening", "system", system)).getResultList();
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
