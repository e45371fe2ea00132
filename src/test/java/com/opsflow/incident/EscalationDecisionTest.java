package com.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.DecisionTable;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** decisions/escalation.dmn row by row: where an escalated ticket goes and who is told. */
class EscalationDecisionTest {

  static final DecisionTable decision = DecisionTable.of("escalation");

  /**
   * Escalating to second line is B-2.3.1 step 6「若无法确认事件原因、恢复事件，则进行事件升级处理，进入高级支持处理」; who is told
   * on an overdue ticket and after how long are not in the seeds — 待确认 (bureau to confirm). The overdue minutes count
   * on the ticket's resolution clock ({@code overdueClock}): natural for tips and oa (A-3.1.2 / B-2.2 item 1「7×24小时」),
   * working time on the system's calendar for invoice.
   */
  @ParameterizedTest(name = "level {0}, {1} {2} min overdue, {3} → {4} / {5}")
  @CsvSource(delimiter = '|', value = {
      "0 | -120 | natural | P1 | second-line | second-line,team-lead",
      "0 | -1   | working | P2 | second-line | second-line,team-lead",
      "0 | -60  | natural | P3 | second-line | second-line",
      "0 | -60  | working | P4 | second-line | second-line",
      "0 | 0    | natural | P4 | second-line | second-line,team-lead",
      "0 | 30   | working | P3 | second-line | second-line,team-lead",
      "1 | 0    | natural | P1 | second-line | team-lead",
      "1 | 239  | working | P3 | second-line | team-lead",
      "1 | 240  | natural | P1 | second-line | team-lead,project-manager,system-owner",
      "1 | 240  | working | P1 | second-line | team-lead,project-manager,system-owner",
      "2 | 600  | natural | P2 | second-line | team-lead,project-manager,system-owner",
      "1 | 240  | natural | P3 | second-line | team-lead,project-manager",
      "3 | 1000 | working | P4 | second-line | team-lead,project-manager",
  })
  void shouldRouteAndNotify(int level, long minutesOverdue, String clock, String priority, String assignGroup,
      String notifyGroups) {
    DmnDecisionResultEntries result = decision.evaluate(Map.of("level", level, "minutesOverdue",
        minutesOverdue, "overdueClock", clock, "priority", priority)).getFirstResult();

    assertThat((String) result.get("assignGroup")).isEqualTo(assignGroup);
    assertThat((String) result.get("notifyGroups")).isEqualTo(notifyGroups);
  }

  /** Every figure of the table names its clock basis and cites a clause or is marked as the bureau's to confirm. */
  @org.junit.jupiter.api.Test
  void shouldGiveEveryThresholdItsClockBasisAndSource() throws IOException {
    String xml = java.nio.file.Files.readString(java.nio.file.Path.of("decisions/escalation.dmn"));
    java.util.regex.Matcher rules = java.util.regex.Pattern.compile("<rule id=\"[^\"]+\">\\s*<description>([^<]+)</description>")
        .matcher(xml);
    int count = 0;
    while (rules.find()) {
      count++;
      String description = rules.group(1);
      assertThat(description).as(description).containsAnyOf("自然时间", "工作时间", "计时方式无关");
      assertThat(description).as(description).containsAnyOf("B-2.3.1", "待确认");
    }
    assertThat(count).isEqualTo(8);
  }
}
