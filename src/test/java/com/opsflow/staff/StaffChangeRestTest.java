package com.opsflow.staff;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.scoring.ResidentEngineers;
import com.opsflow.staff.StaffChangeProcess.Element;
import com.opsflow.staff.StaffChangeProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.TicketTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** staff-change through the engine REST API as the demo users (A-4.3, B-2.4.3(8)). */
@OpsFlowIntegrationTest
class StaffChangeRestTest {

  static final String START = "/engine-rest/process-definition/key/" + StaffChangeProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  StaffChangeRegister register;
  @Autowired
  ResidentEngineers engineers;
  @Autowired
  TicketTime time;

  Map<String, Object> request(String leaving) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.CONTRACT, "oa");
    v.put(Var.LEAVING, leaving);
    v.put(Var.LAST_DAY, time.today().plusMonths(2).toString());
    v.put(Var.REASON, "调往其他项目");
    v.put(Var.ALREADY_REPLACED, false);
    return v;
  }

  String task(String instanceId, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    return "/engine-rest/task/" + task.getId() + "/complete";
  }

  /**
   * B-2.4.3(8) "在合同服务期内未经采购方同意，不得随意更换": the vendor asks (400 naming a bad field, the desk may not ask),
   * the bureau decides; the hand-over may write only its own fields.
   */
  @Test
  void shouldLetTheTeamLeadAskAndTheBureauDecideOnRest() {
    RestClient lead = RestClient.demo(http, "team-lead");
    ResponseEntity<String> bad = lead.raw(HttpMethod.POST, START, variables(request("nobody-here")));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("leavingEngineer");
    String leaving = register.roster("oa", engineers.of("oa")).get(0);
    assertThat(RestClient.demo(http, "service-desk").raw(HttpMethod.POST, START, variables(request(leaving)))
        .getStatusCode()).as("the desk does not ask for staff changes").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> started = lead.post(START, variables(request(leaving)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    String number = (String) started.getBody().get("businessKey");
    assertThat(number).matches("SC-\\d{8}-\\d{4,}");

    ResponseEntity<String> byLead = lead.raw(HttpMethod.POST, task(id, Element.CONSENT),
        variables(Map.of(Var.CONSENT, "approve", Var.CONSENT_COMMENT, "自己批")));
    assertThat(byLead.getStatusCode()).as("only the bureau decides: %s", byLead.getBody()).isIn(HttpStatus.FORBIDDEN,
        HttpStatus.NOT_FOUND);
    ResponseEntity<String> decided = RestClient.demo(http, "bureau-it").raw(HttpMethod.POST, task(id, Element.CONSENT),
        variables(Map.of(Var.CONSENT, "approve", Var.CONSENT_COMMENT, "同意")));
    assertThat(decided.getStatusCode()).as("%s", decided.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.find(number).orElseThrow().decidedBy()).isEqualTo("demo-bureau-it");

    ResponseEntity<String> sneaky = lead.raw(HttpMethod.POST, task(id, Element.HAND_OVER),
        variables(Map.of(Var.HANDOVER_DOCUMENTS, "手册", Var.REPLACEMENT, "demo-second-line")));
    assertThat(sneaky.getStatusCode()).as("%s", sneaky.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

    runtime.deleteProcessInstance(id, "test done");
  }

  /**
   * A-4.3 / B-2.4.3(8) "在合同服务期内未经采购方同意，不得随意更换": the register of staff changes and each contract's roster
   * are readable by the vendor's project manager, the system owners and the bureau ({@code /api/staff-changes}); the
   * engineers themselves and the team lead are refused; a bad filter is a 400 naming it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void shouldLetTheManagersAndTheBureauReadTheStaffChangeRegister() {
    RestClient lead = RestClient.demo(http, "team-lead");
    String leaving = register.roster("oa", engineers.of("oa")).get(0);
    ResponseEntity<Map<String, Object>> started = lead.post(START, variables(request(leaving)));
    String number = (String) started.getBody().get("businessKey");

    for (String group : List.of("project-manager", "system-owner", "bureau-it")) {
      RestClient reader = RestClient.demo(http, group);
      ResponseEntity<List<Map<String, Object>>> pending = reader.getList("/api/staff-changes?contract=oa&status=pending");
      assertThat(pending.getStatusCode()).as(group).isEqualTo(HttpStatus.OK);
      assertThat(pending.getBody()).as(group).anyMatch(c -> number.equals(c.get("changeNumber"))
          && leaving.equals(c.get("leavingEngineer")) && "pending".equals(c.get("status")));
      assertThat(reader.get("/api/staff-changes/" + number).getBody()).containsEntry("contract", "oa");
      assertThat((List<Object>) reader.get("/api/staff-changes/roster?contract=oa").getBody().get("engineers"))
          .as("nothing changes before the consent").contains(leaving);
    }
    for (String group : List.of("service-desk", "second-line", "team-lead")) {
      assertThat(RestClient.demo(http, group).raw(HttpMethod.GET, "/api/staff-changes", null).getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    RestClient bureau = RestClient.demo(http, "bureau-it");
    assertThat(bureau.get("/api/staff-changes?contract=xx").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bureau.get("/api/staff-changes?contract=xx").getBody()).containsEntry("field", "contract");
    assertThat(bureau.get("/api/staff-changes/SC-20200101-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    runtime.deleteProcessInstance((String) started.getBody().get("id"), "test done");
  }
}
