package com.opsflow.leave;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.EvaluationFixtures;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The leave register's evidence for the service evaluation: approved leave is never absence. */
@OpsFlowIntegrationTest
class LeaveEvidenceTest {

  static final String ENGINEER = "ev-evidence-engineer";
  static final LocalDate FROM = LocalDate.of(2018, 6, 1);
  static final LocalDate TO = LocalDate.of(2018, 7, 1);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  List<EvaluationEvidenceSource> sources;
  @Autowired
  LeaveEvidence leave;

  @Test
  void shouldNeverCountApprovedLeaveAsAbsenceButNameWhatWasNotApproved() {
    EvaluationFixtures.leave(jdbc, "LV-20180604-0001", ENGINEER, LocalDate.of(2018, 6, 4), LocalDate.of(2018, 6, 5), 2,
        "approved");
    EvaluationFixtures.leave(jdbc, "LV-20180628-0001", ENGINEER, LocalDate.of(2018, 6, 29), LocalDate.of(2018, 7, 2), 4,
        "approved");
    EvaluationFixtures.leave(jdbc, "LV-20180611-0001", ENGINEER, LocalDate.of(2018, 6, 11), LocalDate.of(2018, 6, 11), 1,
        "rejected");
    jdbc.update("UPDATE staff_leave SET sudden = TRUE, notice_on_time = FALSE WHERE leave_number = 'LV-20180611-0001'");

    List<EvaluationEvidence> lines = leave.evidenceFor(ENGINEER, "oa", FROM, TO);

    assertThat(lines).allMatch(l -> !l.scored());
    assertThat(lines.get(0).explanation()).contains("经批准请假 4 天", "不计旷工"); // 2 + 4 × 2/4 (two of its four days are in June)
    assertThat(lines.get(0).references()).containsExactly("LV-20180604-0001", "LV-20180628-0001");
    assertThat(lines.get(1).explanation()).contains("LV-20180611-0001（未批准）", "按旷工计");
    assertThat(lines.get(2).explanation()).contains("八点前", "LV-20180611-0001");
    assertThat(leave.evidenceFor(ENGINEER, "oa", LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 1))).isEmpty();
    assertThat(sources).contains(leave);
  }
}
