package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The evidence sources of this package against real registers: what counts, what is information, period edges. */
@OpsFlowIntegrationTest
class EvaluationEvidenceTest {

  static final String ENGINEER = "ev-evidence-engineer";
  static final LocalDate FROM = LocalDate.of(2018, 6, 1);
  static final LocalDate TO = LocalDate.of(2018, 7, 1);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  List<EvaluationEvidenceSource> sources;
  @Autowired
  TicketEvidence tickets;
  @Autowired
  LeaveEvidence leave;
  @Autowired
  KnowledgeEvidence knowledge;

  @Test
  void shouldCountSlowTicketsOfTheEngineerAndSystemInsideThePeriodOnly() {
    EvaluationFixtures.slowTicket(jdbc, "INC-20180601-0001", "oa", ENGINEER, FROM.atStartOfDay());
    EvaluationFixtures.slowTicket(jdbc, "INC-20180630-0001", "oa", ENGINEER, LocalDateTime.of(2018, 6, 30, 23, 59));
    EvaluationFixtures.slowTicket(jdbc, "INC-20180701-0001", "oa", ENGINEER, TO.atStartOfDay());
    EvaluationFixtures.slowTicket(jdbc, "INC-20180615-0001", "tips", ENGINEER, LocalDateTime.of(2018, 6, 15, 10, 0));
    EvaluationFixtures.slowTicket(jdbc, "INC-20180615-0002", "oa", "someone-else", LocalDateTime.of(2018, 6, 15, 10, 0));
    EvaluationFixtures.escalatedTicket(jdbc, "INC-20180620-0001", "oa", ENGINEER, LocalDateTime.of(2018, 6, 20, 10, 0));

    List<EvaluationEvidence> lines = tickets.evidenceFor(ENGINEER, "oa", FROM, TO);

    EvaluationEvidence slow = lines.stream().filter(EvaluationEvidence::scored).findFirst().orElseThrow();
    assertThat(slow.item()).isEqualTo("fault-slow");
    assertThat(slow.count()).isEqualTo(2);
    assertThat(slow.references()).containsExactly("INC-20180601-0001", "INC-20180630-0001");
    EvaluationEvidence escalated = lines.stream().filter(l -> !l.scored()).findFirst().orElseThrow();
    assertThat(escalated.references()).containsExactly("INC-20180620-0001");
    assertThat(escalated.explanation()).contains("期末仍未解决 1 件");
    assertThat(tickets.evidenceFor("nobody-ev", "oa", FROM, TO)).isEmpty();
    assertThat(sources).contains(tickets, leave, knowledge);
  }

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
  }

  @Test
  void shouldScoreKnowledgeWorkOnceForOaAndOnlyMentionItElsewhere() {
    EvaluationFixtures.publishedArticle(jdbc, "KB-9181", "oa", ENGINEER, LocalDateTime.of(2018, 6, 3, 10, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9182", "oa", ENGINEER, LocalDateTime.of(2018, 6, 20, 10, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9183", "oa", ENGINEER, LocalDateTime.of(2018, 7, 1, 0, 0));
    EvaluationFixtures.publishedArticle(jdbc, "KB-9184", "tips", ENGINEER, LocalDateTime.of(2018, 6, 20, 10, 0));

    EvaluationEvidence oa = knowledge.evidenceFor(ENGINEER, "oa", FROM, TO).get(0);
    assertThat(oa.item()).isEqualTo("knowledge-base");
    assertThat(oa.count()).isEqualTo(1);
    assertThat(oa.references()).containsExactly("KB-9181", "KB-9182");
    EvaluationEvidence tips = knowledge.evidenceFor(ENGINEER, "tips", FROM, TO).get(0);
    assertThat(tips.scored()).isFalse();
    assertThat(tips.references()).containsExactly("KB-9184");
  }
}
