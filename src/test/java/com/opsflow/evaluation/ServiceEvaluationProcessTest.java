package com.opsflow.evaluation;

import static com.opsflow.evaluation.ServiceEvaluationProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.evaluation.EvaluationRegister.Evaluation;
import com.opsflow.evaluation.EvaluationRegister.Line;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of service-evaluation: by hand and by the period-end timer, the item sheet (tips, oa) and
 * the invoice sheet, no action and a system-owner decision, corrections without reason refused, the same
 * period never twice, a cancelled evaluation freeing its period. Each test uses its own year.
 */
@OpsFlowProcessTest
class ServiceEvaluationProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String EVALUATOR = "demo-bureau-it";
  static final String OWNER = "demo-system-owner";
  static final String TIPS_ENGINEER = "demo-second-line";
  static final String OA_ENGINEER = "demo-service-desk";

  @Autowired
  ProcessEngine engine;
  @Autowired
  EvaluationRegister register;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Scorecards scorecards;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static Map<String, Object> start(String contract, String engineer, String period) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.CONTRACT, contract);
    v.put(Var.ENGINEER, engineer);
    v.put(Var.PERIOD, period);
    return v;
  }

  ProcessInstance startByHand(Map<String, Object> variables) {
    return driver.startAs(ServiceEvaluationProcess.KEY, EVALUATOR, "bureau-it", variables);
  }


  void runScoring(ProcessInstance pi) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(job).as("the async scoring step").isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  Line line(String number, ScoreItem item) {
    return register.lines(number).stream().filter(l -> item.code().equals(l.item())).findFirst().orElseThrow();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  @Test
  void shouldPrefillTipsFromTheRecordsAndKeepTheOriginalCountWhenTheEvaluatorCorrectsIt() {
    EvaluationFixtures.slowTicket(jdbc, "INC-20110215-0001", "tips", TIPS_ENGINEER, LocalDateTime.of(2011, 2, 15, 16, 0));
    EvaluationFixtures.slowTicket(jdbc, "INC-20110320-0001", "tips", TIPS_ENGINEER, LocalDateTime.of(2011, 3, 20, 11, 0));
    EvaluationFixtures.slowTicket(jdbc, "INC-20110401-0001", "tips", TIPS_ENGINEER, LocalDateTime.of(2011, 4, 1, 9, 0));
    EvaluationFixtures.slowTicket(jdbc, "INC-20110216-0001", "oa", TIPS_ENGINEER, LocalDateTime.of(2011, 2, 16, 9, 0));
    EvaluationFixtures.escalatedTicket(jdbc, "INC-20110110-0001", "tips", TIPS_ENGINEER, LocalDateTime.of(2011, 1, 10, 10, 0));
    EvaluationFixtures.leave(jdbc, "LV-20110301-0001", TIPS_ENGINEER, LocalDate.of(2011, 3, 1), LocalDate.of(2011, 3, 2), 2,
        "approved");
    EvaluationFixtures.publishedArticle(jdbc, "KB-9011", "tips", TIPS_ENGINEER, LocalDateTime.of(2011, 2, 1, 10, 0));

    ProcessInstance pi = startByHand(start("tips", TIPS_ENGINEER, "2011-Q1"));

    assertThat(pi.getBusinessKey()).startsWith("EV-");
    BpmnAwareTests.assertThat(pi).isWaitingAt(SCORE_ITEMS).hasPassed(START_BY_HAND, PREFILL);
    Task task = driver.task(pi, SCORE_ITEMS);
    assertThat(candidateGroups(task)).containsExactly(ServiceEvaluationProcess.EVALUATOR_GROUP);
    assertThat(task.getName()).isEqualTo("确认并评分：demo-second-line 税库银 2011-Q1");
    assertThat(task.getDueDate()).as("5th working day after the quarter, 17:30")
        .isEqualTo(Date.from(LocalDateTime.of(2011, 4, 7, 17, 30).atZone(SHANGHAI).toInstant()));
    assertThat(variable(pi, Var.prefilled(ScoreItem.FAULT_SLOW))).isEqualTo(2);
    assertThat(variable(pi, Var.count(ScoreItem.FAULT_SLOW))).isEqualTo(2);
    assertThat((String) variable(pi, Var.evidence(ScoreItem.FAULT_SLOW))).contains("INC-20110215-0001", "INC-20110320-0001")
        .doesNotContain("INC-20110401-0001", "INC-20110216-0001");
    assertThat(variable(pi, Var.evidence(ScoreItem.ABSENT))).isEqualTo("");
    assertThat((String) variable(pi, Var.INFORMATION)).contains("升级二线 1 件", "INC-20110110-0001", "经批准请假 2 天",
        "LV-20110301-0001", "KB-9011");
    assertThat(line(pi.getBusinessKey(), ScoreItem.FAULT_SLOW).references())
        .containsExactly("INC-20110215-0001", "INC-20110320-0001");

    driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it",
        Var.count(ScoreItem.FAULT_SLOW), 1, Var.reason(ScoreItem.FAULT_SLOW), "INC-20110320-0001 为用户停电导致超时，不计",
        Var.count(ScoreItem.PROACTIVE_TUNING), 2, Var.reason(ScoreItem.PROACTIVE_TUNING), "两次主动调优数据库参数",
        Var.EVALUATOR_NOTE, "本季度表现良好");
    runScoring(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_SCORE, SCORED).hasNotPassed(DECIDE_ACTION);
    Evaluation e = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(e.score()).isEqualByComparingTo("90"); // 80 − 10 + 2 × 10
    assertThat(e.status()).isEqualTo(EvaluationRegister.SCORED);
    assertThat(e.action()).isEqualTo("none");
    assertThat(e.evaluator()).isEqualTo(EVALUATOR);
    assertThat(e.evaluatorNote()).isEqualTo("本季度表现良好");
    assertThat(e.contractYear()).isEqualTo(2011);
    Line slow = line(pi.getBusinessKey(), ScoreItem.FAULT_SLOW);
    assertThat(slow.prefilledCount()).isEqualTo(2);
    assertThat(slow.count()).isEqualTo(1);
    assertThat(slow.points()).isEqualTo(-10);
    assertThat(slow.corrected()).isTrue();
    assertThat(slow.correctionReason()).contains("用户停电");
    Line knowledge = line(pi.getBusinessKey(), ScoreItem.KNOWLEDGE_BASE);
    assertThat(knowledge.prefilledCount()).as("tips: knowledge work is information only").isZero();
    assertThat(knowledge.points()).isZero();
    assertThat(line(pi.getBusinessKey(), ScoreItem.ABSENT).count()).isZero();
    assertThat(register.lines(pi.getBusinessKey()).stream().filter(l -> l.item() == null).map(Line::explanation))
        .anyMatch(t -> t.contains("LV-20110301-0001"));
  }

  @Test
  void shouldRefuseACorrectedCountWithoutAReasonAndKeepTheTaskOpen() {
    EvaluationFixtures.slowTicket(jdbc, "INC-20120510-0001", "oa", OA_ENGINEER, LocalDateTime.of(2012, 5, 10, 16, 0));
    ProcessInstance pi = startByHand(start("oa", OA_ENGINEER, "2012-05"));
    assertThat(variable(pi, Var.prefilled(ScoreItem.FAULT_SLOW))).isEqualTo(1);

    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.FAULT_SLOW), 0))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.reason(ScoreItem.FAULT_SLOW));
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.ABSENT), 1,
        Var.reason(ScoreItem.ABSENT), " ")).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.reason(ScoreItem.ABSENT));
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.ABSENT), -1,
        Var.reason(ScoreItem.ABSENT), "负数")).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.count(ScoreItem.ABSENT));

    BpmnAwareTests.assertThat(pi).isWaitingAt(SCORE_ITEMS);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(EvaluationRegister.OPEN);

    driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it");
    runScoring(pi);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().score()).isEqualByComparingTo("70");
  }

  @Test
  void shouldLetTheSystemOwnerDecideWhenTheOaScoreCallsForAnActionAndTellTheVendor() {
    EvaluationFixtures.publishedArticle(jdbc, "KB-9013", "oa", OA_ENGINEER, LocalDateTime.of(2013, 1, 20, 10, 0));
    ProcessInstance january = startByHand(start("oa", OA_ENGINEER, "2013-01"));
    assertThat(variable(january, Var.prefilled(ScoreItem.KNOWLEDGE_BASE))).as("oa: once per period").isEqualTo(1);
    driver.claimAndCompleteAs(january, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.SEVERE_FAULT), 1,
        Var.reason(ScoreItem.SEVERE_FAULT), "1 月 8 日公文系统宕机 6 小时");
    runScoring(january);

    Evaluation scored = register.find(january.getBusinessKey()).orElseThrow();
    assertThat(scored.score()).isEqualByComparingTo("50"); // 80 + 10 − 40
    assertThat(scored.action()).isEqualTo("warn");
    BpmnAwareTests.assertThat(january).isWaitingAt(DECIDE_ACTION);
    assertThat(candidateGroups(driver.task(january, DECIDE_ACTION))).containsExactly(ServiceEvaluationProcess.ACTION_GROUP);
    assertThatThrownBy(() -> driver.claimAndCompleteAs(january, DECIDE_ACTION, OWNER, "system-owner", Var.ACTION_TAKEN, "warn"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.ACTION_NOTE);

    driver.claimAndCompleteAs(january, DECIDE_ACTION, OWNER, "system-owner", Var.ACTION_TAKEN, "warn", Var.ACTION_NOTE, "书面警示，限期整改");
    runScoring(january);

    BpmnAwareTests.assertThat(january).isEnded().hasPassed(RECORD_DECISION, NOTIFY_VENDOR, ACTION_DECIDED);
    Evaluation decided = register.find(january.getBusinessKey()).orElseThrow();
    assertThat(decided.actionTaken()).isEqualTo("warn");
    assertThat(decided.actionNote()).isEqualTo("书面警示，限期整改");
    assertThat(decided.actionDecidedBy()).isEqualTo(OWNER);
    assertThat(driver.notificationTemplates(january.getBusinessKey())).containsExactly("evaluation-action");

    // two months below 50 in the contract year: replace the engineer (B-2.6.3), counted from the register
    ProcessInstance february = startByHand(start("oa", OA_ENGINEER, "2013-02"));
    driver.claimAndCompleteAs(february, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.SEVERE_FAULT), 1,
        Var.reason(ScoreItem.SEVERE_FAULT), "系统宕机");
    runScoring(february);
    ProcessInstance march = startByHand(start("oa", OA_ENGINEER, "2013-03"));
    driver.claimAndCompleteAs(march, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.SEVERE_FAULT), 1,
        Var.reason(ScoreItem.SEVERE_FAULT), "系统宕机");
    runScoring(march);

    Evaluation third = register.find(march.getBusinessKey()).orElseThrow();
    assertThat(third.score()).isEqualByComparingTo("40");
    assertThat(third.periodsBelow50()).isEqualTo(2);
    assertThat(third.action()).isEqualTo("replace-engineer");
    assertThat(variable(march, Var.ACTION)).isEqualTo("replace-engineer");
    driver.claimAndCompleteAs(march, DECIDE_ACTION, OWNER, "system-owner", Var.ACTION_TAKEN, "replace-engineer", Var.ACTION_NOTE,
        "要求服务商一周内更换驻场工程师");
    runScoring(march);
    assertThat(register.find(march.getBusinessKey()).orElseThrow().actionTaken()).isEqualTo("replace-engineer");
  }

  /** Moves the clock to {@code today} and scores an oa month of the engineer at 80 − 40 − 2 = 38. */
  ProcessInstance scoreOaMonthAt38(String period, LocalDate today) {
    ClockUtil.setCurrentTime(Date.from(today.atTime(9, 0).atZone(SHANGHAI).toInstant()));
    ProcessInstance pi = startByHand(start("oa", OA_ENGINEER, period));
    driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it", Var.count(ScoreItem.SEVERE_FAULT), 1,
        Var.reason(ScoreItem.SEVERE_FAULT), "系统宕机", Var.count(ScoreItem.LATE_OR_EARLY), 1,
        Var.reason(ScoreItem.LATE_OR_EARLY), "迟到一次");
    runScoring(pi);
    return pi;
  }

  @Test
  void shouldApplyTheOaRulesAcrossFirstJanuaryInTheContractYearAndDeductTheUnservedTimeOnTermination() {
    // oa's contract starts 1 July here (application-test.yaml, B-2.1 "具体开始日期以合同为准"): November 2041 to
    // March 2042 are one contract year (2041)
    scoreOaMonthAt38("2041-11", LocalDate.of(2041, 12, 2));
    scoreOaMonthAt38("2041-12", LocalDate.of(2042, 1, 3));
    ProcessInstance january = scoreOaMonthAt38("2042-01", LocalDate.of(2042, 2, 2));
    Evaluation jan = register.find(january.getBusinessKey()).orElseThrow();
    assertThat(jan.contractYear()).isEqualTo(2041);
    // B-2.6.3 "出现2个月的月评分低于50分的，采购方有权要求服务商更换驻场工程师": November and December count in January
    assertThat(jan.periodsBelow50()).isEqualTo(3);
    assertThat(jan.consecutiveBelow40()).isEqualTo(3);
    assertThat(jan.action()).isEqualTo("replace-engineer");

    // February 2042 is never scored; B-2.6.3 "出现连续4个月的月评分低于40分的，采购方有权中止服务合同" speaks of 月评分
    // only, so a month without one neither counts nor ends the run: March makes it four
    ProcessInstance march = scoreOaMonthAt38("2042-03", LocalDate.of(2042, 4, 2));
    Evaluation mar = register.find(march.getBusinessKey()).orElseThrow();
    assertThat(mar.consecutiveBelow40()).isEqualTo(4);
    assertThat(mar.action()).isEqualTo("terminate-contract");
    BpmnAwareTests.assertThat(march).isWaitingAt(DECIDE_ACTION);

    // "并扣除未能履行合同服务时间所对应的金额" (B-2.6.3): computed when the bureau decides, from that day to the end of
    // the 2-year service period (2042-06-30): 84 of the 365 days of contract year 2041 × 250000 = 57534.25
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2042, 4, 8, 10, 0).atZone(SHANGHAI).toInstant()));
    driver.claimAndCompleteAs(march, DECIDE_ACTION, OWNER, "system-owner", Var.ACTION_TAKEN, "terminate-contract", Var.ACTION_NOTE,
        "连续四个月低于 40 分，中止服务合同");
    runScoring(march);
    BpmnAwareTests.assertThat(march).isEnded().hasPassed(RECORD_DECISION, NOTIFY_VENDOR);
    Evaluation terminated = register.find(march.getBusinessKey()).orElseThrow();
    assertThat(terminated.terminationEffective()).isEqualTo(LocalDate.of(2042, 4, 8));
    assertThat(terminated.terminationDays()).isEqualTo(84);
    assertThat(terminated.terminationDeduction()).isEqualByComparingTo("57534.25");
    Scorecards.PeriodCard card = scorecards.scorecard("oa", OA_ENGINEER, 2041).periods().stream()
        .filter(p -> p.period().equals("2042-03")).findFirst().orElseThrow();
    assertThat(card.termination().deduction()).isEqualByComparingTo("57534.25");
    assertThat(scorecards.vendorScorecard("oa", 2041).terminations()).extracting(t -> t.period())
        .containsExactly("2042-03");
  }

  @Test
  void shouldRateInvoiceOnTheBureausSheetWithTheRecordsAsInformation() {
    EvaluationFixtures.slowTicket(jdbc, "INC-20140310-0001", "invoice", OA_ENGINEER, LocalDateTime.of(2014, 3, 10, 16, 0));
    ProcessInstance pi = startByHand(start("invoice", OA_ENGINEER, "2014-03"));

    BpmnAwareTests.assertThat(pi).isWaitingAt(RATE_INVOICE).hasPassed(PREFILL);
    assertThat((String) variable(pi, Var.INFORMATION)).contains("故障处理不及时", "INC-20140310-0001");
    assertThat(variable(pi, Var.prefilled(ScoreItem.FAULT_SLOW))).as("no item fields on the invoice sheet").isNull();
    assertThat((String) variable(pi, Var.INVOICE_SHEET)).as("pre-filled with the configured lines")
        .isEqualTo("overall,考核评级表总分,\n");
    assertThat((String) variable(pi, Var.INVOICE_SHEET_GUIDE)).isEqualTo("overall 考核评级表总分：满分 100");
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RATE_INVOICE, EVALUATOR, "bureau-it", Var.INVOICE_SHEET,
        "overall,考核评级表总分,101")).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.INVOICE_SHEET).hasMessageContaining("“考核评级表总分”（overall）的得分应在 0 至 100 之间");
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RATE_INVOICE, EVALUATOR, "bureau-it"))
        .as("the pre-filled lines without points").hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("未填得分");
    assertThatThrownBy(() -> driver.claimAndCompleteAs(pi, RATE_INVOICE, EVALUATOR, "bureau-it", Var.INVOICE_SHEET,
        "overall,考核评级表总分,90\n考核评级表总分：92")).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("填写了不止一次");

    driver.claimAndCompleteAs(pi, RATE_INVOICE, EVALUATOR, "bureau-it", Var.INVOICE_SHEET, "overall,考核评级表总分,92.5",
        Var.EVALUATOR_NOTE, "响应 28/30，解决 27/30，文档 18/20，服务 19.5/20");
    assertThat(variable(pi, Var.INVOICE_SCORE)).isEqualTo(92.5);
    runScoring(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(SCORED);
    Evaluation e = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(e.score()).isEqualByComparingTo("92.5");
    assertThat(e.action()).isEqualTo("none");
    List<Line> lines = register.lines(pi.getBusinessKey());
    assertThat(lines).extracting(Line::item).contains("fault-slow");
    assertThat(lines).filteredOn(Line::sheetLine).singleElement().satisfies(l -> {
      assertThat(l.item()).isEqualTo("overall");
      assertThat(l.explanation()).isEqualTo("考核评级表总分");
      assertThat(l.sheetPoints()).isEqualByComparingTo("92.5");
      assertThat(l.sheetMax()).isEqualByComparingTo("100");
    });
    Scorecards.PeriodCard card = scorecards.scorecard("invoice", OA_ENGINEER, 2014).periods().get(0);
    assertThat(card.sheetLines()).containsExactly(new Scorecards.SheetLineCard("overall", "考核评级表总分",
        new java.math.BigDecimal("92.5"), new java.math.BigDecimal("100.0")));
    assertThat(card.items()).as("invoice: only the items with records").extracting(Scorecards.ItemCard::item)
        .containsExactly("fault-slow");
  }

  @Test
  void shouldNeverScoreTheSamePeriodTwiceAndRefuseBadStarts() {
    ProcessInstance pi = startByHand(start("tips", TIPS_ENGINEER, "2015-Q2"));

    assertThatThrownBy(() -> startByHand(start("tips", TIPS_ENGINEER, "2015-Q2")))
        .hasRootCauseInstanceOf(EvaluationConflictException.class).hasMessageContaining(pi.getBusinessKey());
    assertThatThrownBy(() -> startByHand(start("tips", TIPS_ENGINEER, "2015-04")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("period");
    assertThatThrownBy(() -> startByHand(start("tips", OA_ENGINEER, "2015-Q2")))
        .as("not a tips resident engineer").hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("engineer");
    assertThatThrownBy(() -> startByHand(start("hr", TIPS_ENGINEER, "2015-Q2")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("contract");
    int nextYear = LocalDate.now(SHANGHAI).getYear() + 1;
    assertThatThrownBy(() -> startByHand(start("oa", OA_ENGINEER, nextYear + "-01")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("尚未结束");

    driver.claimAndCompleteAs(pi, SCORE_ITEMS, EVALUATOR, "bureau-it");
    runScoring(pi);
    assertThatThrownBy(() -> startByHand(start("tips", TIPS_ENGINEER, "2015-Q2")))
        .hasRootCauseInstanceOf(EvaluationConflictException.class).hasMessageContaining("已评分");
  }

  @Test
  void shouldFreeThePeriodWhenAnOpenEvaluationIsCancelled() {
    ProcessInstance pi = startByHand(start("oa", OA_ENGINEER, "2016-07"));
    assertThat(register.find("oa", OA_ENGINEER, "2016-07")).isPresent();

    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "误发起");

    assertThat(register.find("oa", OA_ENGINEER, "2016-07")).isEmpty();
    ProcessInstance again = startByHand(start("oa", OA_ENGINEER, "2016-07"));
    BpmnAwareTests.assertThat(again).isWaitingAt(SCORE_ITEMS);
  }

  @Test
  void shouldStartOneEvaluationPerResidentEngineerWhenAQuarterEnds() {
    // the quarter's oa evaluation of one engineer was already started by hand
    startByHand(start("oa", OA_ENGINEER, "2017-03"));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2017, 4, 1, 9, 0).atZone(SHANGHAI).toInstant()));
    Job timer = engine.getManagementService().createJobQuery().timers().activityId(TIMER_PERIOD_END).singleResult();
    assertThat(timer).as("the period-end timer").isNotNull();

    engine.getManagementService().executeJob(timer.getId());

    List<ProcessInstance> started = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ServiceEvaluationProcess.KEY).variableValueLike(Var.PERIOD, "2017-%").list();
    assertThat(started).extracting(p -> engine.getRuntimeService().getVariable(p.getId(), Var.CONTRACT) + "/"
        + engine.getRuntimeService().getVariable(p.getId(), Var.ENGINEER) + "/"
        + engine.getRuntimeService().getVariable(p.getId(), Var.PERIOD))
        .containsExactlyInAnyOrder("tips/demo-second-line/2017-Q1", "oa/demo-service-desk/2017-03",
            "oa/demo-second-line/2017-03", "invoice/demo-service-desk/2017-03");
    ProcessInstance tips = started.stream()
        .filter(p -> "tips".equals(engine.getRuntimeService().getVariable(p.getId(), Var.CONTRACT))).findFirst().orElseThrow();
    BpmnAwareTests.assertThat(tips).isWaitingAt(SCORE_ITEMS).hasPassed(START_DUE, PREFILL);
    assertThat(engine.getManagementService().createJobQuery().timers().activityId(TIMER_PERIOD_END).singleResult()
        .getDuedate()).as("next run").isAfter(ClockUtil.getCurrentTime());

    // a month that ends no quarter: oa and invoice only; a run that fires days late still finds its month
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2017, 5, 3, 14, 0).atZone(SHANGHAI).toInstant()));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().timers()
        .activityId(TIMER_PERIOD_END).singleResult().getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ServiceEvaluationProcess.KEY)
        .variableValueEquals(Var.PERIOD, "2017-04").count()).isEqualTo(3);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ServiceEvaluationProcess.KEY)
        .variableValueEquals(Var.PERIOD, "2017-Q2").count()).isZero();
  }
}
