package com.opsflow.risk;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.risk.RiskReviewProcess.Element;
import com.opsflow.risk.RiskReviewProcess.Var;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The risk review through the engine REST API as the demo users work it, the four-eyes approval of a plan version
 * resting on the register (docs/adr/0007), and {@code GET /api/contingency-plans} for managers.
 */
@OpsFlowIntegrationTest
class RiskReviewRestTest {

  static final String START = "/engine-rest/process-definition/key/" + RiskReviewProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ContingencyPlanRegister plans;

  String taskId(ProcessInstance run, String key) {
    return tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(key).singleResult().getId();
  }

  ResponseEntity<String> claimAndComplete(RestClient user, String userId, String task, Map<String, Object> values) {
    ResponseEntity<String> claimed = user.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/claim",
        Map.of("userId", userId));
    assertThat(claimed.getStatusCode()).as("%s", claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return user.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/complete", variables(values));
  }

  @Test
  void shouldKeepTheAuthorFromApprovingTheirPlanThroughTheApiAndShowThePlanToManagers() {
    RestClient expert = RestClient.demo(http, "second-line");
    RestClient lead = RestClient.demo(http, "team-lead");
    Set<String> before = runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewProcess.KEY).list()
        .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    ResponseEntity<String> started = expert.raw(HttpMethod.POST, START, variables(Map.of(ScheduleVariables.SYSTEM,
        "invoice", ScheduleVariables.SCHEDULE, RiskReviewProcess.QUARTERLY)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = runtime.createProcessInstanceQuery().processDefinitionKey(RiskReviewProcess.KEY).list()
        .stream().filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();

    Map<String, Object> risk = new HashMap<>();
    risk.put(Var.RISK_TYPE, "security");
    risk.put(Var.RISK_DESCRIPTION, "开票服务器存在未修补的中间件漏洞");
    risk.put(Var.LIKELIHOOD, "low");
    risk.put(Var.IMPACT, "high");
    risk.put(Var.MITIGATION, "按安全加固计划修补，修补前限制管理端口访问");
    assertThat(claimAndComplete(expert, "demo-second-line", taskId(run, Element.SURVEY), risk).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String key = "invoice-vuln-" + Long.toString(System.nanoTime(), 36);
    Map<String, Object> plan = Map.of(Var.PLAN_KEY, key, Var.PLAN_TITLE, "发票系统安全事件专项应急预案",
        Var.FAULT_LEVEL, "P2", Var.PLAN_CONTENT, "1. 隔离受影响服务器；2. 切换备用节点；3. 上报采购方");
    assertThat(claimAndComplete(expert, "demo-second-line", taskId(run, Element.WRITE_PLAN), plan).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String approve = taskId(run, Element.APPROVE_PLAN);
    ResponseEntity<String> claim = expert.raw(HttpMethod.POST, "/engine-rest/task/" + approve + "/claim",
        Map.of("userId", "demo-second-line"));
    assertThat(claim.getStatusCode()).as("the author cannot take the approval").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> own = expert.raw(HttpMethod.POST, "/engine-rest/task/" + approve + "/complete",
        variables(Map.of(Var.APPROVAL_OUTCOME, "approved")));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("编写人不能审批自己的预案", "demo-second-line");
    for (ResponseEntity<String> rewrite : List.of(
        expert.raw(HttpMethod.PUT, "/engine-rest/task/" + approve + "/variables/" + Var.PLAN_AUTHOR,
            Map.of("value", "someone-else", "type", "String")),
        expert.raw(HttpMethod.PUT, "/engine-rest/process-instance/" + run.getId() + "/variables/" + Var.PLAN_AUTHOR,
            Map.of("value", "someone-else", "type", "String")),
        expert.raw(HttpMethod.DELETE, "/engine-rest/task/" + approve + "/variables/" + Var.PLAN_AUTHOR, null),
        expert.raw(HttpMethod.POST, "/engine-rest/task/" + approve + "/complete",
            variables(Map.of(Var.APPROVAL_OUTCOME, "approved", Var.PLAN_AUTHOR, "someone-else"))))) {
      assertThat(rewrite.getStatusCode()).as("%s", rewrite.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // even with the variable changed behind the API's back, the register names the author
    runtime.setVariable(run.getId(), Var.PLAN_AUTHOR, "someone-else");
    ResponseEntity<String> rewritten = expert.raw(HttpMethod.POST, "/engine-rest/task/" + approve + "/complete",
        variables(Map.of(Var.APPROVAL_OUTCOME, "approved")));
    assertThat(rewritten.getStatusCode()).as("%s", rewritten.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rewritten.getBody()).contains("编写人不能审批自己的预案");
    assertThat(plans.find(key, 1).orElseThrow().status()).isEqualTo("draft");

    assertThat(claimAndComplete(lead, "demo-team-lead", approve, Map.of(Var.APPROVAL_OUTCOME, "approved"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(plans.find(key, 1).orElseThrow().approvedBy()).isEqualTo("demo-team-lead");

    ResponseEntity<List<Map<String, Object>>> read = RestClient.demo(http, "project-manager")
        .getList("/api/contingency-plans?system=invoice");
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).filteredOn(p -> key.equals(p.get("planKey"))).singleElement().satisfies(p -> {
      assertThat(p).containsEntry("version", 1).containsEntry("status", "approved")
          .containsEntry("author", "demo-second-line").containsEntry("approvedBy", "demo-team-lead")
          .containsEntry("faultLevel", "P2").containsEntry("system", "invoice");
      assertThat(p.get("lastRehearsedAt")).isNull();
    });
    assertThat(RestClient.demo(http, "service-desk").raw(HttpMethod.GET, "/api/contingency-plans?system=invoice", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noSystem = RestClient.demo(http, "bureau-it").raw(HttpMethod.GET, "/api/contingency-plans",
        null);
    assertThat(noSystem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSystem.getBody()).contains("system");
    runtime.deleteProcessInstance(run.getId(), "test done");
  }
}
