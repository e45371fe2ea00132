package com.opsflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/major-incident-clock.dmn row by row: the seed's 5 / 30 / 24 / 2 figures (B-2.3.14, B-2.2, B-2.3.6). */
class MajorIncidentClockDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("decisions/major-incident-clock.dmn")) {
      decision = engine.parseDecision("major-incident-clock", in);
    }
  }

  @ParameterizedTest(name = "{0}: notify {1} min, update every {2} min, first report {3} h, on-site {4} h, response {5} min")
  @CsvSource({
      "tips, 5, 30, 24, 3, 30",
      "oa, 5, 30, 24, 2, 30",
      "invoice, 5, 30, 24, 2, 30",
  })
  void shouldGiveTheSeedDuties(String system, int notify, int update, int firstReport, int onsite, int response) {
    DmnDecisionResultEntries r = engine.evaluateDecision(decision, Map.of("system", system)).getSingleResult();

    assertThat(((Number) r.get("notifyMinutes")).intValue()).isEqualTo(notify);
    assertThat(((Number) r.get("updateIntervalMinutes")).intValue()).isEqualTo(update);
    assertThat(((Number) r.get("firstReportHours")).intValue()).isEqualTo(firstReport);
    assertThat(((Number) r.get("onsiteRestoreHours")).intValue()).isEqualTo(onsite);
    assertThat(((Number) r.get("secondLineResponseMinutes")).intValue()).isEqualTo(response);
  }

  @Test
  void shouldKnowNoOtherSystem() {
    assertThat(engine.evaluateDecision(decision, Map.of("system", "hr")).getResultList()).isEmpty();
  }
}
