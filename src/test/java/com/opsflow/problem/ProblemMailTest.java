package com.opsflow.problem;

import com.opsflow.support.Mails;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The vendor hand-off mails over SMTP (GreenMail): to the vendor, its reminder, the escalation to the managers. */
@OpsFlowIntegrationTest
class ProblemMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  GreenMail smtp;
  ProcessDriver driver;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    driver = new ProcessDriver(engine);
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
    ProcessDriver.resetClock();
  }

  private MimeMessage deliver(String problemNumber, String template) {
    ProcessInstance notification = runtime.createProcessInstanceQuery().processDefinitionKey("notification")
        .processInstanceBusinessKey(problemNumber).list().stream()
        .filter(p -> template.equals(runtime.getVariable(p.getId(), "notificationTemplate")))
        .findFirst().orElseThrow();
    Job job = management.createJobQuery().processInstanceId(notification.getId()).singleResult();
    int before = smtp.getReceivedMessages().length;
    management.executeJob(job.getId());
    MimeMessage[] mails = smtp.getReceivedMessages();
    assertThat(mails.length).as("mail %s sent", template).isGreaterThan(before); // one per recipient mailbox
    return mails[before];
  }

  private static List<String> to(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  @Test
  void shouldMailTheVendorRemindItAtTheDeadlineAndEscalateToTeamLeadAndProjectManager() throws Exception {
    ProcessInstance pi = runtime.createProcessInstanceByKey(ProblemProcess.KEY).setVariables(ProblemProcessTest.program())
        .execute();
    driver.complete(pi, ProblemProcess.Element.COMMUNICATE_PROGRAM, "communicationNote", "已确认");
    driver.complete(pi, ProblemProcess.Element.REPRODUCE, "testEnvironment", "TIPS-T2", "reproduceSteps", "批量扣款");
    driver.complete(pi, ProblemProcess.Element.ANALYSE_PROGRAM, "rootCause", "单线程");
    driver.complete(pi, ProblemProcess.Element.WORKAROUND, "workaround", "分批提交");
    driver.complete(pi, ProblemProcess.Element.HAND_OVER, "vendorChannel", "mail", "handOverNote", "附日志");
    String number = pi.getBusinessKey();

    MimeMessage handover = deliver(number, "problem-vendor-handover");
    assertThat(to(handover)).containsExactly("demo-vendor@opsflow.local");
    assertThat(handover.getSubject()).isEqualTo("【OpsFlow】问题单 " + number + " 提交厂商处理：批量扣款回执处理超时");
    assertThat(Mails.text(handover)).contains("财税库银横向联网缴税系统", "月末高峰期批量扣款回执处理超过 30 分钟");

    driver.fireTimer(pi, ProblemProcess.Element.VENDOR_REMINDER);
    MimeMessage reminder = deliver(number, "problem-vendor-reminder");
    assertThat(to(reminder)).containsExactlyInAnyOrder("demo-vendor@opsflow.local", "demo-second-line@opsflow.local");
    assertThat(reminder.getSubject()).contains("厂商答复已到期", number);

    driver.fireTimer(pi, ProblemProcess.Element.VENDOR_ESCALATION);
    MimeMessage escalation = deliver(number, "problem-vendor-escalated");
    assertThat(to(escalation)).containsExactlyInAnyOrder("demo-team-lead@opsflow.local",
        "demo-project-manager@opsflow.local");
    assertThat(escalation.getSubject()).contains("厂商逾期未答复", number);
    assertThat(Mails.text(escalation)).doesNotContain("${");
  }
}
