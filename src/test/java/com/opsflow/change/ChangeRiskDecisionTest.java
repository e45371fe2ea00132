package com.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.ApprovalRoutes;
import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/change-risk.dmn row by row (A-3.2.1.3, B-2.3.7): risk class and approval route; major
 * changes always go to the system owner and the bureau's IT department.
 */
class ChangeRiskDecisionTest {

  static final DecisionTable decision = DecisionTable.of(ChangeProcess.DECISION);

  private static DmnDecisionResultEntries evaluate(String scope, String type, boolean interruption, boolean important) {
    return decision.evaluate(Map.of("impactScope", scope, "changeType", type, "serviceInterruption",
        interruption, "importantPeriod", important)).getSingleResult();
  }

  @ParameterizedTest(name = "rule {0}: {1} {2} interruption={3} important={4} -> {5}")
  @CsvSource({
      // rule 1: several systems or the whole province
      "1, multi-system, application, false, false, major, 'system-owner,bureau-it', parallel, 2, 16",
      "1, multi-system, database, true, true, major, 'system-owner,bureau-it', parallel, 2, 16",
      // rule 2: interruption in an important period
      "2, node, application, true, true, major, 'system-owner,bureau-it', parallel, 2, 8",
      "2, system, os, true, true, major, 'system-owner,bureau-it', parallel, 2, 8",
      // rule 3: whole-system interruption of core infrastructure
      "3, system, network, true, false, major, 'system-owner,bureau-it', parallel, 2, 16",
      "3, system, storage, true, false, major, 'system-owner,bureau-it', parallel, 2, 16",
      "3, system, host, true, false, major, 'system-owner,bureau-it', parallel, 2, 16",
      "3, system, database, true, false, major, 'system-owner,bureau-it', parallel, 2, 16",
      // rule 4: whole-system interruption of middleware, OS, application configuration
      "4, system, middleware, true, false, normal, 'team-lead,system-owner', sequential, 2, 16",
      "4, system, os, true, false, normal, 'team-lead,system-owner', sequential, 2, 16",
      "4, system, application, true, false, normal, 'team-lead,system-owner', sequential, 2, 16",
      // rule 5: whole system, no interruption
      "5, system, database, false, false, normal, 'team-lead,system-owner', sequential, 2, 16",
      "5, system, network, false, true, normal, 'team-lead,system-owner', sequential, 2, 16",
      // rule 6: one node interrupted outside important periods
      "6, node, database, true, false, normal, 'team-lead,system-owner', sequential, 2, 16",
      // rule 7: one node, no interruption
      "7, node, middleware, false, false, standard, team-lead, sequential, 1, 8",
      "7, node, network, false, true, standard, team-lead, sequential, 1, 8",
  })
  void shouldClassifyAndRouteTheApproval(int rule, String scope, String type, boolean interruption, boolean important,
      String risk, String groups, String mode, int required, int hours) {
    DmnDecisionResultEntries r = evaluate(scope, type, interruption, important);

    assertThat(r.<String>get("riskClass")).isEqualTo(risk);
    ApprovalRoutes.assertRoute(r, groups, mode, required, hours);
  }

  @Test
  void shouldDecideEveryCombinationExactlyOnceAndAlwaysAskOwnerAndBureauForMajorChanges() {
    for (String scope : ChangeProcess.IMPACT_SCOPES) {
      for (String type : ChangeProcess.CHANGE_TYPE_ORDER) {
        for (boolean interruption : new boolean[] {true, false}) {
          for (boolean important : new boolean[] {true, false}) {
            DmnDecisionResultEntries r = evaluate(scope, type, interruption, important);
            String risk = (String) r.get("riskClass");
            String[] groups = ((String) r.get("approvalGroups")).split(",");
            assertThat(ChangeProcess.RISK_CLASSES).contains(risk);
            if ("major".equals(risk)) {
              assertThat(groups).contains("system-owner", "bureau-it");
            }
            assertThat(groups.length).isGreaterThanOrEqualTo(((Number) r.get("approvalsRequired")).intValue());
          }
        }
      }
    }
  }
}
