package com.opsflow.leave;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import com.opsflow.support.WebappSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Leave requests through the engine REST API as the demo users: bad input 400, own leave never approved (403). */
@OpsFlowIntegrationTest
class LeaveRestTest {

  static final String START = "/engine-rest/process-definition/key/leave-request/start";
  /** A resident engineer who is also team lead (the case four-eyes is for). */
  static final String LEAD_ENGINEER = "lv-lead-engineer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  LeaveRegister register;
  @Autowired
  RepositoryService repository;

  RestClient desk;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    users.create(LEAD_ENGINEER, "组长兼驻场", "service-desk", "team-lead");
  }

  static Map<String, Object> leave(String backup, double days) {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    Map<String, Object> v = new HashMap<>();
    v.put("leaveType", "annual");
    v.put("leaveFrom", tomorrow.toString());
    v.put("leaveTo", tomorrow.toString());
    v.put("days", days);
    v.put("sudden", false);
    v.put("reason", "年假");
    v.put("backupEngineer", backup);
    return v;
  }

  @Test
  void shouldRefuseBadStartInputWith400NamingTheField() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("leave-request").count();
    Map<String, Object> noReason = leave("demo-second-line", 1);
    noReason.remove("reason");
    Map<String, Map<String, Object>> cases = Map.of(
        "backupEngineer", leave("demo-service-desk", 1),
        "days", leave("demo-second-line", 2),
        "reason", noReason);
    cases.forEach((field, input) -> {
      ResponseEntity<String> answer = desk.raw(HttpMethod.POST, START, variables(input));
      assertThat(answer.getStatusCode()).as("%s: %s", field, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("'" + field + "'");
    });
    assertThat(desk.raw(HttpMethod.POST, START, variables(leave("demo-service-desk", 1))).getBody())
        .contains("不能是申请人本人");
    assertThat(desk.raw(HttpMethod.POST, START, variables(leave("nobody-here", 1))).getBody()).contains("不存在");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("leave-request").count()).isEqualTo(before);
  }

  @Test
  void shouldNeverLetTheApplicantApproveOwnLeave() {
    RestClient leadEngineer = new RestClient(http, LEAD_ENGINEER, "demo");
    ResponseEntity<Map<String, Object>> started = leadEngineer.post(START, variables(leave("demo-second-line", 1)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    String number = (String) started.getBody().get("businessKey");
    assertThat(number).matches("LV-\\d{8}-\\d{4,}");
    Task approval = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_ApproveLeave")
        .singleResult();
    Map<String, Object> approve = variables(Map.of("approval", "approved", "approvalComment", "同意"));

    ResponseEntity<String> own = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval.getId() + "/complete",
        approve);

    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("不能审批自己的请假");
    assertThat(register.find(number).orElseThrow().status()).isEqualTo(LeaveRegister.PENDING);

    ResponseEntity<String> byLead = RestClient.demo(http, "team-lead").raw(HttpMethod.POST,
        "/engine-rest/task/" + approval.getId() + "/complete", approve);
    assertThat(byLead.getStatusCode()).as("%s", byLead.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.find(number).orElseThrow().status()).isEqualTo(LeaveRegister.APPROVED);
    assertThat(register.find(number).orElseThrow().approvedBy()).isEqualTo("demo-team-lead");
    List<ProcessInstance> open = runtime.createProcessInstanceQuery().processInstanceId(instanceId).list();
    open.forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done"));
  }

  @Test
  void shouldStartFromTasklistAsTheLoggedInEngineer() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("leave-request")
        .latestVersion().singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "demo-second-line", "demo");
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";

    ResponseEntity<String> self = tasklist.postJson(submit, variables(leave("demo-second-line", 1)));
    assertThat(self.getStatusCode()).as("%s", self.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(self.getBody()).contains("backupEngineer", "不能是申请人本人");

    ResponseEntity<String> started = tasklist.postJson(submit, variables(leave("demo-service-desk", 0.5)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey("leave-request")
        .variableValueEquals("backupEngineer", "demo-service-desk").variableValueEquals("applicant", "demo-second-line")
        .singleResult();
    assertThat(pi).isNotNull();
    assertThat(register.find(pi.getBusinessKey()).orElseThrow().applicant()).isEqualTo("demo-second-line");
    runtime.deleteProcessInstance(pi.getId(), "test done");
  }
}
