package com.opsflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;

/**
 * The route an approval-routing decision gives the shared {@code approval} process (change-risk, release-approval,
 * migration-approval, data-maintenance-approval): its four outputs, and n of m never asking more than the groups.
 */
public final class ApprovalRoutes {

  private ApprovalRoutes() {
  }

  public static void assertRoute(DmnDecisionResultEntries route, String groups, String mode, int required, int hours) {
    assertThat(route).as("a route").isNotNull();
    assertThat(route.<String>get("approvalGroups")).as("approvalGroups").isEqualTo(groups);
    assertThat(route.<String>get("approvalMode")).as("approvalMode").isEqualTo(mode);
    assertThat(((Number) route.get("approvalsRequired")).intValue()).as("approvalsRequired").isEqualTo(required);
    assertThat(((Number) route.get("approvalDeadlineHours")).intValue()).as("approvalDeadlineHours").isEqualTo(hours);
    assertThat(groups.split(",")).as("n of m never asks more than the groups").hasSizeGreaterThanOrEqualTo(required);
  }
}
