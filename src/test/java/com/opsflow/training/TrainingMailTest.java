package com.opsflow.training;

import com.opsflow.support.Notifications;
import com.opsflow.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.training.TrainingProcess.Element;
import com.opsflow.training.TrainingProcess.Var;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The training results reach the bureau over real SMTP (GreenMail) with the report attached. */
@OpsFlowIntegrationTest
class TrainingMailTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @RegisterExtension
  final GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

  void complete(ProcessInstance pi, String key, String name, Object value) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId(),
        Map.of(name, value));
  }

  @Test
  void shouldReportTheResultsToTheBureauWithTheReportAttached() throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "invoice");
    v.put(Var.TOPIC, "发票系统灾备切换培训");
    v.put(Var.TRAINING_AT, "2031-10-10T14:00");
    v.put(Var.PLACE, "灾备中心");
    v.put(Var.TEACHER, "黄工");
    v.put(Var.MATERIAL, "切换手册");
    v.put(Var.TRAINEES, "甲,乙");
    ProcessInstance pi = runtime.startProcessInstanceByKey(TrainingProcess.KEY, v);
    complete(pi, Element.DELIVER, Var.DELIVERY_NOTE, "按计划完成");
    complete(pi, Element.RECORD_EXAM, Var.EXAM_RESULTS, "甲,88\n乙,92");
    management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(Element.WRITE_REPORT)
        .singleResult().getId());
    new Notifications(engine).deliver(pi.getBusinessKey(), "training-report");


    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).isNotEmpty();
    assertThat(Arrays.stream(received[0].getRecipients(Message.RecipientType.TO)).map(Object::toString))
        .contains("demo-bureau-it@opsflow.local", "demo-system-owner@opsflow.local");
    assertThat(received[0].getSubject()).isEqualTo("【OpsFlow】培训结果上报（" + pi.getBusinessKey() + "）：培训：发票系统灾备切换培训");
    List<String> attachments = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    collect(received[0], attachments, body);
    assertThat(attachments).containsExactly(pi.getBusinessKey() + TrainingReport.FILE_SUFFIX);
    assertThat(body.toString()).contains("培训讲师：黄工", "培训对象（2 人）：甲、乙", "累计 2/2 人通过，通过率 100.0%");
  }

  private static void collect(Part part, List<String> attachments, StringBuilder body) throws Exception {
    if (part.getFileName() != null) {
      attachments.add(MimeUtility.decodeText(part.getFileName()));
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), attachments, body);
      }
    } else {
      body.append(part.getContent());
    }
  }
}
