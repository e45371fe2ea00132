package com.opsflow.hardening;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.hardening.SecurityHardeningProcess.Element;
import com.opsflow.hardening.SecurityHardeningProcess.Var;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.TicketTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Security hardening through the engine REST API as Tasklist sends it (the findings list as a Json variable), and the
 * findings register {@code GET /api/hardening-findings} for managers.
 */
@OpsFlowIntegrationTest
class HardeningRestTest {

  static final String START = "/engine-rest/process-definition/key/" + SecurityHardeningProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HardeningRegister register;
  @Autowired
  TicketTime time;

  static Map<String, Object> checkBody(String findingsJson) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put(Var.REASON, Map.of("value", "局安全通报（临时检查）"));
    vars.put(Var.SCOPE, Map.of("value", "发票系统应用服务器"));
    vars.put(Var.METHOD, Map.of("value", "漏洞扫描"));
    vars.put(Var.FINDINGS, Map.of("value", findingsJson, "type", "Json"));
    return Map.of("variables", vars);
  }

  @Test
  void shouldLetSecondLineRecordFindingsTheOwnerSetTheDeadlineAndManagersReadTheRegister() {
    RestClient expert = RestClient.demo(http, "second-line");
    ResponseEntity<String> wrongSchedule = expert.raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, "daily-check")));
    assertThat(wrongSchedule.getStatusCode()).as("%s", wrongSchedule.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongSchedule.getBody()).contains("schedule");
    ResponseEntity<String> byDesk = RestClient.demo(http, "service-desk").raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, SecurityHardeningProcess.PERIODIC_CHECK)));
    assertThat(byDesk.getStatusCode()).as("the desk does not run hardening checks").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> started = expert.raw(HttpMethod.POST, START, variables(Map.of(ScheduleVariables.SYSTEM,
        "invoice", ScheduleVariables.SCHEDULE, SecurityHardeningProcess.PERIODIC_CHECK)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = runtime.createProcessInstanceQuery().processDefinitionKey(SecurityHardeningProcess.KEY)
        .list().stream().max(Comparator.comparing(ProcessInstance::getBusinessKey)).orElseThrow();
    Task check = tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(Element.CHECK).singleResult();
    String submit = "/engine-rest/task/" + check.getId() + "/submit-form";

    ResponseEntity<String> noComponent = expert.raw(HttpMethod.POST, submit, checkBody(
        "[{\"severity\":\"high\",\"description\":\"远程代码执行\",\"remedy\":\"升级\"}]"));
    assertThat(noComponent.getStatusCode()).as("%s", noComponent.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noComponent.getBody()).contains("findings", "component");
    Map<String, Object> smuggled = new HashMap<>(checkBody("[]"));
    Map<String, Object> vars = new LinkedHashMap<>(castMap(smuggled.get("variables")));
    vars.put(Var.DUE, Map.of("value", "2099-01-01"));
    ResponseEntity<String> notAField = expert.raw(HttpMethod.POST, submit, Map.of("variables", vars));
    assertThat(notAField.getStatusCode()).as("%s", notAField.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> ok = expert.raw(HttpMethod.POST, submit, checkBody(
        "[{\"severity\":\"high\",\"component\":\"Nginx 1.18\",\"description\":\"远程代码执行\",\"remedy\":\"升级到 1.24\","
            + "\"configChange\":false}]"));
    assertThat(ok.getStatusCode()).as("%s", ok.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    HardeningRegister.Finding finding = register.findings(run.getBusinessKey()).get(0);
    assertThat(finding.component()).isEqualTo("Nginx 1.18");

    Task deadline = tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(Element.SET_DEADLINE)
        .singleResult();
    String deadlineSubmit = "/engine-rest/task/" + deadline.getId() + "/submit-form";
    Map<String, Object> deadlineBody = variables(Map.of(Var.DEADLINE, time.today().plusDays(10).toString()));
    ResponseEntity<String> byExpert = expert.raw(HttpMethod.POST, deadlineSubmit, deadlineBody);
    assertThat(byExpert.getStatusCode()).as("only the bureau sets the deadline")
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> byOwner = RestClient.demo(http, "system-owner").raw(HttpMethod.POST, deadlineSubmit,
        deadlineBody);
    assertThat(byOwner.getStatusCode()).as("%s", byOwner.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<List<Map<String, Object>>> listed = RestClient.demo(http, "project-manager")
        .getList("/api/hardening-findings?system=invoice&status=hardening");
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).anySatisfy(f -> {
      assertThat(f.get("checkNumber")).isEqualTo(run.getBusinessKey());
      assertThat(f.get("deadline")).isEqualTo(time.today().plusDays(10).toString());
      assertThat(f.get("deadlineSetBy")).isEqualTo("demo-system-owner");
    });
    assertThat(RestClient.demo(http, "second-line").raw(HttpMethod.GET, "/api/hardening-findings", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> badStatus = RestClient.demo(http, "system-owner").raw(HttpMethod.GET,
        "/api/hardening-findings?status=fixed", null);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStatus.getBody()).contains("status");
    runtime.deleteProcessInstance(run.getId(), "test done");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object value) {
    return (Map<String, Object>) value;
  }
}
