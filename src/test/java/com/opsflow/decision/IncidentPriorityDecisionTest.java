package com.opsflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/incident-priority.dmn row by row, with the seed figures (tips 30/180, oa 1440 response). */
class IncidentPriorityDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("decisions/incident-priority.dmn")) {
      decision = engine.parseDecision("incident-priority", in);
    }
  }

  static DmnDecisionResultEntries evaluate(String system, String impact, String urgency, boolean importantPeriod) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("system", system);
    vars.put("impact", impact);
    vars.put("urgency", urgency);
    vars.put("importantPeriod", importantPeriod);
    return engine.evaluateDecision(decision, vars).getSingleResult();
  }

  @ParameterizedTest(name = "{0} {1}/{2} important={3} → {4} major={5} {6}/{7} min")
  @CsvSource({
      // every rule of the table, per system
      "tips, province, high, false, P1, true, 30, 180",
      "tips, province, medium, false, P1, true, 30, 180",
      "tips, city, high, true, P1, true, 30, 180",
      "tips, city, high, false, P1, false, 30, 180",
      "tips, province, low, false, P2, false, 30, 180",
      "tips, city, medium, false, P2, false, 30, 180",
      "tips, office, high, false, P2, false, 30, 180",
      "tips, city, low, false, P3, false, 30, 180",
      "tips, office, medium, false, P3, false, 30, 180",
      "tips, office, low, true, P3, false, 30, 180",
      "tips, individual, high, false, P3, false, 30, 180",
      "tips, individual, medium, false, P4, false, 30, 180",
      "tips, individual, low, true, P4, false, 30, 180",
      "oa, province, high, false, P1, true, 30, 120",
      "oa, province, medium, true, P1, true, 30, 120",
      "oa, city, high, true, P1, true, 30, 120",
      "oa, city, high, false, P1, false, 30, 120",
      "oa, province, low, false, P2, false, 30, 480",
      "oa, city, medium, false, P2, false, 30, 480",
      "oa, office, high, false, P2, false, 30, 480",
      "oa, city, low, false, P3, false, 1440, 2880",
      "oa, office, medium, false, P3, false, 1440, 2880",
      "oa, office, low, false, P3, false, 1440, 2880",
      "oa, individual, high, false, P3, false, 1440, 2880",
      "oa, individual, medium, false, P4, false, 1440, 4320",
      "oa, individual, low, false, P4, false, 1440, 4320",
      "invoice, province, high, false, P1, true, 15, 120",
      "invoice, city, high, true, P1, true, 15, 120",
      "invoice, city, high, false, P1, false, 15, 120",
      "invoice, province, low, false, P2, false, 30, 240",
      "invoice, city, medium, false, P2, false, 30, 240",
      "invoice, office, high, false, P2, false, 30, 240",
      "invoice, city, low, false, P3, false, 60, 960",
      "invoice, office, medium, false, P3, false, 60, 960",
      "invoice, individual, high, false, P3, false, 60, 960",
      "invoice, individual, low, false, P4, false, 120, 1920",
  })
  void shouldDecidePriorityMajorAndMinutes(String system, String impact, String urgency, boolean importantPeriod,
      String priority, boolean major, int responseMinutes, int resolveMinutes) {
    DmnDecisionResultEntries result = evaluate(system, impact, urgency, importantPeriod);

    assertThat((String) result.get("priority")).isEqualTo(priority);
    assertThat((Boolean) result.get("major")).isEqualTo(major);
    assertThat(((Number) result.get("responseMinutes")).intValue()).isEqualTo(responseMinutes);
    assertThat(((Number) result.get("resolveMinutes")).intValue()).isEqualTo(resolveMinutes);
  }

  @Test
  void shouldAnswerTipsWithinThirtyMinutesAndResolveWithinThreeHoursWhateverThePriority() {
    for (String impact : new String[] {"individual", "office", "city", "province"}) {
      for (String urgency : new String[] {"low", "medium", "high"}) {
        DmnDecisionResultEntries result = evaluate("tips", impact, urgency, false);
        assertThat(((Number) result.get("responseMinutes")).intValue()).isEqualTo(30);
        assertThat(((Number) result.get("resolveMinutes")).intValue()).isEqualTo(180);
      }
    }
  }

  @Test
  void shouldMatchExactlyOneRuleForEveryCombination() {
    for (String system : new String[] {"tips", "oa", "invoice"}) {
      for (String impact : new String[] {"individual", "office", "city", "province"}) {
        for (String urgency : new String[] {"low", "medium", "high"}) {
          for (boolean important : new boolean[] {true, false}) {
            assertThat(evaluate(system, impact, urgency, important)).as("%s %s %s %s", system, impact, urgency, important)
                .containsKeys("priority", "major", "responseMinutes", "resolveMinutes");
          }
        }
      }
    }
  }

  @Test
  void shouldMatchNoRuleForAnUnknownSystem() {
    Map<String, Object> vars = Map.of("system", "hr", "impact", "city", "urgency", "high", "importantPeriod", false);
    assertThat(engine.evaluateDecision(decision, vars).getResultList()).isEmpty();
  }
}
