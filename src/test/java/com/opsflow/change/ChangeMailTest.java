package com.opsflow.change;

import com.opsflow.support.Acting;
import com.opsflow.support.Notifications;
import com.opsflow.support.TestSmtp;
import com.opsflow.support.Mails;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.opsflow.change.ChangeProcess.Outcome;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Change mails over real SMTP (GreenMail): the requester (their mail and the user who recorded it) hears the outcome. */
@OpsFlowIntegrationTest
class ChangeMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @RegisterExtension
  final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

  @Test
  void shouldTellTheRequesterInChineseThatTheChangeIsNotFeasible() throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "oa");
    v.put(Var.CHANGE_TYPE, "storage");
    v.put(Var.SUMMARY, "更换存储阵列");
    v.put(Var.DESCRIPTION, "存储阵列即将过保");
    v.put(Var.REPORTER, "某市税务局信息科 张工");
    v.put(Var.REPORTER_EMAIL, "zhang@tax.example.gov.cn");
    ProcessInstance pi = Acting.as(identity, "demo-second-line", List.of("second-line"), () -> {
      ProcessInstance started = runtime.createProcessInstanceByKey(ChangeProcess.KEY).setVariables(v).execute();
      String assess = tasks.createTaskQuery().processInstanceId(started.getId())
          .taskDefinitionKey(ChangeProcess.Element.ASSESS).singleResult().getId();
      tasks.complete(assess, Map.of(Var.FEASIBILITY, Outcome.NOT_FEASIBLE, Var.IMPACT_SCOPE, "system",
          Var.SERVICE_INTERRUPTION, true, Var.ASSESSMENT, "新阵列未到货，无法在本年度实施"));
      return started;
    });
    new Notifications(engine).deliver(pi.getBusinessKey());


    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).as("one copy per recipient").hasSize(2);
    assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .containsExactlyInAnyOrder("zhang@tax.example.gov.cn", "demo-second-line@opsflow.local");
    assertThat(received[0].getSubject()).isEqualTo("【OpsFlow】变更申请经评估不可行（" + pi.getBusinessKey() + "）");
    assertThat(Mails.text(received[0])).contains("更换存储阵列", "某市税务局信息科 张工", "不可行",
        "新阵列未到货", pi.getBusinessKey());
  }
}
