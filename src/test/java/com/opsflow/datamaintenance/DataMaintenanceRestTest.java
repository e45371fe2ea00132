package com.opsflow.datamaintenance;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Element;
import com.opsflow.datamaintenance.DataMaintenanceProcess.Var;
import com.opsflow.document.TicketDocuments;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import com.opsflow.support.WebappSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Data maintenance through REST as the demo users: bad input 400 naming the field, the plan's author never
 * approves it (403), whoever ran the plan never reviews its count mismatch (403), the processing report
 * downloadable with the ticket.
 */
@OpsFlowIntegrationTest
class DataMaintenanceRestTest {

  static final String START = "/engine-rest/process-definition/key/" + DataMaintenanceProcess.KEY + "/start";
  static final String API = "/api/data-maintenance";
  /** A senior engineer who is also team lead: the case the four-eyes rules are for. */
  static final String LEAD_ENGINEER = "dm-lead-engineer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  DataMaintenanceRegister register;
  @Autowired
  RepositoryService repository;

  RestClient desk;
  RestClient engineer;
  RestClient leadEngineer;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    engineer = RestClient.demo(http, "second-line");
    leadEngineer = new RestClient(http, LEAD_ENGINEER, "demo");
    users.create(LEAD_ENGINEER, "组长兼二线", "second-line", "team-lead");
  }

  static Map<String, Object> request() {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "invoice");
    v.put(Var.REPORTER, "赵强（某区税务局第二税务所）");
    v.put(Var.SUMMARY, "发票领用记录重复，需后台删除");
    v.put(Var.DESCRIPTION, "网络中断后重复提交，产生 3 条重复领用记录");
    return v;
  }

  @Test
  void shouldRefuseBadStartInputWith400NamingTheField() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(DataMaintenanceProcess.KEY).count();
    Map<String, Object> noSummary = request();
    noSummary.remove(Var.SUMMARY);
    Map<String, Object> badSystem = request();
    badSystem.put(Var.SYSTEM, "ctais");
    Map<String, Object> badIncident = request();
    badIncident.put(Var.INCIDENT_NUMBER, "INC-19990101-0001");
    Map<String, Object> badMail = request();
    badMail.put(Var.REPORTER_EMAIL, "not-a-mail");
    Map.of(Var.SUMMARY, noSummary, Var.SYSTEM, badSystem, Var.INCIDENT_NUMBER, badIncident, Var.REPORTER_EMAIL, badMail)
        .forEach((field, input) -> {
          ResponseEntity<String> engineRest = desk.raw(HttpMethod.POST, START, variables(input));
          assertThat(engineRest.getStatusCode()).as("%s: %s", field, engineRest.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(engineRest.getBody()).contains("'" + field + "'");
          ResponseEntity<String> api = desk.raw(HttpMethod.POST, API, input);
          assertThat(api.getStatusCode()).as("%s: %s", field, api.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(api.getBody()).contains(field);
        });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DataMaintenanceProcess.KEY).count())
        .isEqualTo(before);
    assertThat(RestClient.demo(http, "vendor").raw(HttpMethod.POST, API, request()).getStatusCode())
        .as("only the desk and second line open data-maintenance tickets").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldNeverLetThePlansAuthorApproveItAndKeepTheReportWithTheTicket() {
    ResponseEntity<Map<String, Object>> started = desk.post(API, request());
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) started.getBody().get("ticketNumber");
    assertThat(number).matches("DM-\\d{8}-\\d{4,}");

    complete(engineer, number, Element.COMMUNICATE, Map.of(Var.COMMUNICATION_NOTE, "与赵强确认重复领用 3 条"));
    complete(engineer, number, Element.ANALYSE, Map.of(Var.ANALYSIS_NOTE, "FP_LY 表 3 条重复记录", Var.DATA_CATEGORY, "master"));
    complete(leadEngineer, number, Element.WRITE_PLAN, plan(3));

    Task approval = approvalTask(number);
    Map<String, Object> approve = Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE, ApprovalProcess.Var.DECISION_REASON, "同意");
    ResponseEntity<String> own = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval.getId() + "/complete",
        variables(approve));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(approvalTask(number).getId()).as("the approval is still open").isEqualTo(approval.getId());

    complete(RestClient.demo(http, "team-lead"), number, approval, approve);
    complete(engineer, number, Element.TEST_PLAN, Map.of(Var.TEST_OUTCOME, "passed", Var.TEST_RECORDS, 3,
        Var.TEST_RESULT, "测试库删除 3 条"));
    complete(engineer, number, Element.RUN_IN_PRODUCTION, Map.of(Var.BEFORE_IMAGE_TAKEN, true, Var.ACTUAL_RECORDS, 3,
        Var.EXECUTION_NOTE, "生产库删除 3 条"));
    complete(desk, number, Element.CONFIRM_WITH_USER, Map.of(Var.USER_CONFIRMATION, "confirmed",
        Var.CONFIRMATION_NOTE, "赵强确认领用记录正确"));
    String instanceId = (String) started.getBody().get("processInstanceId");
    for (Job job : management.createJobQuery().processInstanceId(instanceId).activityId(Element.ISSUE_REPORT).list()) {
      management.executeJob(job.getId());
    }

    ResponseEntity<Map<String, Object>> found = engineer.get(API + "/" + number);
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(found.getBody().toString()).contains("author=" + LEAD_ENGINEER, "expectedRecords=3", "actualRecords=3",
        "status=closed");
    ResponseEntity<String> list = engineer.raw(HttpMethod.GET, "/api/tickets/" + number + "/documents", null);
    assertThat(list.getBody()).contains(DataMaintenanceProcess.REPORT_KIND, "数据维护处理报告");
    String id = list.getBody().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-service-desk", "demo");
    ResponseEntity<byte[]> file = http.exchange("/api/tickets/" + number + "/documents/" + id, HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentType()).hasToString(TicketDocuments.DOCX);
    assertThat(file.getBody()).startsWith((byte) 'P', (byte) 'K');
    assertThat(RestClient.demo(http, "vendor").raw(HttpMethod.GET, "/api/tickets/" + number + "/documents", null)
        .getStatusCode()).as("not for groups that cannot see the ticket").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void shouldNeverLetWhoeverRanThePlanReviewItsCountMismatch() {
    String number = (String) engineer.post(API, request()).getBody().get("ticketNumber");
    complete(engineer, number, Element.COMMUNICATE, Map.of(Var.COMMUNICATION_NOTE, "已沟通"));
    complete(engineer, number, Element.ANALYSE, Map.of(Var.ANALYSIS_NOTE, "FP_LY 表", Var.DATA_CATEGORY, "config"));
    complete(engineer, number, Element.WRITE_PLAN, plan(3));
    complete(RestClient.demo(http, "team-lead"), number, approvalTask(number),
        Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE, ApprovalProcess.Var.DECISION_REASON, "同意"));
    complete(engineer, number, Element.TEST_PLAN, Map.of(Var.TEST_OUTCOME, "passed", Var.TEST_RECORDS, 3,
        Var.TEST_RESULT, "通过"));
    ResponseEntity<String> noImage = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + task(number,
        Element.RUN_IN_PRODUCTION).getId() + "/complete", variables(Map.of(Var.ACTUAL_RECORDS, 4, Var.EXECUTION_NOTE, "执行")));
    assertThat(noImage.getStatusCode()).as("%s", noImage.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noImage.getBody()).contains(Var.BEFORE_IMAGE_TAKEN);
    complete(leadEngineer, number, Element.RUN_IN_PRODUCTION, Map.of(Var.BEFORE_IMAGE_TAKEN, true, Var.ACTUAL_RECORDS, 4,
        Var.EXECUTION_NOTE, "生产库删除 4 条"));

    Task review = task(number, Element.REVIEW_MISMATCH);
    Map<String, Object> accept = Map.of(Var.MISMATCH_DECISION, "accept", Var.MISMATCH_REASON, "第 4 条也是重复记录");
    ResponseEntity<String> own = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/complete",
        variables(accept));
    assertThat(own.getStatusCode()).as("%s", own.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(own.getBody()).contains("不能复核自己实施结果");
    ResponseEntity<String> claim = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/claim",
        Map.of("userId", LEAD_ENGINEER));
    assertThat(claim.getStatusCode()).as("%s", claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

    complete(RestClient.demo(http, "team-lead"), number, review, accept);
    assertThat(task(number, Element.CONFIRM_WITH_USER)).isNotNull();
    assertThat(register.currentPlan(number).orElseThrow().mismatchDecidedBy()).isEqualTo("demo-team-lead");
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).rootProcessInstances().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done"));
  }

  @Test
  void shouldStartFromTasklistWithTheStartForm() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(DataMaintenanceProcess.KEY)
        .latestVersion().singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "demo-service-desk", "demo");
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";
    Map<String, Object> noDescription = request();
    noDescription.remove(Var.DESCRIPTION);

    ResponseEntity<String> refused = tasklist.postJson(submit, variables(noDescription));
    assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(Var.DESCRIPTION);

    ResponseEntity<String> started = tasklist.postJson(submit, variables(request()));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String number = started.getBody().replaceAll("(?s).*\"businessKey\":\"([^\"]+)\".*", "$1");
    assertThat(number).matches("DM-\\d{8}-\\d{4,}");
    assertThat(register.find(number).orElseThrow().status()).isEqualTo("requested");
    assertThat(task(number, Element.COMMUNICATE)).isNotNull();
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).rootProcessInstances().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done"));
  }

  static Map<String, Object> plan(long expected) {
    return Map.of(Var.DATA_CATEGORY, "master", Var.PLAN_STEPS, "DELETE FROM FP_LY WHERE ID IN (…);",
        Var.EXPECTED_RECORDS, expected, Var.BEFORE_IMAGE, "导出至 /backup/DM/fp_ly_before.csv",
        Var.ROLLBACK_STEPS, "按 fp_ly_before.csv 重新插入");
  }

  Task task(String number, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
  }

  Task approvalTask(String number) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).list().stream()
        .filter(t -> ApprovalProcess.Element.APPROVAL_TASKS.contains(t.getTaskDefinitionKey())).findFirst().orElseThrow();
  }

  void complete(RestClient as, String number, String key, Map<String, Object> values) {
    complete(as, number, task(number, key), values);
  }

  void complete(RestClient as, String number, Task task, Map<String, Object> values) {
    assertThat(task).as("open task of %s", number).isNotNull();
    ResponseEntity<String> done = as.raw(HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete",
        variables(values));
    assertThat(done.getStatusCode()).as("%s: %s", task.getTaskDefinitionKey(), done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
