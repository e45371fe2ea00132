package com.opsflow.incident;

import static com.opsflow.incident.IncidentFollowupProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.problem.ProblemService;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The transfer-tracking and callback flow (B-2.3.2), started for a ticket as the incident's escalation does. */
@OpsFlowProcessTest
class IncidentFollowupProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  ProblemService problems;
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

  private ProcessInstance transfer() {
    String number = "INC-20261123-" + UUID.randomUUID().toString().substring(0, 6);
    tickets.register(new NewTicket(number, "incident", null, "oa", "wechat", "王芳", null, "公文流转卡在待办", "",
        "office", "medium", false, "demo-service-desk"));
    return engine.getRuntimeService().createProcessInstanceByKey(IncidentFollowupProcess.KEY).businessKey(number)
        .setVariable("summary", "公文流转卡在待办").setVariable("assignGroup", "second-line").execute();
  }

  private void secondLineReturnsSolution(ProcessInstance pi, String solution) {
    driver.complete(pi, HANDLE_ESCALATED, "secondLineAnalysis", "流程节点配置缺失", "solution", solution);
  }

  @Test
  void shouldTrackVerifyCallBackAndCloseTheTransfer() {
    ProcessInstance pi = transfer();
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("open");
    BpmnAwareTests.assertThat(pi).isWaitingAt(HANDLE_ESCALATED).task().hasCandidateGroup("second-line");

    secondLineReturnsSolution(pi, "补充节点人员配置并重新推送");
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("returned");
    BpmnAwareTests.assertThat(pi).isWaitingAt(VERIFY_SOLUTION).task().hasCandidateGroup("service-desk");
    driver.complete(pi, VERIFY_SOLUTION, "verificationOutcome", "verified");
    driver.complete(pi, CALL_BACK, "callbackNote", "微信回访");
    driver.complete(pi, CONFIRM_APPLIED, "satisfactionOutcome", "satisfied");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(UPDATE_TRANSFER_LIST, RECORD_SOLUTION, END);
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.solution()).isEqualTo("补充节点人员配置并重新推送");
    assertThat(ticket.status()).isEqualTo("resolved");
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("closed");
  }

  @Test
  void shouldSendSolutionBackToSecondLineWhenVerificationFails() {
    ProcessInstance pi = transfer();
    secondLineReturnsSolution(pi, "重启服务");
    driver.complete(pi, VERIFY_SOLUTION, "verificationOutcome", "rejected", "verificationNote", "测试环境未复现解决");

    BpmnAwareTests.assertThat(pi).isWaitingAt(HANDLE_ESCALATED);
    secondLineReturnsSolution(pi, "补充节点人员配置");
    driver.complete(pi, VERIFY_SOLUTION, "verificationOutcome", "verified");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CALL_BACK);
  }

  @Test
  void shouldReturnToProblemHandlingWhenReporterIsNotSatisfied() {
    ProcessInstance pi = transfer();
    secondLineReturnsSolution(pi, "重启服务");
    driver.complete(pi, VERIFY_SOLUTION, "verificationOutcome", "verified");
    driver.complete(pi, CALL_BACK, "callbackNote", "电话回访");
    driver.complete(pi, CONFIRM_APPLIED, "satisfactionOutcome", "not-satisfied", "satisfactionNote", "第二天问题复现");

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_REOPEN).isWaitingAt(HANDLE_ESCALATED);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().reopenCount()).isEqualTo(1);
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("open");
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::detail).contains("第二天问题复现");
  }

  @Test
  void shouldRecordTrackingEveryFourHoursWhileSecondLineWorks() {
    ProcessInstance pi = transfer();

    driver.fireTimer(pi, TRACK_TIMER);
    driver.fireTimer(pi, TRACK_TIMER);

    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_TRACKING).isWaitingAt(HANDLE_ESCALATED);
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::eventType)
        .filteredOn("transfer-tracked"::equals).hasSize(2);
  }

  private String problem() {
    String number = "PRB-20261123-" + (1000 + (int) (Math.random() * 8999));
    problems.register(number, null, "program", "oa", "oa", "公文流转节点缺失", "多个单位公文卡在待办", "demo-second-line");
    return number;
  }

  @Test
  void shouldWaitForTheLinkedProblemAndVerifyItsSolutionWhenItIsResolved() {
    ProcessInstance pi = transfer();
    String problem = problem();
    driver.complete(pi, HANDLE_ESCALATED, "secondLineAnalysis", "程序缺陷，已提交问题单", "handlingOutcome", "await-problem",
        "problemNumber", problem);

    BpmnAwareTests.assertThat(pi).hasPassed(LINK_PROBLEM).isWaitingAt(PROBLEM_RESOLVED);
    assertThat(problems.linkedProblem(pi.getBusinessKey())).contains(problem);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().problemNumber()).isEqualTo(problem);

    engine.getRuntimeService().createMessageCorrelation("ProblemResolved").processInstanceBusinessKey(pi.getBusinessKey())
        .setVariable("solution", "厂商补丁修复流程节点配置").correlate();
    BpmnAwareTests.assertThat(pi).hasPassed(RECORD_SOLUTION_RETURNED).isWaitingAt(VERIFY_SOLUTION);
    assertThat(tickets.transferStatus(pi.getBusinessKey())).contains("returned");
  }

  @Test
  void shouldRefuseAProblemNumberThatDoesNotExist() {
    ProcessInstance pi = transfer();
    assertThatThrownBy(() -> driver.complete(pi, HANDLE_ESCALATED, "secondLineAnalysis", "程序缺陷",
        "handlingOutcome", "await-problem", "problemNumber", "PRB-20260101-9999"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("PRB-20260101-9999");
    BpmnAwareTests.assertThat(pi).isWaitingAt(HANDLE_ESCALATED);
    assertThatThrownBy(() -> driver.complete(pi, HANDLE_ESCALATED, "secondLineAnalysis", "程序缺陷",
        "handlingOutcome", "await-problem"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("problemNumber");
  }
}
