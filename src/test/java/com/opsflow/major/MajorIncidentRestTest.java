package com.opsflow.major;

import com.opsflow.support.TestSmtp;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Declaring a running incident major through REST, and the report going out to the designated contact. */
@OpsFlowIntegrationTest
class MajorIncidentRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  private String runningIncident() {
    return (String) RestClient.demo(http, "service-desk")
        .post("/api/incidents", ProcessDriver.incidentVariables("oa", "office", "medium")).getBody().get("ticketNumber");
  }

  @Test
  void shouldLetSecondLineDeclareARunningIncidentMajorUnderTheSameNumber() {
    String ticket = runningIncident();
    RestClient secondLine = RestClient.demo(http, "second-line");

    ResponseEntity<Map<String, Object>> declared = secondLine.post("/api/incidents/" + ticket + "/major",
        Map.of("reason", "全市公文无法流转"));

    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ProcessInstance major = runtime.createProcessInstanceQuery().processDefinitionKey("major-incident")
        .processInstanceBusinessKey(ticket).singleResult();
    assertThat(major.getId()).isEqualTo(declared.getBody().get("processInstanceId"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).processDefinitionKey("incident")
        .count()).as("the incident goes on").isEqualTo(1);
    assertThat(secondLine.raw(HttpMethod.POST, "/api/incidents/" + ticket + "/major", Map.of("reason", "again"))
        .getBody()).contains("already handled as a major incident");
  }

  /** B-2.3.14「在故障发生的24小时内，提供第一次事故报告」: the REST declaration takes the fault time and refuses a future one. */
  @Test
  void shouldCountTheFirstReportFromTheFaultTimeGivenOverRest() {
    String ticket = runningIncident();
    RestClient secondLine = RestClient.demo(http, "second-line");
    ResponseEntity<String> future = secondLine.raw(HttpMethod.POST, "/api/incidents/" + ticket + "/major",
        Map.of("reason", "全市公文无法流转", "faultOccurredAt", "2999-01-01T08:00+08:00"));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("'faultOccurredAt'");

    Instant fault = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
    ResponseEntity<Map<String, Object>> declared = secondLine.post("/api/incidents/" + ticket + "/major",
        Map.of("reason", "全市公文无法流转", "faultOccurredAt", fault.atOffset(ZoneOffset.ofHours(8)).toString()));

    assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Date due = (Date) runtime.getVariable((String) declared.getBody().get("processInstanceId"), "firstReportDue");
    assertThat(due.toInstant()).isEqualTo(fault.plus(Duration.ofHours(24)));
  }

  @Test
  void shouldRefuseDeclarationsFromOtherGroupsAndBadInput() {
    String ticket = runningIncident();
    assertThat(RestClient.demo(http, "service-desk").raw(HttpMethod.POST, "/api/incidents/" + ticket + "/major",
        Map.of("reason", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    RestClient secondLine = RestClient.demo(http, "second-line");
    ResponseEntity<String> noReason = secondLine.raw(HttpMethod.POST, "/api/incidents/" + ticket + "/major", Map.of());
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("'reason'");
    assertThat(secondLine.raw(HttpMethod.POST, "/api/incidents/INC-20990101-9999/major", Map.of("reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("major-incident")
        .processInstanceBusinessKey(ticket).count()).isZero();
  }

  @Test
  void shouldRefuseATasklistDeclarationNamingNoRunningIncident() {
    RestClient secondLine = RestClient.demo(http, "second-line");
    ResponseEntity<String> unknown = secondLine.raw(HttpMethod.POST,
        "/engine-rest/process-definition/key/major-incident/start",
        RestClient.variables(Map.of("ticketNumber", "INC-20990101-0001", "majorReason", "x")));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("'ticketNumber'");
    ResponseEntity<String> noReason = secondLine.raw(HttpMethod.POST,
        "/engine-rest/process-definition/key/major-incident/start",
        RestClient.variables(Map.of("ticketNumber", runningIncident())));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("'majorReason'");

    ResponseEntity<Map<String, Object>> started = secondLine.post(
        "/engine-rest/process-definition/key/major-incident/start",
        RestClient.variables(Map.of("ticketNumber", runningIncident(), "majorReason", "全市中断")));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).startsWith("INC-");
  }

  @Test
  void shouldMailTheReportToTheDesignatedContactsAndOfferItForDownload() throws Exception {
    String ticket = runningIncident();
    RestClient.demo(http, "second-line").post("/api/incidents/" + ticket + "/major", Map.of("reason", "全市公文无法流转"));
    ProcessInstance major = runtime.createProcessInstanceQuery().processDefinitionKey("major-incident")
        .processInstanceBusinessKey(ticket).singleResult();
    ProcessDriver driver = new ProcessDriver(engine);
    driver.complete(major, "Task_SecondLineRespond", "responseNote", "数据库连接池耗尽");
    driver.complete(major, "Task_RestoreService", "progressNote", "已恢复", "restoreOutcome", "restored",
        "restoreNote", "扩大连接池并重启");
    driver.complete(major, "Task_FindRootCause", "rootCause", "连接泄漏");
    driver.complete(major, "Task_ProposeSolution", "solution", "修复连接泄漏", "recommendation", "增加连接池监控");
    driver.complete(major, "Task_FollowUpMonitoring", "monitoringOutcome", "stable", "monitoringNote", "稳定");

    GreenMail smtp = new GreenMail(TestSmtp.SMTP);
    smtp.start();
    try {
      ProcessInstance mail = runtime.createProcessInstanceQuery().processDefinitionKey("notification")
          .processInstanceBusinessKey(ticket).list().stream()
          .filter(p -> "major-final-report".equals(runtime.getVariable(p.getId(), "notificationTemplate")))
          .findFirst().orElseThrow();
      management.executeJob(management.createJobQuery().processInstanceId(mail.getId()).singleResult().getId());
      MimeMessage sent = smtp.getReceivedMessages()[0];
      assertThat(sent.getAllRecipients()).extracting(Object::toString)
          .contains("oa-contact@tax.example.gov.cn", "oa-deputy@tax.example.gov.cn", "demo-team-lead@opsflow.local");
      assertThat(sent.getSubject()).isEqualTo("【OpsFlow】突发事件分析报告 " + ticket + "：电子缴款书打印失败");
      Part attachment = ((Multipart) sent.getContent()).getBodyPart(1);
      assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo(ticket + "-突发事件分析报告.docx");
    } finally {
      smtp.stop();
    }

    RestClient lead = RestClient.demo(http, "team-lead");
    ResponseEntity<String> list = lead.raw(HttpMethod.GET, "/api/tickets/" + ticket + "/documents", null);
    assertThat(list.getBody()).contains("major-incident-report");
    String id = list.getBody().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    ResponseEntity<byte[]> file = http.exchange("/api/tickets/" + ticket + "/documents/" + id, HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(basic("demo-team-lead")), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType()).hasToString(com.opsflow.document.TicketDocuments.DOCX);
    assertThat(file.getBody()).startsWith((byte) 'P', (byte) 'K');
    assertThat(RestClient.demo(http, "vendor").raw(HttpMethod.GET, "/api/tickets/" + ticket + "/documents", null)
        .getStatusCode()).as("not for groups that cannot see the ticket").isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static org.springframework.http.HttpHeaders basic(String user) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }
}
