package com.opsflow.incident;

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

/** The ticket register's evidence for the service evaluation: slow tickets count, escalations are information. */
@OpsFlowIntegrationTest
class TicketEvidenceTest {

  static final String ENGINEER = "ev-evidence-engineer";
  static final LocalDate FROM = LocalDate.of(2018, 6, 1);
  static final LocalDate TO = LocalDate.of(2018, 7, 1);

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  List<EvaluationEvidenceSource> sources;
  @Autowired
  TicketEvidence tickets;

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
    assertThat(sources).contains(tickets);
  }
}
