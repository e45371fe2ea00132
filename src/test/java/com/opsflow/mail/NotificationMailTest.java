package com.opsflow.mail;

import com.opsflow.support.TestSmtp;
import com.opsflow.support.Mails;
import static com.opsflow.support.ProcessDriver.incidentVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail over real SMTP (GreenMail): Chinese templates, recipients, and an outage that loses nothing. */
@OpsFlowIntegrationTest
class NotificationMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TicketService tickets;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  MailService mail;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  GreenMail smtp;
  ProcessDriver driver;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  private Job mailJob(String ticketNumber, String template) {
    ProcessInstance notification = runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKey(ticketNumber).list().stream()
        .filter(p -> template.equals(runtime.getVariable(p.getId(), NotificationProcess.TEMPLATE)))
        .findFirst().orElseThrow();
    return management.createJobQuery().processInstanceId(notification.getId()).singleResult();
  }

  private ProcessInstance closedIncident(String reporterEmail) {
    Map<String, Object> vars = incidentVariables("tips", "individual", "low");
    vars.put("reporterEmail", reporterEmail);
    ProcessInstance pi = driver.startIncident(vars);
    driver.complete(pi, "Task_LookupKnowledge");
    driver.complete(pi, "Task_AnalyseFirstLine", "analysis", "控件版本过旧", "firstLineOutcome", "resolved",
        "solution", "升级打印控件至 3.2 版");
    driver.complete(pi, "Task_ConfirmWithReporter", "confirmationOutcome", "confirmed");
    driver.complete(pi, "Task_CloseIncident", "newKnowledgeCandidate", false);
    return pi;
  }

  @Test
  void shouldMailTheReporterInChineseWhenTheIncidentCloses() throws Exception {
    ProcessInstance pi = closedIncident("liming@example.gov.cn");

    management.executeJob(mailJob(pi.getBusinessKey(), "incident-closed").getId());

    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getAllRecipients()).extracting(Object::toString).containsExactly("liming@example.gov.cn");
    assertThat(mails[0].getSubject()).isEqualTo("【OpsFlow】您报告的问题已处理完毕（" + pi.getBusinessKey() + "）");
    assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    assertThat(Mails.text(mails[0])).contains("升级打印控件至 3.2 版", "电子缴款书打印失败");
    assertThat(tickets.events(pi.getBusinessKey())).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("notified");
      assertThat(e.detail()).contains("liming@example.gov.cn");
    });
  }

  @Test
  void shouldMailEveryMemberOfTheNotifiedGroups() throws Exception {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "province", "high"));

    management.executeJob(mailJob(pi.getBusinessKey(), "incident-major").getId());

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .contains("demo-team-lead@opsflow.local", "demo-second-line@opsflow.local");
    assertThat(mail.getSubject()).startsWith("【OpsFlow】重大事件 " + pi.getBusinessKey());
  }

  /** docs/naming.md: a notification started before its template was renamed still finds it under the old name. */
  @Test
  void shouldSendANotificationWhoseTemplateWasRenamedAfterItStarted() throws Exception {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "province", "high"));

    mail.send("dm-rejected", "liming@example.gov.cn", pi.getBusinessKey());

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).contains("【OpsFlow】数据维护方案未获批准 " + pi.getBusinessKey() + "：" + tickets.find(pi.getBusinessKey())
        .orElseThrow().summary());
  }

  /** Issue 16: times as yyyy-MM-dd HH:mm in the bureau's zone, no raw codes, a link, HTML beside the text. */
  @Test
  void shouldWriteTimesAndLinksAsPeopleReadThemInTextAndHtml() throws Exception {
    ProcessInstance pi = driver.startIncident(incidentVariables("tips", "province", "high"));
    com.opsflow.ticket.Ticket ticket = tickets.find(pi.getBusinessKey()).orElseThrow();

    management.executeJob(mailJob(pi.getBusinessKey(), "incident-major").getId());

    MimeMessage mail = smtp.getReceivedMessages()[0];
    String text = Mails.text(mail);
    String shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ticket.createdAt());
    assertThat(text).contains("登记时间：" + shown,
        "响应时限：" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ticket.responseDueAt()));
    assertThat(text).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}").doesNotContain("T0", "T1", "T2", "${");
    String task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list().get(0).getId();
    String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task;
    assertThat(text).contains("在 OpsFlow 中查看：" + link);
    String html = Mails.html(mail);
    assertThat(html).contains("<a href=\"" + link + "\">", "登记时间：" + shown, "<br>");
  }

  @Test
  void shouldKeepTheMailThroughAnSmtpOutageAndSendItWhenRetried() throws Exception {
    ProcessInstance pi = closedIncident("wangfang@example.gov.cn");
    smtp.stop();

    Job job = mailJob(pi.getBusinessKey(), "incident-closed");
    for (int attempt = 0; attempt < 5 && management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0;
        attempt++) {
      assertThat(catchThrowable(() -> management.executeJob(job.getId()))).as("SMTP is down").isNotNull();
    }

    assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
        .as("visible in Cockpit").isEqualTo(1);
    assertThat(tickets.find(pi.getBusinessKey()).orElseThrow().status()).as("the ticket went on").isEqualTo("closed");

    smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    management.setJobRetries(job.getId(), 1); // what "retry" in Cockpit does
    management.executeJob(job.getId());

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
        .isZero();
  }

  @Test
  void shouldNotSendTheMailAgainWhenItsJobRunsAgainAfterItsCommitWasLost() throws Exception {
    ProcessInstance pi = closedIncident("zhaoqiang@example.gov.cn");
    Job job = mailJob(pi.getBusinessKey(), "incident-closed");

    // the job runs and the SMTP server takes the mail, then the job's own transaction is lost (as when the
    // database fails under it or the node dies before the commit): the job is due again
    new TransactionTemplate(transactions).executeWithoutResult(lost -> {
      management.executeJob(job.getId());
      lost.setRollbackOnly();
    });
    assertThat(management.createJobQuery().jobId(job.getId()).count()).as("the job runs again").isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    management.executeJob(job.getId());

    assertThat(smtp.getReceivedMessages()).as("sent once").hasSize(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
    assertThat(tickets.events(pi.getBusinessKey())).filteredOn(e -> "notified".equals(e.eventType()))
        .anySatisfy(e -> assertThat(e.detail()).isEqualTo("incident-closed → zhaoqiang@example.gov.cn"));
  }

  @Test
  void shouldResendAsTheSameMessageWhenTheCrashAlsoLostTheDeliveryRecord() throws Exception {
    ProcessInstance pi = closedIncident("sunli@example.gov.cn");
    Job job = mailJob(pi.getBusinessKey(), "incident-closed");

    // the SMTP server took the mail, then the node died before anything was committed — the delivery record too
    new TransactionTemplate(transactions).executeWithoutResult(lost -> {
      management.executeJob(job.getId());
      lost.setRollbackOnly();
    });
    jdbc.update("DELETE FROM mail_delivery WHERE notification_id = ?", job.getProcessInstanceId());
    management.executeJob(job.getId());

    MimeMessage[] copies = smtp.getReceivedMessages();
    assertThat(copies).as("at least once: sent again").hasSize(2);
    assertThat(copies[0].getMessageID()).as("the same message to the recipient's mail system")
        .isEqualTo(copies[1].getMessageID())
        .isEqualTo("<opsflow.notification." + job.getProcessInstanceId() + "@localhost>");
  }

  @Test
  void shouldGiveEveryNotificationAMessageIdOfItsOwn() throws Exception {
    for (ProcessInstance pi : List.of(closedIncident("liuyang@example.gov.cn"),
        closedIncident("liuyang@example.gov.cn"))) {
      management.executeJob(mailJob(pi.getBusinessKey(), "incident-closed").getId());
    }

    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
      try {
        return m.getMessageID();
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).distinct().count()).as("two closures, two messages").isEqualTo(2);
  }

  @Test
  void shouldSkipMailQuietlyWhenNobodyHasAnAddress() {
    ProcessInstance pi = closedIncident("");

    List<String> templates = driver.notificationTemplates(pi.getBusinessKey());

    assertThat(templates).as("no closure mail without an address").doesNotContain("incident-closed");
  }
}
