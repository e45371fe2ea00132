package com.opsflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Processes started through their message start events over engine-rest ({@code POST /message}) get
 * the same start checks as any other start: 400 naming the field, and no instance, no ticket.
 */
@OpsFlowIntegrationTest
class StartByMessageRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TicketService tickets;
  @Autowired
  ProcessEngine engine;

  RestClient admin;

  @BeforeEach
  void users() {
    admin = new RestClient(http, "admin", "admin");
  }

  @Test
  void shouldRefuseTheOutsideProbeOfAKnowledgeDraftByMessage() {
    Map<String, Object> probe = new LinkedHashMap<>();
    probe.put("system", "windows");
    probe.put("category", "other");
    probe.put("title", "");
    probe.put("symptom", "蓝屏");
    probe.put("sourceTicket", "INC-20990101-9999");

    assertRefused("knowledge", message("knowledge-draft-requested", null, probe), "system");
  }

  @Test
  void shouldRefuseAKnowledgeDraftByMessageWithAnUnknownSourceTicketOrNoArticle() {
    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("system", "tips");
    draft.put("category", "other");
    draft.put("title", "电子缴款书打印失败");
    draft.put("symptom", "打印时报错");
    Map<String, Object> unknownTicket = new HashMap<>(draft);
    unknownTicket.put("sourceTicket", "INC-20990101-9999");

    assertRefused("knowledge", message("knowledge-draft-requested", "KB-0001", unknownTicket), "sourceTicket");
    assertRefused("knowledge", message("knowledge-draft-requested", null, draft), "businessKey");
    assertRefused("knowledge", message("knowledge-draft-requested", "KB-9999", draft), "businessKey");
  }

  @Test
  void shouldRefuseAMajorIncidentDeclaredByMessageWithoutAnExistingOpenTicket() {
    Map<String, Object> declared = Map.of("majorReason", "全省无法开票");

    assertRefused("major-incident", message("MajorIncidentDeclared", null, declared), "businessKey");
    assertRefused("major-incident", message("MajorIncidentDeclared", "INC-20990101-0001", declared), "ticketNumber");
  }

  /** Issue 9: who declared is the authenticated caller, never a variable the message carries. */
  @Test
  void shouldRecordTheCallerAsDeclarerWhateverTheMessageSays() {
    String ticket = new ProcessDriver(engine).startIncident(ProcessDriver.incidentVariables("oa", "individual", "low"))
        .getBusinessKey();
    Map<String, Object> forged = Map.of("majorReason", "全省无法开票", "majorDeclaredBy", "demo-system-owner");

    ResponseEntity<String> answer = admin.raw(HttpMethod.POST, "/engine-rest/message",
        message("MajorIncidentDeclared", ticket, forged));

    assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
    assertThat(tickets.events(ticket)).filteredOn(e -> e.eventType().equals("major-incident-declared"))
        .extracting(TicketEventRecord::actor).containsExactly("admin");
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test done"));
  }

  @Test
  void shouldRefuseAQualityInspectionRequestedByMessageWithBadInput() {
    assertRefused("quality-inspection", message("quality-inspection-requested", null, Map.of("weekOf", "2026-11-02")),
        "engineer");
    assertRefused("quality-inspection", message("quality-inspection-requested", null,
        Map.of("engineer", 42, "weekOf", "2026-11-02")), "engineer");
  }

  private void assertRefused(String processKey, Map<String, Object> body, String field) {
    long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();
    int ticketsBefore = tickets.count();

    ResponseEntity<String> answer = admin.raw(HttpMethod.POST, "/engine-rest/message", body);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("'" + field + "'");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isEqualTo(instancesBefore);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  private static Map<String, Object> message(String name, String businessKey, Map<String, Object> plain) {
    Map<String, Object> vars = new LinkedHashMap<>();
    plain.forEach((k, v) -> vars.put(k, Map.of("value", v)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", name);
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    body.put("processVariables", vars);
    return body;
  }
}
