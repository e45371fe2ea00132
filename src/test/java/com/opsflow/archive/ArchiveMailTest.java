package com.opsflow.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.archive.ArchiveLoanProcess.Var;
import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.support.Mails;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.ScheduleDriver;
import com.opsflow.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** B-2.4.6.3(6)(7) over real SMTP: the overdue borrower is reminded, then the system owner is told, in Chinese. */
@OpsFlowIntegrationTest
class ArchiveMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  ArchiveRegister register;
  GreenMail smtp;
  ProcessDriver driver;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    driver = new ProcessDriver(engine);
    ScheduleDriver.clockAt(LocalDateTime.of(2041, 3, 4, 9, 0));
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
    ProcessDriver.resetClock();
  }

  void sendMail(String ticketNumber, String template) {
    driver.notifications().deliver(ticketNumber, template);
  }

  @Test
  void shouldRemindTheBorrowerAndThenTellTheSystemOwnerByMail() throws Exception {
    long document = register.receive("oa", new NewDocument("OA系统网络拓扑图", "技术文档", "V3", "A3 纸质 1 张", null),
        null, "demo-second-line", "demo-document-admin", null);
    Map<String, Object> v = new HashMap<>();
    v.put(Var.DOCUMENT, document);
    v.put(Var.BORROWER, "demo-service-desk");
    v.put(Var.PURPOSE, "核对交换机端口");
    v.put(Var.DUE_DATE, "2041-03-06");
    ProcessInstance loan = driver.startAs(ArchiveLoanProcess.KEY, "demo-service-desk", "service-desk", v);
    driver.claimAndCompleteAs(loan, ArchiveLoanProcess.Element.APPROVE, "demo-document-admin", "document-admin",
        Var.DECISION, "issued");
    ScheduleDriver steps = new ScheduleDriver(engine, ArchiveLoanProcess.KEY);

    driver.fireTimer(loan, ArchiveLoanProcess.Element.DUE);
    steps.runAsyncSteps(loan);
    sendMail(loan.getBusinessKey(), ArchiveLoanProcess.OVERDUE_TEMPLATE);

    MimeMessage reminder = smtp.getReceivedMessages()[0];
    assertThat(reminder.getAllRecipients()).extracting(Object::toString).containsExactly("demo-service-desk@opsflow.local");
    assertThat(reminder.getSubject()).isEqualTo("【OpsFlow】借阅的档案已逾期，请尽快归还（" + loan.getBusinessKey() + "）");
    assertThat(Mails.text(reminder)).contains("OA系统网络拓扑图 V3", "2041-03-06", "B-2.4.6.3(7)");

    driver.fireTimer(loan, ArchiveLoanProcess.Element.REPORT_TIMER);
    steps.runAsyncSteps(loan);
    sendMail(loan.getBusinessKey(), ArchiveLoanProcess.UNRETURNED_TEMPLATE);

    MimeMessage report = smtp.getReceivedMessages()[1];
    assertThat(report.getAllRecipients()).extracting(Object::toString).contains("demo-system-owner@opsflow.local");
    assertThat(report.getSubject()).startsWith("【OpsFlow】档案逾期未归还（" + loan.getBusinessKey() + "）");
    assertThat(Mails.text(report)).contains("demo-service-desk", "提醒后仍未归还");
  }

  @Test
  void shouldTellTheProjectManagerByMailWhenAWeekWasNotHandedIn() throws Exception {
    ScheduleDriver ticks = new ScheduleDriver(engine, ArchiveProcess.KEY);
    ticks.tick(LocalDateTime.of(2041, 4, 5, 13, 0));
    ProcessInstance run = ticks.run(ArchiveProcess.WEEKLY_HAND_IN, "oa", "2041-W14");

    ticks.fireTimer(run, ArchiveProcess.Element.DEADLINE);
    ticks.runAsyncSteps(run);
    sendMail(run.getBusinessKey(), ArchiveProcess.OVERDUE_TEMPLATE);

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()).extracting(Object::toString).contains("demo-project-manager@opsflow.local");
    assertThat(mail.getSubject()).isEqualTo("【OpsFlow】本周档案逾期未提交（" + run.getBusinessKey() + "）：本周档案提交 2041-W14（"
        + "税务综合办公信息系统）");
    assertThat(Mails.text(mail)).contains("2041-04-05 17:30", "B-2.4.6.3(5)", "B-2.4.6.2(2)");
  }
}
