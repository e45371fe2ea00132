package com.opsflow.change;

import static com.opsflow.change.ChangeProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.calendar.BusinessCycle;
import com.opsflow.change.ChangeProcess.Outcome;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.opsflow.training.TrainingProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 重大配置变更 (A-3.2.1.3, B-2.3.7) on every path: not feasible, test failed, approval sent back,
 * rejected, implemented and monitored for one business cycle, failed and rolled back (also a rollback
 * that needs a second attempt), a problem during monitoring, and the forward-schedule conflict shown to
 * the approvers.
 */
@OpsFlowProcessTest
class ChangeProcessTest {

  static final String AUTHOR = "demo-second-line";

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  ChangeRegister register;
  @Autowired
  BusinessCycle businessCycle;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    // Monday 2026-11-23 10:00 in Beijing
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T02:00:00Z")));
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  /**
   * A Tuesday night window on a day of its own, so that tests sharing the database never overlap by chance
   * (and the next day is a working day).
   */
  static String[] window() {
    LocalDate day = LocalDate.of(2027, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000))
        .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    return new String[] {day + "T22:00:00+08:00", day.plusDays(1) + "T02:00:00+08:00"};
  }

  static Map<String, Object> request(String system, String changeType, String summary) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, system);
    v.put(Var.CHANGE_TYPE, changeType);
    v.put(Var.SUMMARY, summary);
    v.put(Var.DESCRIPTION, "业务量增长，需调整配置");
    v.put(Var.REPORTER, "自治区税务局信息中心 王工");
    v.put(Var.REPORTER_EMAIL, "wang@tax.example.gov.cn");
    return v;
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return driver.startAs(ChangeProcess.KEY, AUTHOR, "second-line", variables);
  }

  private void assess(ProcessInstance pi, String scope, boolean interruption) {
    driver.complete(pi, ASSESS, Var.FEASIBILITY, Outcome.FEASIBLE, Var.IMPACT_SCOPE, scope, Var.SERVICE_INTERRUPTION, interruption,
        Var.ASSESSMENT, "可行；需厂商现场支持，风险可控");
  }

  private void writePlan(ProcessInstance pi) {
    driver.as(AUTHOR, "second-line", () -> driver.complete(pi, WRITE_PLAN, Var.PLAN, "1. 备份配置 2. 修改连接池上限 3. 重启服务",
        Var.ROLLBACK_PLAN, "恢复备份配置并重启服务，10 分钟内完成"));
  }

  private void testAndReview(ProcessInstance pi, String outcome) {
    driver.complete(pi, TEST_REVIEW, Var.TEST_OUTCOME, outcome, Var.TEST_RESULT, "测试环境压测 2 小时，无异常",
        Var.REVIEW_NOTE, "方案完整");
  }

  private void planImplementation(ProcessInstance pi, String[] window) {
    driver.complete(pi, PLAN_IMPLEMENTATION, Var.WINDOW_START, window[0], Var.WINDOW_END, window[1],
        Var.IMPLEMENTERS, "demo-second-line，厂商工程师李工", Var.RESOURCES, "测试环境一套，厂商远程支持");
  }

  /** From the request to the approval call. */
  private ProcessInstance toApproval(String system, String changeType, String scope, boolean interruption, String[] window) {
    ProcessInstance pi = start(request(system, changeType, "调整前置机连接池"));
    assess(pi, scope, interruption);
    writePlan(pi);
    testAndReview(pi, Outcome.PASSED);
    planImplementation(pi, window);
    BpmnAwareTests.assertThat(pi).isWaitingAt(APPROVE);
    return pi;
  }

  private ProcessInstance approval(ProcessInstance pi) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
  }

  private void decide(ProcessInstance pi, String group, String decision, String reason) {
    ProcessInstance approval = approval(pi);
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).taskCandidateGroup(group)
        .singleResult();
    assertThat(task).as("approval task of %s", group).isNotNull();
    String user = "demo-" + group;
    driver.as(user, group, () -> {
      engine.getTaskService().claim(task.getId(), user);
      Map<String, Object> form = new HashMap<>();
      form.put(ApprovalProcess.Var.DECISION, decision);
      if (reason != null) {
        form.put(ApprovalProcess.Var.DECISION_REASON, reason);
      }
      engine.getTaskService().complete(task.getId(), form);
    });
  }

  private void implementAndVerify(ProcessInstance pi, String outcome) {
    driver.fireTimer(pi, WINDOW);
    driver.complete(pi, IMPLEMENT, Var.IMPLEMENTATION_NOTE, "22:05 开始，22:40 完成，远程实施");
    driver.complete(pi, VERIFY, Var.VERIFY_OUTCOME, outcome, Var.VERIFY_NOTE,
        Outcome.SUCCEEDED.equals(outcome) ? "连接数和响应时间正常" : "重启后前置服务无法连接");
  }

  private List<String> events(ProcessInstance pi) {
    return tickets.events(pi.getBusinessKey()).stream().map(TicketEventRecord::eventType).toList();
  }

  private Object variable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  @Test
  void shouldApproveAMajorChangeByOwnerAndBureauImplementItInTheWindowMonitorOneBusinessCycleAndClose() {
    String[] window = window();
    ProcessInstance pi = toApproval("tips", "database", "multi-system", true, window);

    assertThat(pi.getBusinessKey()).matches("CHG-\\d{8}-\\d{4}");
    assertThat(variable(pi, Var.RISK_CLASS)).isEqualTo("major");
    assertThat(variable(pi, ApprovalProcess.In.GROUPS)).isEqualTo("system-owner,bureau-it");
    assertThat(variable(pi, ApprovalProcess.In.AUTHOR)).isEqualTo(AUTHOR);
    assertThat((String) variable(pi, ApprovalProcess.In.DOCUMENT)).contains("变更方案", "回退方案", "恢复备份配置",
        "测试环境压测", "实施人员", "厂商远程支持").doesNotContain("日程冲突");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("change-approval-requested");

    decide(pi, "system-owner", ApprovalProcess.APPROVE, null);
    decide(pi, "bureau-it", ApprovalProcess.APPROVE, null);

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_APPROVED).isWaitingAt(WINDOW);
    assertThat(driver.timerJob(pi, WINDOW).getDuedate().toInstant()).isEqualTo(Instant.parse(window[0]));
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ChangeStatus.APPROVED);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().approvedBy()).isEqualTo("demo-system-owner,demo-bureau-it");

    implementAndVerify(pi, Outcome.SUCCEEDED);
    Instant verifiedAt = ClockUtil.getCurrentTime().toInstant();
    // the window opened at 22:00, after working hours: one tips business cycle is the next working day
    assertThat(driver.timerJob(pi, MONITORING_CYCLE).getDuedate().toInstant())
        .isEqualTo(businessCycle.end("tips", verifiedAt))
        .isEqualTo(Instant.parse(window[0]).plusSeconds(24 * 3600).atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .toLocalDate().atTime(17, 30).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    driver.fireTimer(pi, MONITORING_CYCLE);
    driver.complete(pi, CONFIRM_MONITORING, Var.MONITORING_OUTCOME, Outcome.STABLE, Var.MONITORING_NOTE, "一个工作日扣款正常");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_IMPLEMENTED, CLOSE, START_TRAINING, CLOSED);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ChangeStatus.CLOSED);
    // B-2.3.12: "在新系统上线，或应用系统技术、业务发生重大变更时必须进行" — the training starts by itself
    ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TrainingProcess.KEY).variableValueEquals(TrainingProcess.Var.SOURCE_TICKET, pi.getBusinessKey())
        .singleResult();
    assertThat(training).isNotNull();
    assertThat(training.getBusinessKey()).matches("TRN-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(training).isWaitingAt(TrainingProcess.Element.PLAN);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), TrainingProcess.Var.SYSTEM)).isEqualTo("tips");
    assertThat((String) engine.getRuntimeService().getVariable(training.getId(), TrainingProcess.Var.TRAINING_REASON))
        .contains(pi.getBusinessKey(), "重大变更");
    assertThat(events(pi)).contains("training-started");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(events(pi)).containsSubsequence("registered", "change-assessed", "change-classified", "approval-requested",
        "approval-approved", "approval-approved", "approval-concluded", "change-implemented", "closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("change-approved", "change-closed");

    // every decision, approval included, stays in the history with who and when
    HistoricDecisionInstance risk = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(pi.getId()).decisionDefinitionKey(ChangeProcess.DECISION).includeOutputs().singleResult();
    assertThat(risk.getOutputs()).anySatisfy(o -> assertThat(o.getValue()).isEqualTo("major"));
    assertThat(risk.getEvaluationTime()).isNotNull();
    String approvalId = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult().getId();
    List<HistoricTaskInstance> approvals = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(approvalId).finished().list();
    assertThat(approvals).extracting(HistoricTaskInstance::getAssignee)
        .containsExactlyInAnyOrder("demo-system-owner", "demo-bureau-it");
    assertThat(approvals).allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(approvalId)
        .variableName(ApprovalProcess.Var.DECISION).list()).filteredOn(v -> v.getTaskId() != null)
        .extracting(v -> v.getValue()).containsOnly(ApprovalProcess.APPROVE).hasSize(2);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(WRITE_PLAN).singleResult().getEndTime()).isNotNull();
  }

  @Test
  void shouldCloseAStandardChangeWithoutStartingATraining() {
    ProcessInstance pi = toApproval("tips", "application", "node", false, window());
    assertThat(variable(pi, Var.RISK_CLASS)).isNotEqualTo("major");
    for (String group : variable(pi, ApprovalProcess.In.GROUPS).toString().split(",")) {
      decide(pi, group, ApprovalProcess.APPROVE, null);
    }
    implementAndVerify(pi, Outcome.SUCCEEDED);
    driver.fireTimer(pi, MONITORING_CYCLE);
    driver.complete(pi, CONFIRM_MONITORING, Var.MONITORING_OUTCOME, Outcome.STABLE, Var.MONITORING_NOTE, "运行平稳");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(MAJOR_CHANGE, CLOSED).hasNotPassed(START_TRAINING);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TrainingProcess.KEY)
        .variableValueEquals(TrainingProcess.Var.SOURCE_TICKET, pi.getBusinessKey()).count()).isZero();
  }

  @Test
  void shouldCloseAChangeThatIsNotFeasible() {
    ProcessInstance pi = start(request("oa", "os", "升级操作系统内核"));
    driver.complete(pi, ASSESS, Var.FEASIBILITY, Outcome.NOT_FEASIBLE, Var.IMPACT_SCOPE, "system", Var.SERVICE_INTERRUPTION, true,
        Var.ASSESSMENT, "现有硬件不支持新内核");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(NOT_FEASIBLE).hasNotPassed(RISK);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ChangeStatus.NOT_FEASIBLE);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("change-not-feasible");
  }

  @Test
  void shouldSendThePlanBackWhenTestingFailsAndWhenAnApproverAsksForRework() {
    ProcessInstance pi = start(request("invoice", "middleware", "调整中间件线程池"));
    assess(pi, "node", false);
    assertThat(variable(pi, Var.RISK_CLASS)).isEqualTo("standard");
    writePlan(pi);
    testAndReview(pi, Outcome.FAILED);
    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_PLAN);
    writePlan(pi);
    testAndReview(pi, Outcome.PASSED);
    planImplementation(pi, window());

    decide(pi, "team-lead", ApprovalProcess.REWORK, "回退方案未说明数据如何恢复");
    BpmnAwareTests.assertThat(pi).isWaitingAt(WRITE_PLAN);
    assertThat(variable(pi, ApprovalProcess.Out.OUTCOME)).isEqualTo(ApprovalProcess.SENT_BACK);
    assertThat((String) variable(pi, ApprovalProcess.Out.REASON)).contains("回退方案未说明数据如何恢复");

    writePlan(pi);
    testAndReview(pi, Outcome.PASSED);
    planImplementation(pi, window());
    decide(pi, "team-lead", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(WINDOW);
    assertThat(events(pi)).containsSubsequence("approval-rework", "approval-concluded", "approval-requested",
        "approval-approved");
  }

  @Test
  void shouldCloseARejectedChangeAndTellTheRequester() {
    ProcessInstance pi = toApproval("oa", "application", "system", false, window());
    assertThat(variable(pi, ApprovalProcess.In.GROUPS)).isEqualTo("team-lead,system-owner");

    decide(pi, "team-lead", ApprovalProcess.APPROVE, null);
    decide(pi, "system-owner", ApprovalProcess.REJECT, "月末征期，暂缓变更");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_REJECTED, REJECTED);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ChangeStatus.REJECTED);
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("closed")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("月末征期，暂缓变更"));
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> e.eventType().equals("approval-rejected"))
        .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("demo-system-owner"));
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("change-rejected");

    // both decisions stay in the history: who decided what, with the reason, and when
    String approvalId = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult().getId();
    List<HistoricTaskInstance> decided = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(approvalId).finished().orderByHistoricTaskInstanceEndTime().asc().list();
    assertThat(decided).extracting(HistoricTaskInstance::getAssignee).containsExactly("demo-team-lead", "demo-system-owner");
    assertThat(decided).allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
    Map<String, Object> rejection = new HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(decided.get(1).getId()).list()
        .forEach(v -> rejection.put(v.getName(), v.getValue()));
    assertThat(rejection).containsEntry(ApprovalProcess.Var.DECISION, ApprovalProcess.REJECT)
        .containsEntry(ApprovalProcess.Var.DECISION_REASON, "月末征期，暂缓变更")
        .containsEntry(ApprovalProcess.Var.DECIDED_BY, "demo-system-owner");
  }

  @Test
  void shouldRollBackAFailedChangeUntilTheRollbackIsVerified() {
    ProcessInstance pi = toApproval("tips", "host", "node", false, window());
    decide(pi, "team-lead", ApprovalProcess.APPROVE, null);
    implementAndVerify(pi, Outcome.FAILED);

    BpmnAwareTests.assertThat(pi).isWaitingAt(ROLL_BACK);
    driver.complete(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "恢复备份配置");
    driver.complete(pi, VERIFY_ROLLBACK, Var.ROLLBACK_OUTCOME, Outcome.NOT_RESTORED, Var.ROLLBACK_VERIFY_NOTE,
        "前置服务仍无法连接");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ROLL_BACK);
    driver.complete(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "恢复主机快照");
    driver.complete(pi, VERIFY_ROLLBACK, Var.ROLLBACK_OUTCOME, Outcome.RESTORED, Var.ROLLBACK_VERIFY_NOTE, "已恢复，扣款正常");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_ROLLED_BACK, ROLLED_BACK).hasNotPassed(MONITORING_CYCLE);
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ChangeStatus.ROLLED_BACK);
    assertThat(events(pi)).contains("change-rolled-back", "closed").doesNotContain("change-implemented");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("change-rolled-back");
  }

  @Test
  void shouldRollBackWhenMonitoringFindsAProblem() {
    ProcessInstance pi = toApproval("oa", "middleware", "node", false, window());
    decide(pi, "team-lead", ApprovalProcess.APPROVE, null);
    implementAndVerify(pi, Outcome.SUCCEEDED);
    driver.fireTimer(pi, MONITORING_CYCLE);
    driver.complete(pi, CONFIRM_MONITORING, Var.MONITORING_OUTCOME, Outcome.PROBLEM, Var.MONITORING_NOTE,
        "公文签收偶发超时");
    driver.complete(pi, ROLL_BACK, Var.ROLLBACK_NOTE, "恢复原线程池配置");
    driver.complete(pi, VERIFY_ROLLBACK, Var.ROLLBACK_OUTCOME, Outcome.RESTORED, Var.ROLLBACK_VERIFY_NOTE, "签收正常");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_IMPLEMENTED, RECORD_ROLLED_BACK).hasNotPassed(CLOSE);
    assertThat(events(pi)).containsSubsequence("change-implemented", "change-rolled-back");
  }

  @Test
  void shouldFlagAnOverlappingApprovedChangeOfTheSameSystemBeforeApproval() {
    String[] window = window();
    ProcessInstance first = toApproval("tips", "network", "node", false, window);
    decide(first, "team-lead", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(first).isWaitingAt(WINDOW);

    String[] overlapping = {window[0].replace("T22:00", "T23:30"), window[1].replace("T02:00", "T03:00")};
    ProcessInstance other = toApproval("oa", "network", "node", false, overlapping);
    assertThat((String) variable(other, Var.SCHEDULE_CONFLICTS)).isEmpty();

    ProcessInstance second = toApproval("tips", "database", "node", false, overlapping);
    String conflicts = (String) variable(second, Var.SCHEDULE_CONFLICTS);
    assertThat(conflicts).contains(first.getBusinessKey(), "已批准");
    assertThat((String) variable(second, ApprovalProcess.In.DOCUMENT)).startsWith("【日程冲突】").contains(first.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(approval(second).getId(), ApprovalProcess.In.DOCUMENT).toString())
        .contains("【日程冲突】", first.getBusinessKey());
    assertThat(events(second)).contains("change-schedule-conflict");
    assertThat(register.find(second.getBusinessKey()).orElseThrow().scheduleConflicts()).contains(first.getBusinessKey());
  }

  @Test
  void shouldFlagAChangeApprovedMeanwhileForAnOverlappingWindowWhenApproving() {
    String[] window = window();
    ProcessInstance first = toApproval("invoice", "host", "node", false, window);
    ProcessInstance second = toApproval("invoice", "os", "node", false, window);
    assertThat((String) variable(second, Var.SCHEDULE_CONFLICTS)).isEmpty();

    decide(first, "team-lead", ApprovalProcess.APPROVE, null);
    decide(second, "team-lead", ApprovalProcess.APPROVE, null);

    assertThat(events(first)).doesNotContain("change-schedule-conflict");
    assertThat((String) variable(second, Var.SCHEDULE_CONFLICTS)).contains(first.getBusinessKey());
    assertThat(tickets.events(second.getBusinessKey())).filteredOn(e -> e.eventType().equals("change-schedule-conflict"))
        .singleElement().satisfies(e -> assertThat(e.detail()).contains("审批期间", first.getBusinessKey()));
  }

  @Test
  void shouldRefuseAWindowThatEndsBeforeItStarts() {
    ProcessInstance pi = start(request("tips", "storage", "扩容存储卷"));
    assess(pi, "node", false);
    writePlan(pi);
    testAndReview(pi, Outcome.PASSED);
    String[] window = window();

    Throwable refused = catchThrowable(() -> planImplementation(pi, new String[] {window[1], window[0]}));
    assertThat(refused).hasMessageContaining(Var.WINDOW_END);
    BpmnAwareTests.assertThat(pi).isWaitingAt(PLAN_IMPLEMENTATION);
  }
}
