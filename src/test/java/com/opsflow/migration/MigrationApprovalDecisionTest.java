package com.opsflow.migration;

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

/** decisions/migration-approval.dmn row by row: data migrations need the bureau's IT department, a data-centre move all three at once. */
class MigrationApprovalDecisionTest {

  static DmnDecision decision;
  static DmnEngine engine;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("decisions/" + MigrationProcess.DECISION + ".dmn")) {
      decision = engine.parseDecision(MigrationProcess.DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0}, data {1} -> {2} {3}, {4} approvals, {5} h")
  @CsvSource(delimiter = ';', value = {
      "application; false; team-lead,system-owner; sequential; 2; 16",
      "application; true; team-lead,system-owner,bureau-it; sequential; 3; 16",
      "data-center; false; project-manager,system-owner,bureau-it; parallel; 3; 24",
      "data-center; true; project-manager,system-owner,bureau-it; parallel; 3; 24",
  })
  void shouldRouteTheApprovalByTypeAndData(String type, boolean data, String groups, String mode, int required,
      int hours) {
    DmnDecisionResultEntries r = engine.evaluateDecision(decision, Map.of("migrationType", type, "dataMigration", data))
        .getSingleResult();

    assertThat(r.<String>get("approvalGroups")).isEqualTo(groups);
    assertThat(r.<String>get("approvalMode")).isEqualTo(mode);
    assertThat(r.<Integer>get("approvalsRequired")).isEqualTo(required);
    assertThat(r.<Integer>get("approvalDeadlineHours")).isEqualTo(hours);
    assertThat(groups.split(",")).doesNotContain("second-line");
  }
}
