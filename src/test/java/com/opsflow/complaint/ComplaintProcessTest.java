package com.opsflow.complaint;

import static com.opsflow.complaint.ComplaintProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.complaint.ComplaintProcess.Var;
import com.opsflow.complaint.ComplaintRegister.Complaint;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.TestUsers;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@OpsFlowProcessTest
class ComplaintProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String ENGINEER = "demo-second-line";
  static final String DESK = "demo-service-desk";
  static final String LEAD = "demo-team-lead";
  /** A team lead who also works as resident engineer: may not investigate complaints about themselves. */
  static final String LEAD_ENGINEER = "cmp-lead-engineer";
  /** Each test moves the clock to its own month so the evaluation periods never mix. */
  static final LocalDate BASE = LocalDate.of(2033, 1, 1);

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  ProcessEngine engine;
  @Autowired
  ComplaintRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  ComplaintEvidence evidence;
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

  static void clockAt(LocalDateTime local) {
    ClockUtil.setCurrentTime(Date.from(local.atZone(SHANGHAI).toInstant()));
  }

  static Map<String, Object> complaint(String engineer) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.REPORTER, "张伟（某区税务局第二税务所）");
    v.put(Var.REPORTER_EMAIL, "zhangwei@tax.example.gov.cn");
    v.put(Var.CHANNEL, "hotline");
    v.put(Var.SYSTEM, "oa");
    v.put(Var.SUMMARY, "热线工程师态度生硬");
    v.put(Var.DESCRIPTION, "咨询公文流转问题时，工程师不耐烦，多次打断并挂断电话");
    if (engineer != null) {
      v.put(Var.ENGINEER, engineer);
    }
    return v;
  }


  void completeAs(ProcessInstance pi, String taskKey, String user, String group, Object... keyValues) {
    driver.claimAndCompleteAs(pi, taskKey, user, group, keyValues);
    // the steps after an asynchronous boundary, as the job executor would run them
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  void acceptAndInvestigate(ProcessInstance pi, String category, String result, String investigator) {
    completeAs(pi, ACCEPT, DESK, "service-desk", Var.CATEGORY, category,
        Var.ACCEPTANCE_NOTE, "已安抚用户，承诺 24 小时内答复，联系电话 0771-1234567");
    completeAs(pi, INVESTIGATE, investigator, "team-lead", Var.RESULT, result,
        Var.FINDINGS, "调取录音核实：工程师语气生硬，确有打断用户");
  }

  void handleInformAndCallBack(ProcessInstance pi, String outcome, String note) {
    completeAs(pi, HANDLE, LEAD, "team-lead", Var.HANDLING, "对工程师批评教育，重新培训服务用语；向用户致歉");
    completeAs(pi, INFORM, DESK, "service-desk", Var.INFORM_NOTE, "电话告知用户处理结果，用户表示知悉");
    completeAs(pi, CALL_BACK, DESK, "service-desk", Var.CALLBACK_OUTCOME, outcome, Var.CALLBACK_NOTE, note);
  }

  @Test
  void shouldAcceptInvestigateHandleInformAndCloseASubstantiatedAttitudeComplaintThatCountsAgainstTheEngineer() {
    LocalDate month = BASE;
    clockAt(month.plusDays(4).atTime(10, 0));

    ProcessInstance pi = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(ENGINEER));

    assertThat(pi.getBusinessKey()).matches("CMP-20330105-\\d{4}");
    BpmnAwareTests.assertThat(pi).isWaitingAt(ACCEPT).hasPassed(REGISTER, NOTIFY_RECEIVED);
    assertThat(candidateGroups(driver.task(pi, ACCEPT))).containsExactly("service-desk");
    Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();
    assertThat(ticket.ticketType()).isEqualTo(ComplaintProcess.KEY);
    assertThat(ticket.channel()).isEqualTo("hotline");
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().engineer()).isEqualTo(ENGINEER);

    completeAs(pi, ACCEPT, DESK, "service-desk", Var.CATEGORY, "attitude", Var.ACCEPTANCE_NOTE, "已安抚用户，承诺当天答复");
    assertThat(candidateGroups(driver.task(pi, INVESTIGATE))).containsExactly("team-lead");
    completeAs(pi, INVESTIGATE, LEAD, "team-lead", Var.RESULT, ComplaintProcess.SUBSTANTIATED,
        Var.FINDINGS, "调取录音核实：工程师语气生硬");

    BpmnAwareTests.assertThat(pi).isWaitingAt(HANDLE).hasPassed(RECORD_ACCEPTED, RATE, RECORD_INVESTIGATION);
    Complaint investigated = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(investigated.substantiated()).isTrue();
    assertThat(investigated.evaluationItem()).isEqualTo("poor-attitude");
    assertThat(investigated.investigatedBy()).isEqualTo(LEAD);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().handler()).as("the desk took it up").isEqualTo(DESK);

    handleInformAndCallBack(pi, ComplaintProcess.SATISFIED, "用户对处理结果满意");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RECORD_HANDLING, NOTIFY_REPORTER, CLOSE, NOTIFY_CLOSED, CLOSED)
        .hasNotPassed(RECORD_REOPEN);
    Complaint closed = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(closed.status()).isEqualTo(ComplaintRegister.CLOSED);
    assertThat(closed.outcome()).isEqualTo(ComplaintProcess.SATISFIED);
    assertThat(closed.callbacks()).isEqualTo(1);
    assertThat(closed.handling()).contains("重新培训");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED.code());
    assertThat(tickets.events(pi.getBusinessKey())).extracting(TicketEventRecord::eventType).contains("registered",
        "complaint-accepted", "complaint-investigated", "complaint-handled", "resolved", "closed");
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly(ComplaintProcess.Mail.RECEIVED,
        ComplaintProcess.Mail.RESULT, ComplaintProcess.Mail.CLOSED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(pi.getBusinessKey()).variableValueEquals("recipients", "team-lead,user:" + ENGINEER)
        .count()).isEqualTo(1);

    List<EvaluationEvidence> lines = evidence.evidenceFor(ENGINEER, "oa", month, month.plusMonths(1));
    assertThat(lines).singleElement().satisfies(l -> {
      assertThat(l.item()).isEqualTo("poor-attitude");
      assertThat(l.count()).isEqualTo(1);
      assertThat(l.references()).containsExactly(pi.getBusinessKey());
    });
    assertThat(evidence.evidenceFor(ENGINEER, "tips", month, month.plusMonths(1))).as("another contract").isEmpty();
    assertThat(evidence.evidenceFor(ENGINEER, "oa", month.minusMonths(1), month)).as("another month")
        .isEmpty();
    assertThat(evidence.evidenceFor(DESK, "oa", month, month.plusMonths(1))).as("another engineer").isEmpty();
  }

  @Test
  void shouldGoBackToHandlingUntilTheUserIsSatisfied() {
    LocalDate month = BASE.plusMonths(1);
    clockAt(month.plusDays(2).atTime(9, 0));
    ProcessInstance pi = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(ENGINEER));
    acceptAndInvestigate(pi, "timeliness", ComplaintProcess.SUBSTANTIATED, LEAD);

    handleInformAndCallBack(pi, ComplaintProcess.UNSATISFIED, "用户认为仍未解决根本问题");

    BpmnAwareTests.assertThat(pi).isWaitingAt(HANDLE).hasPassed(RECORD_REOPEN);
    assertThat(engine.getTaskService().getVariable(driver.task(pi, HANDLE).getId(), Var.CALLBACK_NOTE))
        .isEqualTo("用户认为仍未解决根本问题");
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().reopenCount()).isEqualTo(1);

    handleInformAndCallBack(pi, ComplaintProcess.SATISFIED, "再次回访，用户满意");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CLOSED);
    Complaint closed = register.find(pi.getBusinessKey()).orElseThrow();
    assertThat(closed.callbacks()).isEqualTo(2);
    assertThat(closed.evaluationItem()).as("substantiated, but not about attitude").isNull();
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).filteredOn(ComplaintProcess.Mail.RESULT::equals)
        .hasSize(2);
    assertThat(evidence.evidenceFor(ENGINEER, "oa", month, month.plusMonths(1))).singleElement().satisfies(l -> {
      assertThat(l.scored()).isFalse();
      assertThat(l.explanation()).contains(pi.getBusinessKey(), "属实", "处理不及时");
    });
  }

  @Test
  void shouldShowUnsubstantiatedAndOpenComplaintsAsInformationOnly() {
    LocalDate month = BASE.plusMonths(2);
    clockAt(month.plusDays(3).atTime(9, 0));
    ProcessInstance unfounded = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(ENGINEER));
    acceptAndInvestigate(unfounded, "attitude", ComplaintProcess.UNSUBSTANTIATED, LEAD);
    ProcessInstance open = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(ENGINEER));

    List<EvaluationEvidence> lines = evidence.evidenceFor(ENGINEER, "oa", month, month.plusMonths(1));

    assertThat(register.find(unfounded.getBusinessKey()).orElseThrow().evaluationItem()).isNull();
    assertThat(lines).singleElement().satisfies(l -> {
      assertThat(l.scored()).isFalse();
      assertThat(l.references()).containsExactly(unfounded.getBusinessKey(), open.getBusinessKey());
      assertThat(l.explanation()).contains("不属实", "调查中");
    });
    engine.getRuntimeService().deleteProcessInstance(unfounded.getId(), "test done");
    engine.getRuntimeService().deleteProcessInstance(open.getId(), "test done");
  }

  @Test
  void shouldNeverLetTheEngineerComplainedAboutInvestigateTheComplaint() {
    users.create(LEAD_ENGINEER, "组长兼驻场", "team-lead");
    clockAt(BASE.plusMonths(3).atTime(9, 0));
    ProcessInstance pi = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(LEAD_ENGINEER));
    completeAs(pi, ACCEPT, DESK, "service-desk", Var.CATEGORY, "attitude", Var.ACCEPTANCE_NOTE, "已受理");

    assertThatThrownBy(() -> completeAs(pi, INVESTIGATE, LEAD_ENGINEER, "team-lead", Var.RESULT,
        ComplaintProcess.UNSUBSTANTIATED, Var.FINDINGS, "本人认为不属实"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("不能调查针对自己的投诉");
    // issue 9: clearing or replacing one's own name in the investigation form does not help, the register
    // keeps the engineer the complaint named at intake
    assertThatThrownBy(() -> completeAs(pi, INVESTIGATE, LEAD_ENGINEER, "team-lead", Var.RESULT,
        ComplaintProcess.UNSUBSTANTIATED, Var.FINDINGS, "投诉对象有误", Var.ENGINEER, ""))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining("不能调查针对自己的投诉");
    assertThatThrownBy(() -> completeAs(pi, INVESTIGATE, LEAD_ENGINEER, "team-lead", Var.RESULT,
        ComplaintProcess.UNSUBSTANTIATED, Var.FINDINGS, "投诉对象有误", Var.ENGINEER, "demo-second-line"))
        .hasRootCauseInstanceOf(ActionNotAllowedException.class).hasMessageContaining(LEAD_ENGINEER);
    BpmnAwareTests.assertThat(pi).isWaitingAt(INVESTIGATE);

    engine.getTaskService().setAssignee(driver.task(pi, INVESTIGATE).getId(), null);
    assertThatThrownBy(() -> completeAs(pi, INVESTIGATE, LEAD, "team-lead", Var.RESULT,
        ComplaintProcess.SUBSTANTIATED, Var.FINDINGS, "属实", Var.ENGINEER, "nobody-here"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("不存在");

    engine.getTaskService().setAssignee(driver.task(pi, INVESTIGATE).getId(), null);
    completeAs(pi, INVESTIGATE, LEAD, "team-lead", Var.RESULT, ComplaintProcess.SUBSTANTIATED, Var.FINDINGS,
        "核实为外包公司其他人员所为，与驻场无关", Var.ENGINEER, "");
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().engineer()).as("cleared by the investigation").isNull();
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldRefuseBadStartsAndAcceptAComplaintAboutAnExistingTicket() {
    clockAt(BASE.plusMonths(4).atTime(9, 0));
    Map<String, Object> badChannel = complaint(null);
    badChannel.put(Var.CHANNEL, "pigeon");
    Map<String, Object> unknownEngineer = complaint("nobody-here");
    Map<String, Object> unknownTicket = complaint(null);
    unknownTicket.put(Var.RELATED_TICKET, "INC-20330501-9999");
    Map<String, Object> noSummary = complaint(null);
    noSummary.remove(Var.SUMMARY);
    Map.of(Var.CHANNEL, badChannel, Var.ENGINEER, unknownEngineer, Var.RELATED_TICKET, unknownTicket,
        Var.SUMMARY, noSummary).forEach((field, input) -> assertThatThrownBy(() -> driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", input))
            .as(field).hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(field));
    assertThatThrownBy(() -> driver.startAs(ComplaintProcess.KEY, "demo-vendor", "vendor", complaint(null)))
        .as("the desk accepts complaints").isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    ProcessInstance earlier = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", complaint(null));
    Map<String, Object> aboutTicket = complaint(null);
    aboutTicket.put(Var.RELATED_TICKET, earlier.getBusinessKey());
    ProcessInstance pi = driver.startAs(ComplaintProcess.KEY, DESK, "service-desk", aboutTicket);

    assertThat(register.find(pi.getBusinessKey()).orElseThrow().relatedTicket()).isEqualTo(earlier.getBusinessKey());
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().engineer()).isNull();
    engine.getRuntimeService().deleteProcessInstance(earlier.getId(), "test done");
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done");
  }
}
