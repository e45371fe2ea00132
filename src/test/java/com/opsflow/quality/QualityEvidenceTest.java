package com.opsflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.quality.QualityInspectionRegister.Scores;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.scoring.EvaluationEvidenceSource;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What quality inspection contributes to an engineer's evaluation: only finished inspections of calls on the
 * evaluated contract's system, of weeks starting in the period; poor attitude as a scored line per call.
 */
@OpsFlowIntegrationTest
class QualityEvidenceTest {

  static final String ENGINEER = "demo-second-line";
  /** Mondays of a month no other test uses. */
  static final LocalDate MONTH = LocalDate.of(2024, 4, 1);

  @Autowired
  List<EvaluationEvidenceSource> sources;
  @Autowired
  QualityInspectionEvidence evidence;
  @Autowired
  QualityInspectionRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketNumbers numbers;
  @Autowired
  PlatformTransactionManager transactions;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  @Test
  void shouldBeAskedByTheEvaluationForQualityInspectionsAndComplaints() {
    assertThat(sources).extracting(s -> s.getClass().getSimpleName())
        .contains("QualityInspectionEvidence", "ComplaintEvidence");
    assertThat(evidence.evidenceFor("demo-knowledge", "oa", MONTH, MONTH.plusMonths(1))).isEmpty();
  }

  @Test
  void shouldCountOnlyFinishedInspectionsOfTheContractsCallsInWeeksStartingInThePeriod() {
    CallTickets calls = new CallTickets(tickets, numbers, transactions);
    LocalDate week1 = MONTH;
    LocalDate week2 = MONTH.plusWeeks(1);
    LocalDate lastWeek = MONTH.plusWeeks(4);
    String poor = calls.call(ENGINEER, "tips", "hotline", week1.atTime(9, 0));
    String good = calls.call(ENGINEER, "tips", "hotline", week2.atTime(9, 0));
    String pending = calls.call(ENGINEER, "tips", "hotline", week2.atTime(10, 0));
    String otherSystem = calls.call(ENGINEER, "oa", "hotline", week2.atTime(11, 0));
    String nextMonth = calls.call(ENGINEER, "tips", "hotline", lastWeek.atTime(9, 0));
    register.sampled("QI-20240405-0001", null, ENGINEER, week1, poor);
    register.inspected("QI-20240405-0001", poor, new Scores(40, 70, 80, 90), "fail", "poor-attitude", "态度差", "demo-quality");
    register.sampled("QI-20240412-0001", null, ENGINEER, week2, good);
    register.inspected("QI-20240412-0001", good, new Scores(90, 80, 70, 60), "pass", null, "好", "demo-quality");
    register.sampled("QI-20240412-0001", null, ENGINEER, week2, pending);
    register.sampled("QI-20240412-0001", null, ENGINEER, week2, otherSystem);
    register.inspected("QI-20240412-0001", otherSystem, new Scores(10, 10, 10, 10), "fail", "poor-attitude", "差",
        "demo-quality");
    register.sampled("QI-20240503-0001", null, ENGINEER, lastWeek, nextMonth);
    register.inspected("QI-20240503-0001", nextMonth, new Scores(10, 10, 10, 10), "fail", "poor-attitude", "差",
        "demo-quality");
    register.flag("QI-20240412-0001", ENGINEER, week2, 3, 1, 2, "抽查的录音未在期限内完成质检");
    register.flag("QI-20240412-0002", "demo-service-desk", week2, 0, 0, 2, "当周由其处理的热线录音只有 0 通，不足 2 通");

    List<EvaluationEvidence> lines = evidence.evidenceFor(ENGINEER, "tips", MONTH, MONTH.plusWeeks(4));

    assertThat(lines).filteredOn(EvaluationEvidence::scored).singleElement().satisfies(l -> {
      assertThat(l.item()).isEqualTo("poor-attitude");
      assertThat(l.count()).isEqualTo(1);
      assertThat(l.references()).containsExactly(poor);
      assertThat(l.explanation()).contains("服务态度差");
    });
    assertThat(lines).filteredOn(l -> !l.scored()).hasSize(2);
    assertThat(lines.stream().filter(l -> !l.scored()).findFirst().orElseThrow()).satisfies(l -> {
      assertThat(l.explanation()).contains("质检 2 次", "服务态度 65.0", "问题记录 75.0", "不合格 1 次");
      assertThat(l.references()).containsExactly(poor, good);
    });
    assertThat(lines.get(lines.size() - 1)).satisfies(l -> {
      assertThat(l.explanation()).contains("质检不足的周 1 个", week2.toString(), "未在期限内完成");
      assertThat(l.references()).containsExactly("QI-20240412-0001");
    });
    assertThat(evidence.evidenceFor(ENGINEER, "oa", MONTH, MONTH.plusWeeks(4))).filteredOn(EvaluationEvidence::scored)
        .singleElement().satisfies(l -> assertThat(l.references()).containsExactly(otherSystem));
  }
}
