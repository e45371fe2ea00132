package com.opsflow.leave;

import com.opsflow.support.Acting;
import com.opsflow.support.Notifications;
import com.opsflow.support.TestSmtp;
import com.opsflow.support.Mails;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.opsflow.mail.MailService;
import com.opsflow.support.OpsFlowIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Leave mails over real SMTP (GreenMail): a leave number is no ticket; "user:ID" mails one user. */
@OpsFlowIntegrationTest
class LeaveMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  MailService mail;
  @RegisterExtension
  final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

  @Test
  void shouldMailTheSuddenNoticeToTeamLeadAndSystemOwnerInChinese() throws Exception {
    Map<String, Object> v = new HashMap<>();
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    v.put("leaveType", "sick");
    v.put("leaveFrom", today);
    v.put("leaveTo", today);
    v.put("days", 1);
    v.put("sudden", true);
    v.put("reason", "突发急性肠胃炎");
    v.put("backupEngineer", "demo-second-line");
    ProcessInstance pi = Acting.as(identity, "demo-service-desk", List.of("service-desk"),
        () -> runtime.startProcessInstanceByKey(LeaveRequestProcess.KEY, v));
    new Notifications(engine).deliver(pi.getBusinessKey());


    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).as("one copy per recipient").hasSize(2);
    assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactlyInAnyOrder("demo-team-lead@opsflow.local", "demo-system-owner@opsflow.local");
    assertThat(received[0].getSubject()).isEqualTo("【OpsFlow】突发请假通知（" + pi.getBusinessKey() + "）");
    assertThat(Mails.text(received[0])).contains("申请人：demo-service-desk", "备岗人员：demo-second-line",
        "突发急性肠胃炎", "补办请假手续", pi.getBusinessKey());
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldMailSingleUsersNamedUserColonId() {
    assertThat(mail.send("leave-approved", "user:demo-service-desk, user:demo-second-line, user:nobody-here",
        "LV-20310101-0001", null, "申请人：demo-service-desk"))
        .containsExactly("demo-service-desk@opsflow.local", "demo-second-line@opsflow.local");
    assertThat(smtp.getReceivedMessages()).as("one copy per recipient").hasSize(2);
  }

  @Test
  void shouldMailNobodyAsReporterWhenTheKeyIsNoTicket() {
    assertThat(mail.send("leave-ended", "reporter,designated-contact", "LV-20310101-0002", null, "")).isEmpty();
  }
}
