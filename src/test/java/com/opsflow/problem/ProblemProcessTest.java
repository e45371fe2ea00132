package com.opsflow.problem;

import static com.opsflow.problem.ProblemProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Program and requirement problems (B-2.3.4, B-2.3.5): both paths, review, approval, vendor hand-off and its clocks. */
@OpsFlowProcessTest
class ProblemProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ProblemService problems;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketTime time;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  static Map<String, Object> program() {
    Map<String, Object> v = new HashMap<>();
    v.put("problemType", "program");
    v.put("system", "tips");
    v.put("summary", "批量扣款回执处理超时");
    v.put("description", "月末高峰期批量扣款回执处理超过 30 分钟，税务端状态长时间为处理中");
    return v;
  }

  static Map<String, Object> requirement(String systems) {
    Map<String, Object> v = new HashMap<>();
    v.put("problemType", "requirement");
    v.put("system", "oa");
    v.put("systems", systems);
    v.put("summary", "公文系统增加电子签章");
    v.put("description", "办公室要求公文发文增加电子签章，并与发票系统的签章服务共用");
    return v;
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return engine.getRuntimeService().createProcessInstanceByKey(ProblemProcess.KEY).setVariables(variables).execute();
  }

  private String incident() {
    String number = "INC-20261123-" + (1000 + (int) (Math.random() * 8999)) + UUID.randomUUID().toString().substring(0, 2)
        .replaceAll("[^0-9]", "7");
    tickets.register(new NewTicket(number, "incident", null, "tips", "hotline", "李明", null, "扣款状态不明", "",
        "office", "medium", false, "demo-service-desk"));
    return number;
  }

  private void programAnalysis(ProcessInstance pi) {
    driver.complete(pi, COMMUNICATE_PROGRAM, "communicationNote", "与办税服务厅确认：月末高峰出现");
    driver.complete(pi, REPRODUCE, "userEnvironment", "Windows 10，IE 11 兼容模式", "testEnvironment", "测试环境 TIPS-T2", "reproduceSteps", "模拟 5 万笔批量扣款，回执处理 35 分钟",
        "reproduceOutcome", "reproduced");
    driver.complete(pi, ANALYSE_PROGRAM, "rootCause", "回执处理单线程，锁等待");
    driver.complete(pi, WORKAROUND, "workaround", "高峰期分批提交扣款");
  }

  private void handOver(ProcessInstance pi, String channel, String dueDate) {
    driver.complete(pi, HAND_OVER, "vendorChannel", channel, "vendorDueDate", dueDate, "handOverNote", "附测试环境日志");
  }

  private void vendorAnswers(ProcessInstance pi, String task) {
    driver.complete(pi, task, "vendorReference", "V-2026-118", "fixVersion", "TIPS 3.2.1 补丁 7",
        "plannedDate", "2026-12-10", "vendorAnswer", "回执处理改为并行，补丁 7 修复");
  }

  private void trackVerifyReport(ProcessInstance pi) {
    driver.complete(pi, TRACK_FIX, "trackingNote", "补丁已部署测试环境");
    driver.complete(pi, VERIFY_FIX, "fixOutcome", "verified");
    driver.complete(pi, REPORT, "reportSymptom", "月末批量扣款回执超时", "reportCause", "回执处理单线程",
        "reportWorkaround", "高峰期分批提交", "finalSolution", "升级补丁 7，回执并行处理", "reportVendorAnswer", "补丁 7 已修复");
  }

  @Test
  void shouldReproduceAnalyseHandOverToVendorAndResolveAProgramProblem() {
    String incident = incident();
    Map<String, Object> v = program();
    v.put("linkedIncidents", incident);
    ProcessInstance pi = start(v);

    assertThat(pi.getBusinessKey()).matches("PRB-\\d{8}-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(COMMUNICATE_PROGRAM).task().hasCandidateGroup("second-line");
    programAnalysis(pi);
    Problem analysed = problems.find(pi.getBusinessKey()).orElseThrow();
    assertThat(analysed.rootCause()).isEqualTo("回执处理单线程，锁等待");
    assertThat(analysed.workaround()).isEqualTo("高峰期分批提交扣款");

    BpmnAwareTests.assertThat(pi).isWaitingAt(HAND_OVER).task().hasCandidateGroup("second-line");
    handOver(pi, "tasklist", null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(VENDOR_ANSWER).task().hasCandidateGroup("vendor");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactlyInAnyOrder("problem-confirmed",
        "problem-vendor-handover");
    vendorAnswers(pi, VENDOR_ANSWER);
    trackVerifyReport(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_RESOLVED, NOTIFY_LINKED_INCIDENTS, END_RESOLVED);
    Problem resolved = problems.find(pi.getBusinessKey()).orElseThrow();
    assertThat(resolved.status()).isEqualTo("resolved");
    assertThat(resolved.resolvedAt()).isNotNull();
    assertThat(resolved.vendorFixVersion()).isEqualTo("TIPS 3.2.1 补丁 7");
    assertThat(resolved.vendorPlannedDate()).isEqualTo(LocalDate.of(2026, 12, 10));
    assertThat(resolved.report()).isEqualTo(new Problem.Report("月末批量扣款回执超时", "回执处理单线程", "高峰期分批提交",
        "升级补丁 7，回执并行处理", "补丁 7 已修复"));
    // the linked incident has no followup waiting: it is noted, the problem does not fail
    assertThat(problems.incidents(pi.getBusinessKey())).singleElement()
        .satisfies(l -> assertThat(l.notifyResult()).isEqualTo("noted-not-waiting"));
    assertThat(tickets.find(incident).orElseThrow().problemNumber()).isEqualTo(pi.getBusinessKey());
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("problem-resolved");
  }

  @Test
  void shouldPrefillTheReportFromAnalysisAndVendorAnswer() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    handOver(pi, "tasklist", null);
    vendorAnswers(pi, VENDOR_ANSWER);

    Map<String, Object> vars = engine.getRuntimeService().getVariables(pi.getId());
    assertThat(vars).containsEntry("reportCause", "回执处理单线程，锁等待").containsEntry("reportWorkaround", "高峰期分批提交扣款")
        .containsEntry("reportSymptom", program().get("description"));
    assertThat((String) vars.get("reportVendorAnswer")).contains("TIPS 3.2.1 补丁 7", "2026-12-10");
  }

  @Test
  void shouldLetSecondLineRecordTheVendorsAnswerReceivedByMail() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    handOver(pi, "mail", null);

    BpmnAwareTests.assertThat(pi).isWaitingAt(RECORD_MAIL_ANSWER).task().hasCandidateGroup("second-line");
    vendorAnswers(pi, RECORD_MAIL_ANSWER);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TRACK_FIX);
    assertThat(problems.find(pi.getBusinessKey()).orElseThrow().vendorAnswer()).isEqualTo("回执处理改为并行，补丁 7 修复");
  }

  @Test
  void shouldSendTheFixBackToTheVendorWhenVerificationFails() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    handOver(pi, "tasklist", null);
    vendorAnswers(pi, VENDOR_ANSWER);
    driver.complete(pi, TRACK_FIX, "trackingNote", "补丁已部署测试环境");
    driver.complete(pi, VERIFY_FIX, "fixOutcome", "failed", "fixVerificationNote", "高峰模拟仍超时");

    BpmnAwareTests.assertThat(pi).isWaitingAt(VENDOR_ANSWER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactlyInAnyOrder("problem-confirmed",
        "problem-vendor-handover", "problem-vendor-handover");
  }

  @Test
  void shouldRemindTheVendorAtTheDeadlineAndEscalateWhenStillOverdue() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    LocalDate due = time.today().plusDays(3);
    handOver(pi, "tasklist", due.toString());

    Date reminderDue = driver.timerJob(pi, VENDOR_REMINDER).getDuedate();
    assertThat(time.local(reminderDue.toInstant())).isEqualTo(due.atTime(17, 30));
    driver.fireTimer(pi, VENDOR_REMINDER);
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_VENDOR_OVERDUE, REMIND_VENDOR).isWaitingAt(VENDOR_ANSWER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("problem-vendor-reminder");
    assertThat(problems.find(pi.getBusinessKey()).orElseThrow().vendorRemindedAt()).isNotNull();

    Date escalationDue = driver.timerJob(pi, VENDOR_ESCALATION).getDuedate();
    assertThat(Duration.between(reminderDue.toInstant(), escalationDue.toInstant())).isEqualTo(Duration.ofDays(2));
    driver.fireTimer(pi, VENDOR_ESCALATION);
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_VENDOR_ESCALATION, ESCALATE_VENDOR).isWaitingAt(VENDOR_ANSWER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("problem-vendor-escalated");
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::eventType)
        .contains("vendor-reminded", "vendor-escalated");

    vendorAnswers(pi, VENDOR_ANSWER);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TRACK_FIX);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
  }

  @Test
  void shouldGiveTheVendorTheConfiguredDaysWhenNoDateIsSet() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    LocalDateTime before = time.localNow();
    handOver(pi, "tasklist", null);

    LocalDateTime deadline = problems.find(pi.getBusinessKey()).orElseThrow().vendorDeadline();
    assertThat(Duration.between(before, deadline).toDays()).isEqualTo(5);
    assertThat(time.local(driver.timerJob(pi, VENDOR_REMINDER).getDuedate().toInstant()))
        .isEqualToIgnoringNanos(deadline);
  }

  @Test
  void shouldAnalyseReviewJointlyAndGetOwnerApprovalForARequirementOfSeveralSystems() {
    ProcessInstance pi = start(requirement("invoice"));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "systems")).isEqualTo("oa,invoice");

    driver.complete(pi, COMMUNICATE_REQUIREMENT, "communicationNote", "办公室确认签章范围");
    driver.complete(pi, ANALYSE_REQUIREMENT, "requirementAnalysis", "OA 发文环节调用发票系统签章服务");
    BpmnAwareTests.assertThat(pi).isWaitingAt(JOINT_REVIEW).task().hasCandidateGroup("team-lead");
    driver.complete(pi, JOINT_REVIEW, "reviewParticipants", "二线、OA 厂商、发票系统厂商", "reviewConclusion", "共用签章服务，接口由发票厂商提供");
    BpmnAwareTests.assertThat(pi).isWaitingAt(OWNER_APPROVAL).task().hasCandidateGroup("system-owner");
    driver.complete(pi, OWNER_APPROVAL, "approvalOutcome", "approved", "approvalNote", "同意");
    handOver(pi, "tasklist", null);
    vendorAnswers(pi, VENDOR_ANSWER);
    trackVerifyReport(pi);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(JOINT_REVIEW, END_RESOLVED);
    Problem problem = problems.find(pi.getBusinessKey()).orElseThrow();
    assertThat(problem.reviewConclusion()).isEqualTo("共用签章服务，接口由发票厂商提供");
    assertThat(problem.approvalOutcome()).isEqualTo("approved");
    assertThat(problem.status()).isEqualTo("resolved");
  }

  @Test
  void shouldSkipTheJointReviewForARequirementOfOneSystem() {
    ProcessInstance pi = start(requirement(null));
    driver.complete(pi, COMMUNICATE_REQUIREMENT, "communicationNote", "办公室确认签章范围");
    driver.complete(pi, ANALYSE_REQUIREMENT, "requirementAnalysis", "OA 发文环节增加签章");

    BpmnAwareTests.assertThat(pi).isWaitingAt(OWNER_APPROVAL);
    BpmnAwareTests.assertThat(pi).hasNotPassed(JOINT_REVIEW);
  }

  @Test
  void shouldCloseARejectedRequirementWithTheReasonAndTellItsIncidents() {
    String incident = incident();
    Map<String, Object> v = requirement(null);
    v.put("linkedIncidents", incident);
    ProcessInstance pi = start(v);
    driver.complete(pi, COMMUNICATE_REQUIREMENT, "communicationNote", "办公室确认签章范围");
    driver.complete(pi, ANALYSE_REQUIREMENT, "requirementAnalysis", "OA 发文环节增加签章");
    driver.complete(pi, OWNER_APPROVAL, "approvalOutcome", "rejected", "approvalNote", "本年度预算不含签章改造");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_REJECTION, NOTIFY_INCIDENTS_REJECTED, END_REJECTED);
    Problem problem = problems.find(pi.getBusinessKey()).orElseThrow();
    assertThat(problem.status()).isEqualTo("rejected");
    assertThat(problem.approvalNote()).isEqualTo("本年度预算不含签章改造");
    assertThat(problem.closedAt()).isNotNull();
    assertThat(problems.incidents(pi.getBusinessKey())).singleElement()
        .satisfies(l -> assertThat(l.notifiedAt()).isNotNull());
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
  }

  @Test
  void shouldRefuseToStartWithoutAKnownTypeSystemOrIncident() {
    Map<String, Object> noType = program();
    noType.remove("problemType");
    assertThatThrownBy(() -> start(noType)).hasRootCauseInstanceOf(InvalidInputException.class).hasStackTraceContaining("problemType");
    assertThatThrownBy(() -> start(requirement("erp"))).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasStackTraceContaining("systems");
    Map<String, Object> unknownIncident = program();
    unknownIncident.put("linkedIncidents", "INC-20260101-9999");
    assertThatThrownBy(() -> start(unknownIncident)).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasStackTraceContaining("INC-20260101-9999");
  }

  @Test
  void shouldStillRemindWhenTheClockPassesTheDeadlineWithoutAnAnswer() {
    ProcessInstance pi = start(program());
    programAnalysis(pi);
    handOver(pi, "mail", null);
    ClockUtil.setCurrentTime(Date.from(ProcessDriver.now().plus(Duration.ofDays(1))));
    driver.fireTimer(pi, VENDOR_REMINDER);
    BpmnAwareTests.assertThat(pi).isWaitingAt(RECORD_MAIL_ANSWER);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).contains("problem-vendor-reminder");
  }
}
