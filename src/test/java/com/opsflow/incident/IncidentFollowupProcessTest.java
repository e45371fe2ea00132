package com.opsflow.incident;

import static com.opsflow.incident.IncidentFollowupProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
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
}
