package com.opsflow.quality;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.complaint.ComplaintProcess;
import com.opsflow.complaint.ComplaintRegister;
import com.opsflow.quality.QualityInspectionProcess.Var;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import com.opsflow.support.WebappSession;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Quality inspection and complaints through the REST APIs as the demo users: starts, 400 naming the field,
 * 403 for an engineer scoring their own calls or investigating a complaint about themselves, and
 * {@code GET /api/quality/inspections} for inspectors (everybody) and engineers (only their own).
 */
@OpsFlowIntegrationTest
class QualityRestTest {

  static final String START = "/engine-rest/process-definition/key/quality-inspection/start";
  static final String COMPLAINT_START = "/engine-rest/process-definition/key/complaint/start";
  static final String ENGINEER = "demo-service-desk";
  /** A Monday long past: no other test leaves hotline calls in this week. */
  static final LocalDate WEEK = LocalDate.of(2025, 6, 2);
  static final String RESULTS = "/api/quality/inspections?from=2025-06-01&to=2025-07-01";
  static final String LEAD_ENGINEER = "cmp-rest-lead-engineer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketNumbers numbers;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  ComplaintRegister complaints;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;

  @AfterEach
  void cleanUp() {
    ProcessDriver.resetClock();
    identity.deleteMembership(ENGINEER, "quality");
  }

