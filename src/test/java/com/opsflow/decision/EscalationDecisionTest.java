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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/escalation.dmn row by row: where an escalated ticket goes and who is told. */
class EscalationDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("decisions/escalation.dmn")) {
      decision = engine.parseDecision("escalation", in);
    }
  }

  @ParameterizedTest(name = "level {0}, {1} min overdue, {2} → {3} / {4}")
  @CsvSource(delimiter = '|', value = {
      "0 | -120 | P1 | second-line | second-line,team-lead",
      "0 | -1   | P2 | second-line | second-line,team-lead",
      "0 | -60  | P3 | second-line | second-line",
      "0 | -60  | P4 | second-line | second-line",
      "0 | 0    | P4 | second-line | second-line,team-lead",
      "0 | 30   | P3 | second-line | second-line,team-lead",
      "1 | 0    | P1 | second-line | team-lead",
      "1 | 239  | P3 | second-line | team-lead",
      "1 | 240  | P1 | second-line | team-lead,project-manager,system-owner",
      "2 | 600  | P2 | second-line | team-lead,project-manager,system-owner",
      "1 | 240  | P3 | second-line | team-lead,project-manager",
      "3 | 1000 | P4 | second-line | team-lead,project-manager",
  })
  void shouldRouteAndNotify(int level, long minutesOverdue, String priority, String assignGroup, String notifyGroups) {
    DmnDecisionResultEntries result = engine.evaluateDecision(decision,
        Map.of("level", level, "minutesOverdue", minutesOverdue, "priority", priority)).getFirstResult();

    assertThat((String) result.get("assignGroup")).isEqualTo(assignGroup);
    assertThat((String) result.get("notifyGroups")).isEqualTo(notifyGroups);
  }
}
