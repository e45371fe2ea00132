package com.opsflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.ApprovalRoutes;
import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/release-approval.dmn row by row: the higher the impact, the higher the approvers; versions are
 * approved in parallel, the low/medium ones by two of three.
 */
class ReleaseApprovalDecisionTest {

  static final DecisionTable decision = DecisionTable.of(ReleaseProcess.DECISION);

  @ParameterizedTest(name = "{0}, impact {1} -> {2} {3}, {4} approvals, {5} h")
  @CsvSource(delimiter = ';', value = {
      "patch; low; team-lead; sequential; 1; 8",
      "patch; medium; team-lead,system-owner; sequential; 2; 8",
      "patch; high; team-lead,system-owner,bureau-it; sequential; 3; 16",
      "version; low; team-lead,project-manager,system-owner; parallel; 2; 16",
      "version; medium; team-lead,project-manager,system-owner; parallel; 2; 16",
      "version; high; project-manager,system-owner,bureau-it; parallel; 3; 24",
  })
  void shouldRouteTheApprovalByKindAndImpact(String kind, String impact, String groups, String mode, int required,
      int hours) {
    DmnDecisionResultEntries r = decision.evaluate(Map.of("releaseKind", kind, "impactLevel", impact))
        .getSingleResult();

    ApprovalRoutes.assertRoute(r, groups, mode, required, hours);
  }

  @Test
  void shouldGiveNoRouteForAnUnknownKind() {
    assertThat(decision.evaluate(Map.of("releaseKind", "hotfix", "impactLevel", "low")).getSingleResult())
        .isNull();
  }

  @Test
  void shouldNeverLetTheSameGroupBothWriteAndApproveThePlan() {
    for (String kind : ReleaseProcess.KINDS) {
      for (String impact : ReleaseProcess.IMPACT_LEVELS) {
        String groups = decision.evaluate(Map.of("releaseKind", kind, "impactLevel", impact))
            .getSingleResult().getEntry("approvalGroups");
        assertThat(groups.split(",")).as(kind + "/" + impact).doesNotContain("second-line");
      }
    }
  }
}