  /** The steps after an asynchronous boundary, as the job executor would run them. */
  void runAsyncSteps(String processInstanceId) {
    management.createJobQuery().processInstanceId(processInstanceId).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  static Map<String, Object> inspection(String engineer, String weekOf) {
    return Map.of(Var.ENGINEER, engineer, Var.WEEK_OF, weekOf);
  }

  static Map<String, Object> scores(int attitude) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.ATTITUDE, attitude);
    v.put(Var.SKILL, 85);
    v.put(Var.TECHNICAL, 90);
    v.put(Var.RECORD, 80);
    v.put(Var.FEEDBACK, "用语规范，记录完整");
    return v;
  }

  @Test
  void shouldStartAnInspectionScoreTheCallsAndShowTheResultsToInspectorsAndTheEngineer() {
    CallTickets calls = new CallTickets(tickets, numbers, transactions);
    List<String> hotline = List.of(calls.hotline(ENGINEER, WEEK.atTime(9, 0)), calls.hotline(ENGINEER, WEEK.atTime(14, 0)));
    ProcessDriver.resetClock();
    RestClient quality = RestClient.demo(http, "quality");

    ResponseEntity<String> form = quality.raw(HttpMethod.GET,
        "/engine-rest/process-definition/key/quality-inspection/deployed-start-form", null);
    assertThat(form.getStatusCode()).as("Tasklist's start form").isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("quality-start", "weekOf");

    ResponseEntity<Map<String, Object>> started = quality.post(START, variables(inspection(ENGINEER, "2025-06-04")));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String inspectionId = history.createHistoricProcessInstanceQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .variableValueEquals(Var.DISPATCHED_BY, started.getBody().get("id")).singleResult().getId();
    List<Task> open = tasks.createTaskQuery().processInstanceId(inspectionId)
        .taskDefinitionKey(QualityInspectionProcess.Element.INSPECT).list();
    assertThat(open).hasSize(2);
    assertThat(open).extracting(t -> tasks.getVariable(t.getId(), Var.INSPECTED_TICKET))
        .containsExactlyInAnyOrderElementsOf(hotline);
    String complete = "/engine-rest/task/" + open.get(0).getId() + "/complete";

    identity.createMembership(ENGINEER, "quality");
    ResponseEntity<String> own = RestClient.demo(http, "service-desk").raw(HttpMethod.POST, complete,
        variables(scores(100)));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("不能质检自己的录音");
    identity.deleteMembership(ENGINEER, "quality");

    ResponseEntity<String> tooHigh = quality.raw(HttpMethod.POST, complete, variables(scores(101)));
    assertThat(tooHigh.getStatusCode()).as("%s", tooHigh.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooHigh.getBody()).contains("attitudeScore");
    Map<String, Object> noFeedback = scores(90);
    noFeedback.remove(Var.FEEDBACK);
    assertThat(quality.raw(HttpMethod.POST, complete, variables(noFeedback)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    for (Task task : open) {
      ResponseEntity<String> done = quality.raw(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
          variables(scores(task == open.get(0) ? 40 : 95)));
      assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    runAsyncSteps(inspectionId);

    ResponseEntity<Map<String, Object>> results = quality.get(RESULTS + "&engineer=" + ENGINEER);
    assertThat(results.getStatusCode()).as("%s", results.getBody()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> inspections = (List<Map<String, Object>>) results.getBody().get("inspections");
    assertThat(inspections).hasSize(2).allSatisfy(i -> {
      assertThat(i.get("status")).isEqualTo("done");
      assertThat(i.get("inspector")).isEqualTo("demo-quality");
      assertThat(i.get("weekStart")).isEqualTo(WEEK.toString());
    });
    assertThat(inspections).extracting(i -> i.get("evaluationItem")).containsExactlyInAnyOrder("poor-attitude", null);
    assertThat((List<?>) results.getBody().get("flaggedWeeks")).isEmpty();

    assertThat(RestClient.demo(http, "service-desk").get(RESULTS + "&engineer=" + ENGINEER).getStatusCode())
        .as("the engineer reads their own").isEqualTo(HttpStatus.OK);
    assertThat(RestClient.demo(http, "second-line").get(RESULTS + "&engineer=" + ENGINEER).getStatusCode())
        .as("but not a colleague's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "second-line").get(RESULTS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> all = RestClient.demo(http, "team-lead").get(RESULTS);
    assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) all.getBody().get("inspections")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldStartTheInspectionOfOneEngineersWeekFromTasklist() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .latestVersion().singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "demo-quality", "demo");
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";

    ResponseEntity<String> notResident = tasklist.postJson(submit, variables(inspection("demo-knowledge", "2025-06-18")));
    assertThat(notResident.getStatusCode()).as("%s", notResident.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notResident.getBody()).contains("engineer", "不是驻场工程师");

    ResponseEntity<String> started = tasklist.postJson(submit, variables(inspection("demo-second-line", "2025-06-18")));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .processInstanceBusinessKeyLike("QI-%").variableValueEquals(Var.ENGINEER, "demo-second-line")
        .variableValueEquals(Var.WEEK_START, "2025-06-16").count()).as("one inspection, numbered").isEqualTo(1);
  }

  @Test
  void shouldRefuseBadQueriesWith400AndStrangersWith401() {
    RestClient quality = RestClient.demo(http, "quality");
    assertThat(quality.raw(HttpMethod.GET, "/api/quality/inspections?from=2025-13-01&to=2025-07-01", null))
        .satisfies(r -> {
          assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(r.getBody()).contains("\"field\":\"from\"");
        });
    assertThat(quality.raw(HttpMethod.GET, "/api/quality/inspections?from=2025-07-01&to=2025-06-01", null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(quality.raw(HttpMethod.GET, "/api/quality/inspections?from=2025-07-01", null).getBody())
        .contains("\"field\":\"to\"");
    assertThat(new RestClient(http, "nobody-qi", "nothing").raw(HttpMethod.GET, RESULTS, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseBadInspectionStartsWith400AndOthersThanInspectorsWith403() {
    RestClient quality = RestClient.demo(http, "quality");
    ResponseEntity<String> notResident = quality.raw(HttpMethod.POST, START, variables(inspection("demo-vendor",
        "2025-06-04")));
    assertThat(notResident.getStatusCode()).as("%s", notResident.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notResident.getBody()).contains("'engineer'");
    ResponseEntity<String> future = quality.raw(HttpMethod.POST, START, variables(inspection(ENGINEER, "2099-01-05")));
    assertThat(future.getStatusCode()).as("%s", future.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("'weekOf'");
    assertThat(RestClient.demo(http, "team-lead").raw(HttpMethod.POST, START, variables(inspection(ENGINEER,
        "2025-06-04"))).getStatusCode()).as("reads, does not start").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "vendor").raw(HttpMethod.POST, START, variables(inspection(ENGINEER, "2025-06-04")))
        .getStatusCode()).as("does not even see the process").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldLetTheDeskRecordComplaintsAndKeepTheEngineerOutOfTheInvestigation() {
    users.create(LEAD_ENGINEER, "组长兼驻场", "team-lead");
    RestClient desk = RestClient.demo(http, "service-desk");
    Map<String, Object> complaint = new HashMap<>();
    complaint.put("reporter", "赵敏（某市税务局）");
    complaint.put("channel", "hotline");
    complaint.put("system", "tips");
    complaint.put("summary", "工程师未按承诺时间回复");
    complaint.put("description", "承诺两小时内回复，次日仍无消息");
    complaint.put("engineer", LEAD_ENGINEER);

    Map<String, Object> badChannel = new HashMap<>(complaint);
    badChannel.put("channel", "fax");
    ResponseEntity<String> bad = desk.raw(HttpMethod.POST, COMPLAINT_START, variables(badChannel));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("'channel'");
    assertThat(RestClient.demo(http, "second-line").raw(HttpMethod.POST, COMPLAINT_START, variables(complaint))
        .getStatusCode()).as("the desk accepts complaints").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> started = desk.post(COMPLAINT_START, variables(complaint));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String number = (String) started.getBody().get("businessKey");
    assertThat(number).matches("CMP-\\d{8}-\\d{4,}");
    String instanceId = (String) started.getBody().get("id");
    Task accept = tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ComplaintProcess.Element.ACCEPT).singleResult();
    assertThat(desk.raw(HttpMethod.POST, "/engine-rest/task/" + accept.getId() + "/complete", variables(Map.of(
        "complaintCategory", "timeliness", "acceptanceNote", "已受理，承诺今天答复"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task investigate = tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ComplaintProcess.Element.INVESTIGATE).singleResult();
    Map<String, Object> finding = Map.of("investigationResult", "unsubstantiated", "findings", "本人认为不属实",
        "complaintCategory", "timeliness");

    ResponseEntity<String> own = new RestClient(http, LEAD_ENGINEER, "demo").raw(HttpMethod.POST,
        "/engine-rest/task/" + investigate.getId() + "/complete", variables(finding));

    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("不能调查针对自己的投诉");
    assertThat(complaints.find(number).orElseThrow().substantiated()).isNull();
    ResponseEntity<String> byLead = RestClient.demo(http, "team-lead").raw(HttpMethod.POST,
        "/engine-rest/task/" + investigate.getId() + "/complete", variables(finding));
    assertThat(byLead.getStatusCode()).as("%s", byLead.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    runAsyncSteps(instanceId);
    assertThat(complaints.find(number).orElseThrow().substantiated()).isFalse();
    runtime.deleteProcessInstance(instanceId, "test done");
  }
}
