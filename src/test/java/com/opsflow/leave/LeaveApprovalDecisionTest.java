package com.opsflow.leave;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/leave-approval.dmn row by row (B-2.4.5.1(3)): up to 1 day (inclusive) the team lead, more
 * the system owner; sudden leave goes to the system owner with paperwork afterwards, whatever its length.
 */
class LeaveApprovalDecisionTest {

  static final DecisionTable decision = DecisionTable.of("leave-approval");

  @ParameterizedTest(name = "{0} days, sudden {1} -> {2}, paperwork afterwards {3}")
  @CsvSource({
      "0.5, false, team-lead, false",
      "1, false, team-lead, false",
      "1.0, false, team-lead, false",
      "1.5, false, system-owner, false",
      "2, false, system-owner, false",
      "10, false, system-owner, false",
      "0.5, true, system-owner, true",
      "1, true, system-owner, true",
      "3, true, system-owner, true",
  })
  void shouldNameTheApprover(double days, boolean sudden, String group, boolean paperwork) {
    DmnDecisionResultEntries r = decision.evaluate(Map.of("days", days, "sudden", sudden))
        .getSingleResult();

    assertThat(r.<String>get("approverGroup")).isEqualTo(group);
    assertThat(r.<Boolean>get("paperworkAfterwards")).isEqualTo(paperwork);
  }

  @ParameterizedTest(name = "{0} days given as integer")
  @CsvSource({"1, team-lead", "2, system-owner"})
  void shouldAcceptWholeDaysAsIntegers(int days, String group) {
    assertThat(decision.evaluate(Map.of("days", days, "sudden", false)).getSingleResult()
        .<String>get("approverGroup")).isEqualTo(group);
  }
}
