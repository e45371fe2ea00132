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
import org.junit.jupiter.params.provider.ValueSource;

/** decisions/major-incident-clock.dmn row by row: the SPEC §4 figures (B-2.3.14, B-2.2 item 2) for every system. */
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tips", "oa", "invoice"})
  void shouldGiveTheContractFigures(String system) {
    DmnDecisionResultEntries result = engine.evaluateDecision(decision, Map.of("system", system)).getSingleResult();

    assertThat(result.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of("notifyMinutes", 5,
        "updateIntervalMinutes", 30, "firstReportHours", 24, "onsiteRestoreHours", 2));
  }

  @Test
  void shouldHaveNoFiguresForAnUnknownSystem() {
    assertThat(engine.evaluateDecision(decision, Map.of("system", "hr")).getSingleResult()).isNull();
  }
}
