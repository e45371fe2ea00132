package com.opsflow.datamaintenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.ApprovalRoutes;
import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/data-maintenance-approval.dmn row by row: tips business data always goes to all three groups;
 * other business data up to 100 records to team lead then system owner, more to all three; master and
 * config data by count (≤ 100 team lead, ≤ 1000 plus system owner, more all three).
 */
class DataMaintenanceApprovalDecisionTest {

  static final DecisionTable decision = DecisionTable.of(DataMaintenanceProcess.DECISION);

  @ParameterizedTest(name = "rule {0}: {1} {2} {3} records -> {4} {5} {6} of them, {7} h")
  @CsvSource(delimiter = ';', value = {
      "1; tips; business; 1; team-lead,system-owner,bureau-it; parallel; 3; 8",
      "1; tips; business; 100000; team-lead,system-owner,bureau-it; parallel; 3; 8",
      "2; oa; business; 0; team-lead,system-owner; sequential; 2; 8",
      "2; invoice; business; 100; team-lead,system-owner; sequential; 2; 8",
      "3; oa; business; 101; team-lead,system-owner,bureau-it; parallel; 3; 8",
      "3; invoice; business; 5000; team-lead,system-owner,bureau-it; parallel; 3; 8",
      "4; tips; master; 1; team-lead; sequential; 1; 4",
      "4; oa; config; 100; team-lead; sequential; 1; 4",
      "5; invoice; master; 101; team-lead,system-owner; sequential; 2; 8",
      "5; tips; config; 1000; team-lead,system-owner; sequential; 2; 8",
      "6; oa; master; 1001; team-lead,system-owner,bureau-it; parallel; 3; 8",
      "6; tips; config; 20000; team-lead,system-owner,bureau-it; parallel; 3; 8",
  })
  void shouldRouteThePlan(int rule, String system, String category, long records, String groups, String mode,
      int required, int hours) {
    DmnDecisionResultEntries r = decision.evaluate(
        Map.of("system", system, "dataCategory", category, "expectedRecords", records)).getSingleResult();

    ApprovalRoutes.assertRoute(r, groups, mode, required, hours);
  }

  @Test
  void shouldAcceptTheCountAsTheIntegerAFormSends() {
    assertThat(decision.evaluate(Map.of("system", "oa", "dataCategory", "business", "expectedRecords", 3))
        .getSingleResult().<String>get("approvalGroups")).isEqualTo("team-lead,system-owner");
  }

  @Test
  void shouldAnswerNothingForAnUnknownCategory() {
    assertThat(decision.evaluate(Map.of("system", "oa", "dataCategory", "other", "expectedRecords", 3L))
        .getResultList()).isEmpty();
  }
}
