package com.opsflow.risk;

import static com.opsflow.risk.RiskReviewProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.risk.ContingencyPlanRegister.Plan;
import com.opsflow.risk.RiskReviewProcess.Var;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.ScheduledOperationsProcessTest;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * C 系统风险排查 and C 系统故障响应要求 2: a quarterly risk review of the invoice system on the business calendar, risks
 * surveyed by type, a contingency plan per fault level written as a new version, approved by someone other than its
 * author (the register's author), rehearsed, and revised when the rehearsal failed.
 */
@ScheduledOperationsProcessTest
class RiskReviewProcessTest {

  static final String EXPERT = "demo-second-line";
  static final String LEAD = "demo-team-lead";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RiskReviewRegister reviews;
  @Autowired
  ContingencyPlanRegister plans;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  TicketService tickets;
  ScheduleDriver ticks;

  @BeforeEach
  void setUp() {
    init(engine);
    ticks = new ScheduleDriver(engine, RiskReviewProcess.KEY);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  static String newKey() {
    return "invoice-db-" + Long.toString(System.nanoTime(), 36);
  }

  ProcessInstance quarterRun(LocalDate day) {
    ticks.tick(day.atTime(8, 0));
    int quarter = (day.getMonthValue() - 1) / 3 + 1;
    return ticks.run(RiskReviewProcess.QUARTERLY, "invoice", day.getYear() + "-Q" + quarter);
  }

  static Map<String, Object> risk(String type, boolean more) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.RISK_TYPE, type);
    v.put(Var.RISK_DESCRIPTION, "发票库归档表空间增长快，季度末可能写满");
    v.put(Var.LIKELIHOOD, "medium");
    v.put(Var.IMPACT, "high");
    v.put(Var.MITIGATION, "每周检查表空间，提前扩容；归档历史分区");
    v.put(Var.MORE_RISKS, more);
    return v;
  }

  static Map<String, Object> plan(String key, String content) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.PLAN_KEY, key);
    v.put(Var.PLAN_TITLE, "发票数据库宕机专项应急预案");
    v.put(Var.FAULT_LEVEL, "P1");
    v.put(Var.PLAN_CONTENT, content);
    return v;
  }

  static Map<String, Object> decision(String outcome, String comment) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.APPROVAL_OUTCOME, outcome);
    if (comment != null) {
      v.put(Var.APPROVAL_COMMENT, comment);
    }
    return v;
  }

  static Map<String, Object> rehearsal(LocalDate on, String result, String problems) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.REHEARSED_ON, on.toString());
    v.put(Var.PARTICIPANTS, "二线 2 人、采购方系统管理员 1 人");
    v.put(Var.REHEARSAL_RESULT, result);
    if (problems != null) {
      v.put(Var.REHEARSAL_PROBLEMS, problems);
    }
    return v;
  }

  void surveyOneRisk(ProcessInstance run) {
    ticks.complete(run, SURVEY, EXPERT, "second-line", risk("data", false));
  }

  @Test
  void shouldStartTheQuarterlyReviewOnAMakeUpSaturdayAfterTheHolidayAndOnlyOnce() {
    LocalDate first = LocalDate.of(2041, 10, 1); // Tuesday
    LocalDate makeUpSaturday = LocalDate.of(2041, 10, 5);
    for (LocalDate day = first; day.isBefore(makeUpSaturday); day = day.plusDays(1)) {
      calendar.saveDay(day, DayType.HOLIDAY, "国庆节", "test");
    }
    calendar.saveDay(makeUpSaturday, DayType.WORKDAY, "国庆节调休", "test");
    try {
      ticks.tick(first.atTime(8, 0));
      ticks.tick(first.plusDays(3).atTime(8, 0));
      assertThat(ticks.runsEver(RiskReviewProcess.QUARTERLY, "invoice", "2041-Q4")).as("holidays").isZero();

      ticks.tick(makeUpSaturday.atTime(8, 0));
      ticks.tickAgain(makeUpSaturday.atTime(15, 0));
      ticks.tick(makeUpSaturday.plusDays(2).atTime(8, 0));

      ProcessInstance run = ticks.run(RiskReviewProcess.QUARTERLY, "invoice", "2041-Q4");
      assertThat(run.getBusinessKey()).matches("RSK-\\d{8}-\\d{4}");
      assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.DUE_ON))
          .isEqualTo(makeUpSaturday.toString());
      BpmnAwareTests.assertThat(run).isWaitingAt(SURVEY);
      assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, SURVEY).getId()))
          .anyMatch(l -> "second-line".equals(l.getGroupId()));
      for (String other : List.of("tips", "oa")) {
        assertThat(ticks.runsEver(RiskReviewProcess.QUARTERLY, other, "2041-Q4")).as(other).isZero();
      }
      assertThat(tickets.find(run.getBusinessKey()).orElseThrow().summary()).contains("风险排查", "2041-Q4", "发票系统");
    } finally {
      for (LocalDate day = first; !day.isAfter(makeUpSaturday); day = day.plusDays(1)) {
        calendar.deleteDay(day);
      }
    }
  }

  @Test
  void shouldSurveyRisksByTypeWriteApproveAndRehearseAPlanAndClose() {
    LocalDate day = LocalDate.of(2042, 1, 2);
    ProcessInstance run = quarterRun(day);
    String key = newKey();

    ticks.complete(run, SURVEY, EXPERT, "second-line", risk("data", true));
    BpmnAwareTests.assertThat(run).isWaitingAt(SURVEY);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.RISK_TYPE)).as("next risk starts empty").isNull();
    ticks.complete(run, SURVEY, EXPERT, "second-line", risk("network", false));
    assertThat((String) engine.getRuntimeService().getVariable(run.getId(), Var.RISKS_SO_FAR))
        .contains("1. [数据]", "2. [网络]", "可能性中", "影响高");

    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "1. 切换到备库；2. 通知指定联系人"));
    BpmnAwareTests.assertThat(run).isWaitingAt(APPROVE_PLAN);
    assertThat(engine.getTaskService().getIdentityLinksForTask(ticks.task(run, APPROVE_PLAN).getId()))
        .extracting(l -> l.getGroupId()).contains("second-line", "team-lead");
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("approved", "同意"));
    ticks.complete(run, REHEARSE, EXPERT, "second-line", rehearsal(day, "passed", null));
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(WRITE_PLAN, APPROVE_PLAN, REHEARSE, CLOSE, END);
    assertThat(reviews.risks(run.getBusinessKey())).extracting(RiskReviewRegister.Risk::type)
        .containsExactly("data", "network");
    assertThat(reviews.risks(run.getBusinessKey())).allMatch(r -> EXPERT.equals(r.surveyedBy()));
    assertThat(reviews.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    Plan plan = plans.find(key, 1).orElseThrow();
    assertThat(plan.system()).isEqualTo("invoice");
    assertThat(plan.faultLevel()).isEqualTo("P1");
    assertThat(plan.author()).isEqualTo(EXPERT);
    assertThat(plan.approved()).isTrue();
    assertThat(plan.approvedBy()).isEqualTo(LEAD);
    assertThat(plan.approvedAt()).isNotNull();
    assertThat(plan.lastRehearsedAt()).isEqualTo(day);
    assertThat(plans.rehearsals(key)).singleElement().satisfies(r -> {
      assertThat(r.result()).isEqualTo("passed");
      assertThat(r.participants()).contains("采购方系统管理员");
      assertThat(r.recordedBy()).isEqualTo(EXPERT);
    });
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.events(run.getBusinessKey())).extracting(TicketEventRecord::eventType)
        .contains("contingency-plan-written", "contingency-plan-approved", "contingency-plan-rehearsed");
  }

  @Test
  void shouldKeepTheAuthorFromApprovingTheirOwnVersionEvenWithTheAuthorVariableRewritten() {
    ProcessInstance run = quarterRun(LocalDate.of(2042, 4, 2));
    surveyOneRisk(run);
    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(newKey(), "处置步骤"));

    assertThatThrownBy(() -> ticks.complete(run, APPROVE_PLAN, EXPERT, "second-line", decision("approved", null)))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("编写人不能审批自己的预案");
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE_PLAN).getId(), null);
    engine.getRuntimeService().setVariable(run.getId(), Var.PLAN_AUTHOR, "someone-else");
    assertThatThrownBy(() -> ticks.complete(run, APPROVE_PLAN, EXPERT, "second-line", decision("approved", null)))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining(EXPERT);
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE_PLAN).getId(), null);
    engine.getRuntimeService().removeVariable(run.getId(), Var.PLAN_AUTHOR);
    assertThatThrownBy(() -> ticks.complete(run, APPROVE_PLAN, EXPERT, "second-line", decision("approved", null)))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class);

    BpmnAwareTests.assertThat(run).isWaitingAt(APPROVE_PLAN);
    assertThat(plans.draftOf(run.getBusinessKey())).get().extracting(Plan::status).isEqualTo("draft");
  }

  @Test
  void shouldWriteASentBackPlanAsANewVersionAndLeaveTheOldOneAsItWas() {
    LocalDate day = LocalDate.of(2042, 7, 2);
    ProcessInstance run = quarterRun(day);
    String key = newKey();
    surveyOneRisk(run);
    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "第一稿"));

    assertThatThrownBy(() -> ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("rework", null)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.APPROVAL_COMMENT);
    engine.getTaskService().setAssignee(ticks.task(run, APPROVE_PLAN).getId(), null);
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("rework", "缺少回退步骤"));
    BpmnAwareTests.assertThat(run).isWaitingAt(WRITE_PLAN);
    assertThat((String) engine.getRuntimeService().getVariable(run.getId(), Var.EXISTING_PLANS))
        .contains(key + " 第 1 版", "已退回修订");

    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "第二稿，含回退步骤"));
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.PLAN_VERSION)).isEqualTo(2);
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("approved", null));
    ticks.complete(run, REHEARSE, EXPERT, "second-line", rehearsal(day, "passed-with-problems", "联系人电话有一处过期"));
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded();
    Plan first = plans.find(key, 1).orElseThrow();
    assertThat(first.content()).isEqualTo("第一稿");
    assertThat(first.status()).isEqualTo("rework");
    assertThat(first.approvedBy()).isNull();
    assertThat(first.decisionComment()).contains(LEAD, "缺少回退步骤");
    assertThat(first.lastRehearsedAt()).isNull();
    Plan second = plans.find(key, 2).orElseThrow();
    assertThat(second.content()).isEqualTo("第二稿，含回退步骤");
    assertThat(second.approvedBy()).isEqualTo(LEAD);
    assertThat(second.lastRehearsedAt()).isEqualTo(day);
    assertThat(plans.versions(key)).extracting(Plan::version).containsExactly(2, 1);
    assertThat(plans.latestApproved(key)).get().extracting(Plan::version).isEqualTo(2);
  }

  @Test
  void shouldReviseThePlanWhenTheRehearsalFailedAndRehearseTheNewVersion() {
    LocalDate day = LocalDate.of(2042, 10, 8);
    ProcessInstance run = quarterRun(day);
    String key = newKey();
    surveyOneRisk(run);
    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "切换备库"));
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("approved", null));
    ticks.complete(run, REHEARSE, EXPERT, "second-line", rehearsal(day.minusDays(1), "failed", "备库切换脚本缺少权限"));

    BpmnAwareTests.assertThat(run).isWaitingAt(WRITE_PLAN);
    assertThat(engine.getRuntimeService().getVariable(run.getId(), Var.REHEARSAL_PROBLEMS)).isEqualTo("备库切换脚本缺少权限");
    assertThat(plans.find(key, 1).orElseThrow().lastRehearsedAt()).isEqualTo(day.minusDays(1));

    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "切换备库（先授予脚本权限）"));
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("approved", null));
    ticks.complete(run, REHEARSE, EXPERT, "second-line", rehearsal(day, "passed", null));
    ticks.runAsyncSteps(run);

    BpmnAwareTests.assertThat(run).isEnded().hasPassed(CLOSE);
    assertThat(plans.rehearsals(key)).extracting(ContingencyPlanRegister.Rehearsal::result)
        .containsExactly("passed", "failed");
    assertThat(plans.find(key, 1).orElseThrow().approved()).as("the old version keeps its approval").isTrue();
    assertThat(tickets.find(run.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldRefuseBadRisksPlansAndRehearsalsNamingTheField() {
    LocalDate day = LocalDate.of(2043, 1, 3);
    ProcessInstance run = quarterRun(day);
    Map<String, Object> badType = risk("weather", false);
    assertThatThrownBy(() -> ticks.complete(run, SURVEY, EXPERT, "second-line", badType))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.RISK_TYPE);
    Map<String, Object> noMitigation = risk("data", false);
    noMitigation.remove(Var.MITIGATION);
    assertThatThrownBy(() -> ticks.complete(run, SURVEY, EXPERT, "second-line", noMitigation))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.MITIGATION);
    assertThat(reviews.risks(run.getBusinessKey())).isEmpty();
    surveyOneRisk(run);

    assertThatThrownBy(() -> ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan("Bad Key!", "x")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.PLAN_KEY);
    Map<String, Object> badLevel = plan(newKey(), "x");
    badLevel.put(Var.FAULT_LEVEL, "P9");
    assertThatThrownBy(() -> ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", badLevel))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.FAULT_LEVEL);
    String key = newKey();
    ticks.complete(run, WRITE_PLAN, EXPERT, "second-line", plan(key, "步骤"));
    ticks.complete(run, APPROVE_PLAN, LEAD, "team-lead", decision("approved", null));

    assertThatThrownBy(() -> ticks.complete(run, REHEARSE, EXPERT, "second-line",
        rehearsal(day.plusDays(1), "passed", null))).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining(Var.REHEARSED_ON);
    assertThatThrownBy(() -> ticks.complete(run, REHEARSE, EXPERT, "second-line", rehearsal(day, "failed", null)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(Var.REHEARSAL_PROBLEMS);
    BpmnAwareTests.assertThat(run).isWaitingAt(REHEARSE);
    assertThat(plans.rehearsals(key)).isEmpty();
    assertThat(plans.find(key, 1).orElseThrow().lastRehearsedAt()).isNull();
  }

  @Test
  void shouldStartByHandForTheInvoiceSystemAndRefuseASystemWithoutARiskReview() {
    LocalDate day = LocalDate.of(2043, 5, 6);
    ScheduleDriver.clockAt(day.atTime(9, 0));

    ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "invoice",
        ScheduleVariables.SCHEDULE, RiskReviewProcess.QUARTERLY));
    ProcessInstance run = ticks.run(RiskReviewProcess.QUARTERLY, "invoice", "2043-Q2");
    assertThat(engine.getRuntimeService().getVariable(run.getId(), ScheduleVariables.STARTED_BY)).isEqualTo(EXPERT);
    assertThat((String) engine.getRuntimeService().getVariable(run.getId(), Var.EXISTING_PLANS)).isNotBlank();

    assertThatThrownBy(() -> ticks.startByHand(EXPERT, "second-line", Map.of(ScheduleVariables.SYSTEM, "oa",
        ScheduleVariables.SCHEDULE, RiskReviewProcess.QUARTERLY))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("schedule");
  }
}
