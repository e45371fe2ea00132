package com.opsflow.healthcheck;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.backup.BackupProcess;
import com.opsflow.backup.BackupRegister;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.TicketTime;
import java.util.Comparator;
import java.util.HashMap;
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

/** Scheduled operations started by hand and worked through the engine REST API, as the demo users. */
@OpsFlowIntegrationTest
class ScheduledOperationsRestTest {

  static final String BACKUP_START = "/engine-rest/process-definition/key/" + BackupProcess.KEY + "/start";
  static final String HEALTH_CHECK_START = "/engine-rest/process-definition/key/" + HealthCheckProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  BackupRegister register;
  @Autowired
  TicketTime time;

  ProcessInstance latestRun(String process, String schedule, String system) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(process)
        .variableValueEquals(ScheduleVariables.SCHEDULE, schedule).variableValueEquals(ScheduleVariables.SYSTEM, system)
        .list().stream().max(Comparator.comparing(ProcessInstance::getBusinessKey)).orElseThrow();
  }

  @Test
  void shouldLetTheDeskStartAndRecordABackupCheckWith400ForBadInputAndNothingHalfCreated() {
    RestClient desk = RestClient.demo(http, "service-desk");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(BackupProcess.KEY).count();

    ResponseEntity<String> unknown = desk.raw(HttpMethod.POST, BACKUP_START, variables(Map.of(
        ScheduleVariables.SYSTEM, "oa", ScheduleVariables.SCHEDULE, "yearly")));
    assertThat(unknown.getStatusCode()).as("%s", unknown.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("schedule");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BackupProcess.KEY).count()).isEqualTo(before);
    ResponseEntity<String> byQuality = RestClient.demo(http, "quality").raw(HttpMethod.POST, BACKUP_START,
        variables(Map.of(ScheduleVariables.SYSTEM, "oa", ScheduleVariables.SCHEDULE, BackupProcess.DAILY_CHECK)));
    assertThat(byQuality.getStatusCode()).as("quality inspectors do not run backups").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> started = desk.raw(HttpMethod.POST, BACKUP_START, variables(Map.of(
        ScheduleVariables.SYSTEM, "oa", ScheduleVariables.SCHEDULE, BackupProcess.DAILY_CHECK)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = latestRun(BackupProcess.KEY, BackupProcess.DAILY_CHECK, "oa");
    Task check = tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(BackupProcess.Element.CHECK)
        .singleResult();
    String complete = "/engine-rest/task/" + check.getId() + "/complete";

    Map<String, Object> noSize = new HashMap<>();
    noSize.put(BackupProcess.Var.BACKUP_DONE, true);
    noSize.put(BackupProcess.Var.VERIFICATION, "passed");
    noSize.put(BackupProcess.Var.LOCATION, "备份服务器 /backup/oa");
    ResponseEntity<String> bad = desk.raw(HttpMethod.POST, complete, variables(noSize));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("backupSizeMb");
    assertThat(register.check(run.getBusinessKey()).orElseThrow().status()).isEqualTo("open");

    Map<String, Object> done = new HashMap<>(noSize);
    done.put(BackupProcess.Var.SIZE_MB, 1024);
    ResponseEntity<String> ok = desk.raw(HttpMethod.POST, complete, variables(done));
    assertThat(ok.getStatusCode()).as("%s", ok.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    BackupRegister.Check recorded = register.check(run.getBusinessKey()).orElseThrow();
    assertThat(recorded.status()).isEqualTo("ok");
    assertThat(recorded.checkedBy()).isEqualTo("demo-service-desk");
    assertThat(recorded.day()).isEqualTo(time.today());
  }

  @Test
  void shouldRefuseARunStartedByMessageWithoutAScheduleOfTheSystem() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(BackupProcess.KEY).count();
    Map<String, Object> body = new HashMap<>();
    body.put("messageName", BackupProcess.MESSAGE);
    body.put("processVariables", Map.of(ScheduleVariables.SYSTEM, Map.of("value", "oa"),
        ScheduleVariables.SCHEDULE, Map.of("value", "quarterly"), ScheduleVariables.PERIOD_START, Map.of("value", "2030-01-01")));

    ResponseEntity<String> answer = new RestClient(http, "admin", "admin").raw(HttpMethod.POST, "/engine-rest/message",
        body);

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("schedule");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BackupProcess.KEY).count()).isEqualTo(before);
  }

  @Test
  void shouldKeepTheSpecialCheckTaskToSecondLine() {
    RestClient expert = RestClient.demo(http, "second-line");
    ResponseEntity<String> started = expert.raw(HttpMethod.POST, HEALTH_CHECK_START, variables(Map.of(
        ScheduleVariables.SYSTEM, "invoice", ScheduleVariables.SCHEDULE, HealthCheckProcess.SPECIAL_DATABASE)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance run = latestRun(HealthCheckProcess.KEY, HealthCheckProcess.SPECIAL_DATABASE, "invoice");
    Task plan = tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(HealthCheckProcess.Element.PLAN).singleResult();

    ResponseEntity<String> byDesk = RestClient.demo(http, "service-desk").raw(HttpMethod.POST,
        "/engine-rest/task/" + plan.getId() + "/complete", variables(Map.of()));
    assertThat(byDesk.getStatusCode()).as("%s", byDesk.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<String> byExpert = expert.raw(HttpMethod.POST, "/engine-rest/task/" + plan.getId() + "/complete",
        variables(Map.of()));
    assertThat(byExpert.getStatusCode()).as("%s", byExpert.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
