package com.opsflow.complaint;

import com.opsflow.support.Acting;
import com.opsflow.support.Notifications;
import com.opsflow.support.TestSmtp;
import com.opsflow.support.Mails;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.opsflow.complaint.ComplaintProcess.Var;
import com.opsflow.mail.MailService;
import com.opsflow.support.OpsFlowIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
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

/** Quality-control mails over real SMTP (GreenMail), in Chinese: to the team lead, the reporter, the engineer. */
@OpsFlowIntegrationTest
class QualityControlMailTest {

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
  void shouldTellTheTeamLeadOfANewComplaintAndTheReporterOfTheResult() throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.REPORTER, "李娜（某区税务局）");
    v.put(Var.REPORTER_EMAIL, "lina@tax.example.gov.cn");
    v.put(Var.CHANNEL, "wechat");
    v.put(Var.SYSTEM, "invoice");
    v.put(Var.SUMMARY, "开票问题多次反映无人处理");
    v.put(Var.DESCRIPTION, "连续三天通过微信反映，无人回复");
    ProcessInstance pi = Acting.as(identity, "demo-service-desk", List.of("service-desk"),
        () -> runtime.startProcessInstanceByKey(ComplaintProcess.KEY, v));
    new Notifications(engine).deliver(pi.getBusinessKey());


    MimeMessage[] messages = smtp.getReceivedMessages();
    assertThat(messages).hasSize(1);
    assertThat(messages[0].getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("demo-team-lead@opsflow.local");
    assertThat(messages[0].getSubject()).isEqualTo("【OpsFlow】收到投诉（" + pi.getBusinessKey() + "）");
    assertThat(Mails.text(messages[0])).contains("李娜（某区税务局）", "发票系统", "开票问题多次反映无人处理",
        "连续三天通过微信反映");

    assertThat(mail.send(ComplaintProcess.Mail.RESULT, "reporter", pi.getBusinessKey(), null, "处理意见：已约谈相关工程师"))
        .containsExactly("lina@tax.example.gov.cn");
    MimeMessage result = smtp.getReceivedMessages()[1];
    assertThat(result.getSubject()).isEqualTo("【OpsFlow】您的投诉处理结果（" + pi.getBusinessKey() + "）");
    assertThat(Mails.text(result)).contains("李娜（某区税务局），您好", "已约谈相关工程师");
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }

  @Test
  void shouldSendTheInspectionFeedbackToTheEngineerUnderTheInspectionNumber() throws Exception {
    assertThat(mail.send("quality-feedback", "user:demo-service-desk", "QI-20320305-0001", null,
        "抽查工单：INC-20320301-0001\n质检反馈：注意服务用语")).containsExactly("demo-service-desk@opsflow.local");
    MimeMessage feedback = smtp.getReceivedMessages()[0];
    assertThat(feedback.getSubject()).isEqualTo("【OpsFlow】录音质检结果反馈（QI-20320305-0001）");
    assertThat(Mails.text(feedback)).contains("INC-20320301-0001", "注意服务用语");
    assertThat(mail.send("quality-shortfall", "team-lead,quality", "QI-20320305-0002", null, "完成质检：1 次"))
        .containsExactlyInAnyOrder("demo-team-lead@opsflow.local", "demo-quality@opsflow.local");
  }
}
