package com.opsflow.drdrill;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.schedule.Frequency;
import com.opsflow.schedule.SchedulePeriod;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import com.opsflow.ticket.TicketTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Disaster-recovery drills (contract C) started by hand and approved over the engine REST API; /api/dr-drills. */
@OpsFlowIntegrationTest
class DrDrillRestTest {

  static final String OWNER_ENGINEER = "dr-owner-engineer";
  static final String START = "/engine-rest/process-definition/key/" + DrDrillProcess.KEY + "/start";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  TicketTime time;
  @Autowired
  IdentityService identity;

  /** The run {@code user} started by hand in this half-year (other test classes may share the database). */
  ProcessInstance latestRun(String user) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(DrDrillProcess.KEY)
        .variableValueEquals(ScheduleVariables.SYSTEM, "invoice")
        .variableValueEquals(ScheduleVariables.STARTED_BY, user)
        .variableValueEquals(ScheduleVariables.PERIOD_KEY,
            SchedulePeriod.containing(Frequency.HALF_YEAR, time.today()).key()).list().stream()
        .max(Comparator.comparing(ProcessInstance::getBusinessKey)).orElseThrow();
  }

  Task task(ProcessInstance run, String key) {
    return tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(key).singleResult();
  }

  @Test
  void shouldLetSecondLineStartADrillAndTheOwnerApproveItButNeverTheAuthor() {
    RestClient expert = RestClient.demo(http, "second-line");
    ResponseEntity<String> wrong = expert.raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "tips", ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY)));
    assertThat(wrong.getStatusCode()).as("%s", wrong.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("schedule");
    ResponseEntity<String> byDesk = RestClient.demo(http, "service-desk").raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY)));
    assertThat(byDesk.getStatusCode()).as("the desk does not run drills").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> started = expert.raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = latestRun("demo-second-line");
    Task plan = task(run, DrDrillProcess.Element.PLAN);
    assertThat(expert.raw(HttpMethod.POST, "/engine-rest/task/" + plan.getId() + "/claim",
        Map.of("userId", "demo-second-line")).getStatusCode().is2xxSuccessful()).isTrue();
    ResponseEntity<String> noParticipants = expert.raw(HttpMethod.POST, "/engine-rest/task/" + plan.getId()
        + "/complete", variables(Map.of(DrDrillProcess.Var.SCOPE_APPLICATION, true)));
    assertThat(noParticipants.getStatusCode()).as("%s", noParticipants.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noParticipants.getBody()).contains(DrDrillProcess.Var.PARTICIPANTS);
    ResponseEntity<String> planned = expert.raw(HttpMethod.POST, "/engine-rest/task/" + plan.getId() + "/complete",
        variables(Map.of(DrDrillProcess.Var.PARTICIPANTS, "demo-second-line、采购方系统管理员")));
    assertThat(planned.getStatusCode()).as("%s", planned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Task approve = task(run, DrDrillProcess.Element.APPROVE);
    ResponseEntity<String> byExpert = expert.raw(HttpMethod.POST, "/engine-rest/task/" + approve.getId() + "/complete",
        variables(Map.of(DrDrillProcess.Var.APPROVAL, "approved")));
    assertThat(byExpert.getStatusCode()).as("%s", byExpert.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> byOwner = RestClient.demo(http, "system-owner").raw(HttpMethod.POST,
        "/engine-rest/task/" + approve.getId() + "/complete", variables(Map.of(DrDrillProcess.Var.APPROVAL, "approved")));
    assertThat(byOwner.getStatusCode()).as("%s", byOwner.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(run, DrDrillProcess.Element.PERFORM)).isNotNull();

    RestClient manager = RestClient.demo(http, "project-manager");
    ResponseEntity<List<Map<String, Object>>> list = manager.getList("/api/dr-drills?system=invoice&year="
        + time.today().getYear());
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getBody()).filteredOn(d -> run.getBusinessKey().equals(d.get("drillNumber"))).singleElement()
        .satisfies(d -> {
          assertThat(d).containsEntry("status", "approved").containsEntry("plannedBy", "demo-second-line")
              .containsEntry("approvedBy", "demo-system-owner").containsEntry("rtoTargetMinutes", 240)
              .containsEntry("overdue", false).containsEntry("systemName", "发票系统");
        });
  }

  @Test
  void shouldRefuseWith403TheApprovalOfAPlanByItsAuthorWhoAlsoOwnsTheSystem() {
    users.create(OWNER_ENGINEER, "二线兼系统负责人", "second-line", "system-owner");
    RestClient both = new RestClient(http, OWNER_ENGINEER, "demo");
    ResponseEntity<String> started = both.raw(HttpMethod.POST, START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, DrDrillProcess.HALF_YEARLY)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = latestRun(OWNER_ENGINEER);
    Task plan = task(run, DrDrillProcess.Element.PLAN);
    ResponseEntity<String> planned = both.raw(HttpMethod.POST, "/engine-rest/task/" + plan.getId() + "/complete",
        variables(Map.of(DrDrillProcess.Var.PARTICIPANTS, OWNER_ENGINEER)));
    assertThat(planned.getStatusCode()).as("%s", planned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    Task approve = task(run, DrDrillProcess.Element.APPROVE);
    ResponseEntity<String> claim = both.raw(HttpMethod.POST, "/engine-rest/task/" + approve.getId() + "/claim",
        Map.of("userId", OWNER_ENGINEER));
    assertThat(claim.getStatusCode()).as("the author cannot take it either: %s", claim.getBody())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(task(run, DrDrillProcess.Element.APPROVE).getAssignee()).as("left for another owner").isNull();
    ResponseEntity<String> own = both.raw(HttpMethod.POST, "/engine-rest/task/" + approve.getId() + "/complete",
        variables(Map.of(DrDrillProcess.Var.APPROVAL, "approved")));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("编制人不能审批");
    assertThat(task(run, DrDrillProcess.Element.APPROVE)).as("still waiting for another owner").isNotNull();
    ResponseEntity<String> other = RestClient.demo(http, "system-owner").raw(HttpMethod.POST,
        "/engine-rest/task/" + approve.getId() + "/complete", variables(Map.of(DrDrillProcess.Var.APPROVAL, "approved")));
    assertThat(other.getStatusCode()).as("%s", other.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void shouldAnswer400NamingTheParameterAnd403ForOtherGroups() {
    RestClient manager = RestClient.demo(http, "bureau-it");
    ResponseEntity<String> badSystem = manager.raw(HttpMethod.GET, "/api/dr-drills?system=erp", null);
    assertThat(badSystem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSystem.getBody()).contains("system");
    ResponseEntity<String> badYear = manager.raw(HttpMethod.GET, "/api/dr-drills?year=26", null);
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody()).contains("year");
    assertThat(manager.getList("/api/dr-drills").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(RestClient.demo(http, "second-line").raw(HttpMethod.GET, "/api/dr-drills", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
