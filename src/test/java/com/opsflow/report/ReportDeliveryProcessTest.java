package com.opsflow.report;

import com.opsflow.support.TestSmtp;
import static com.opsflow.report.ReportDeliveryProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.document.TicketDocuments;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.report.ReportDeliveryProcess.Var;
import com.opsflow.scoring.EvaluationEvidence;
import com.opsflow.support.OpsFlowProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code report-delivery}: the period-end timer starts the reports due on a month's last working day; a report is
 * generated from the records, reviewed by the project manager, mailed to the system owner; sent back with a reason
 * it is made again after the records are corrected; sent after its due time it is report-late evidence.
 * Periods in 2039, which no other test touches.
 */
@OpsFlowProcessTest
class ReportDeliveryProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired
  ProcessEngine engine;
  @Autowired
  ReportDeliveryRegister register;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  ReportLateEvidence evidence;
  ProcessDriver driver;
  @RegisterExtension
  final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

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

  ProcessInstance due(String system, String kind, String period, LocalDateTime at) {
    clockAt(at);
    return engine.getRuntimeService().createMessageCorrelation(ReportDeliveryProcess.MESSAGE)
        .setVariable(Var.SYSTEM, system).setVariable(Var.REPORT_KIND, kind).setVariable(Var.PERIOD, period)
        .correlateStartMessage();
  }

  void completeAs(String user, String group, ProcessInstance pi, String task, LocalDateTime at, Object... variables) {
    clockAt(at);
    driver.completeAs(pi, task, user, group, variables);
  }

  ReportDeliveryRegister.Delivery delivery(ProcessInstance pi) {
    return register.find(pi.getBusinessKey()).orElseThrow();
  }

  @Test
  void shouldStartTheDueReportsOnTheMonthsLastWorkingDayOnce() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(ReportDeliveryProcess.KEY)
        .activityId(TIMER_PERIOD_END).timers().singleResult();
    clockAt(LocalDateTime.of(2039, 4, 28, 18, 0));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(started()).as("Thursday 28 April is not April's last working day").isEmpty();

    clockAt(LocalDateTime.of(2039, 4, 29, 18, 0));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processDefinitionKey(ReportDeliveryProcess.KEY).activityId(TIMER_PERIOD_END).timers().singleResult().getId());
    List<ProcessInstance> started = started();
    assertThat(started).extracting(pi -> engine.getRuntimeService().getVariable(pi.getId(), Var.SYSTEM) + "/"
            + engine.getRuntimeService().getVariable(pi.getId(), Var.REPORT_KIND))
        .containsExactlyInAnyOrder("oa/monthly", "oa/problem-summary", "oa/knowledge", "invoice/monthly");
    started.forEach(pi -> {
      assertThat(pi.getBusinessKey()).startsWith("RPT-20390429-");
      BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
      assertThat(delivery(pi).dueAt()).isEqualTo(LocalDateTime.of(2039, 5, 7, 0, 0));
    });

    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processDefinitionKey(ReportDeliveryProcess.KEY).activityId(TIMER_PERIOD_END).timers().singleResult().getId());
    assertThat(started()).as("a second run the same day starts nothing again").hasSize(4);
    started.forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test done"));
  }

  List<ProcessInstance> started() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ReportDeliveryProcess.KEY)
        .variableValueEquals(Var.PERIOD, "2039-04").list();
  }

  @Test
  void shouldMailTheApprovedReportToTheSystemOwnerInTime() throws Exception {
    ProcessInstance pi = due("oa", "monthly", "2039-05", LocalDateTime.of(2039, 5, 31, 18, 0));
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW).task().hasCandidateGroup("project-manager");
    assertThat(documents.latest(pi.getBusinessKey(), ReportDeliveryProcess.DOCUMENT_KIND)).get()
        .satisfies(d -> assertThat(d.fileName()).isEqualTo("税务综合办公信息系统工作月报（2039年5月）.docx"));
    assertThat(documents.latest(pi.getBusinessKey(), ReportDeliveryProcess.SHEET_KIND)).isPresent();

    completeAs("demo-project-manager", "project-manager", pi, REVIEW, LocalDateTime.of(2039, 6, 1, 10, 0),
        Var.REVIEW_OUTCOME, ReportDeliveryProcess.APPROVE);

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(MAIL, DELIVERED);
    assertThat(driver.notificationTemplates(pi.getBusinessKey())).containsExactly("report-delivered");
    ProcessInstance mail = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(mail.getId()).singleResult().getId());
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactly("demo-system-owner@opsflow.local");
    assertThat(received[0].getSubject()).isEqualTo("【OpsFlow】税务综合办公信息系统工作月报（2039年5月）");
    assertThat(attachments(received[0])).containsExactly("税务综合办公信息系统工作月报（2039年5月）.docx");
    ReportDeliveryRegister.Delivery d = delivery(pi);
    assertThat(d.late()).isFalse();
    assertThat(d.sentAt()).isEqualTo(LocalDateTime.of(2039, 6, 1, 10, 0));
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).isEqualTo("closed");
    assertThat(evidence.evidenceFor("demo-service-desk", "oa", LocalDate.of(2039, 5, 1), LocalDate.of(2039, 6, 1)))
        .isEmpty();
  }

  @Test
  void shouldMakeTheReportAgainAfterTheRecordsAreCorrectedWhenSentBack() {
    ProcessInstance pi = due("oa", "problem-summary", "2039-05", LocalDateTime.of(2039, 5, 31, 18, 0));
    completeAs("demo-project-manager", "project-manager", pi, REVIEW, LocalDateTime.of(2039, 6, 1, 9, 0),
        Var.REVIEW_OUTCOME, ReportDeliveryProcess.SEND_BACK, Var.SEND_BACK_REASON, "问题 PRB-20390510-0001 的原因未填写");
    BpmnAwareTests.assertThat(pi).isWaitingAt(CORRECT).task().hasCandidateGroup("team-lead");
    assertThat(delivery(pi).sendBackCount()).isEqualTo(1);
    assertThat(delivery(pi).lastSendBackReason()).isEqualTo("问题 PRB-20390510-0001 的原因未填写");

    completeAs("demo-team-lead", "team-lead", pi, CORRECT, LocalDateTime.of(2039, 6, 1, 11, 0),
        Var.CORRECTION_NOTE, "已在问题单中补录原因");
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW);
    assertThat(delivery(pi).generatedCount()).isEqualTo(2);
    assertThat(documents.list(pi.getBusinessKey())).filteredOn(doc -> ReportDeliveryProcess.DOCUMENT_KIND
        .equals(doc.kind())).hasSize(2);

    completeAs("demo-project-manager", "project-manager", pi, REVIEW, LocalDateTime.of(2039, 6, 1, 14, 0),
        Var.REVIEW_OUTCOME, ReportDeliveryProcess.APPROVE);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(CORRECT, DELIVERED);
    assertThat(tickets.events(pi.getBusinessKey())).extracting(e -> e.eventType())
        .containsSubsequence("report-generated", "report-sent-back", "report-generated", "report-delivered");
  }

  @Test
  void shouldRecordAReportSentAfterItsDueTimeAsReportLateForThePeriod() {
    ProcessInstance pi = due("oa", "monthly", "2039-06", LocalDateTime.of(2039, 6, 30, 18, 0));
    assertThat(delivery(pi).dueAt()).isEqualTo(LocalDateTime.of(2039, 7, 8, 0, 0));
    completeAs("demo-project-manager", "project-manager", pi, REVIEW, LocalDateTime.of(2039, 7, 15, 9, 0),
        Var.REVIEW_OUTCOME, ReportDeliveryProcess.APPROVE);

    BpmnAwareTests.assertThat(pi).isEnded().variables().containsEntry(Var.LATE, true);
    assertThat(delivery(pi).late()).isTrue();
    List<EvaluationEvidence> june = evidence.evidenceFor("demo-service-desk", "oa", LocalDate.of(2039, 6, 1),
        LocalDate.of(2039, 7, 1));
    assertThat(june).singleElement().satisfies(e -> {
      assertThat(e.item()).isEqualTo("report-late");
      assertThat(e.count()).isEqualTo(1);
      assertThat(e.references()).containsExactly(pi.getBusinessKey());
    });
    assertThat(evidence.evidenceFor("demo-service-desk", "oa", LocalDate.of(2039, 7, 1), LocalDate.of(2039, 8, 1)))
        .as("counted for the report's period, not the month it went out").isEmpty();
    assertThat(evidence.evidenceFor("demo-service-desk", "tips", LocalDate.of(2039, 4, 1), LocalDate.of(2039, 7, 1)))
        .isEmpty();
  }

  static List<String> attachments(Part part) throws Exception {
    List<String> names = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        names.addAll(attachments(multipart.getBodyPart(i)));
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      names.add(MimeUtility.decodeText(part.getFileName()));
    }
    return names;
  }

  @Test
  void shouldRefuseADeliveryForAPeriodTheReportIsNotMadeFor() {
    assertThatThrownBy(() -> due("oa", "monthly", "2039-Q2", LocalDateTime.of(2039, 6, 30, 18, 0)))
        .hasRootCauseInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> due("erp", "monthly", "2039-06", LocalDateTime.of(2039, 6, 30, 18, 0)))
        .hasRootCauseInstanceOf(InvalidInputException.class);
    ProcessInstance first = due("invoice", "monthly", "2039-05", LocalDateTime.of(2039, 5, 31, 18, 0));
    assertThatThrownBy(() -> due("invoice", "monthly", "2039-05", LocalDateTime.of(2039, 5, 31, 18, 5)))
        .as("one delivery per report and period").hasRootCauseInstanceOf(InvalidInputException.class);
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "test done");
  }
}
