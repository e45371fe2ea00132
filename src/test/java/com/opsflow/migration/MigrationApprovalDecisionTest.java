package com.opsflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.ApprovalRoutes;
import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/migration-approval.dmn row by row: data migrations need the bureau's IT department, a data-centre move all three at once. */
class MigrationApprovalDecisionTest {

  static final DecisionTable decision = DecisionTable.of(MigrationProcess.DECISION);

  @ParameterizedTest(name = "{0}, data {1} -> {2} {3}, {4} approvals, {5} h")
  @CsvSource(delimiter = ';', value = {
      "application; false; team-lead,system-owner; sequential; 2; 16",
      "application; true; team-lead,system-owner,bureau-it; sequential; 3; 16",
      "data-center; false; project-manager,system-owner,bureau-it; parallel; 3; 24",
      "data-center; true; project-manager,system-owner,bureau-it; parallel; 3; 24",
  })
  void shouldRouteTheApprovalByTypeAndData(String type, boolean data, String groups, String mode, int required,
      int hours) {
    DmnDecisionResultEntries r = decision.evaluate(Map.of("migrationType", type, "dataMigration", data))
        .getSingleResult();

    ApprovalRoutes.assertRoute(r, groups, mode, required, hours);
    assertThat(groups.split(",")).doesNotContain("second-line");
  }
}
