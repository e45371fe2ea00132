package com.opsflow.onsite;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import com.opsflow.ticket.TicketService;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** On-site support through REST as the demo users: request for an incident, work it, download the signed slip. */
@OpsFlowIntegrationTest
class OnsiteRestTest {

  static final String ONSITE_TASKS = "/engine-rest/task?processDefinitionKey=onsite-support&processInstanceBusinessKey=";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  TicketService tickets;

  RestClient desk;
  RestClient teamLead;
  RestClient engineer;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    teamLead = RestClient.demo(http, "team-lead");
    engineer = RestClient.demo(http, "second-line");
  }

  static String now() {
    return OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES).toString();
  }

  String incident() {
    ResponseEntity<Map<String, Object>> created = desk.post("/api/incidents",
        new HashMap<>(ProcessDriver.incidentVariables("oa", "office", "high")));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("ticketNumber");
  }

  Map<String, Object> onsiteFor(String ticket) {
    Map<String, Object> body = new HashMap<>();
    if (ticket != null) {
      body.put("ticketNumber", ticket);
    }
    body.put("requestType", "fault");
    body.put("site", "某市税务局办公室三楼机房");
    return body;
  }

  @Test
  void shouldWorkOnSiteSupportForAnIncidentAndLetAuthorizedUsersDownloadTheSlip() {
    String ticket = incident();
    ResponseEntity<Map<String, Object>> started = desk.post("/api/onsite", onsiteFor(ticket));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(started.getBody()).containsEntry("ticketNumber", ticket);
    String instance = (String) started.getBody().get("processInstanceId");

    String dispatch = taskId(teamLead, ticket, "Task_EvaluateDispatch");
    ResponseEntity<String> notAnEngineer = teamLead.raw(HttpMethod.POST, "/engine-rest/task/" + dispatch + "/complete",
        variables(Map.of("assessment", "派工", "engineer", "demo-reporter", "plannedArrival", now())));
    assertThat(notAnEngineer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAnEngineer.getBody()).contains("'engineer'");
    ResponseEntity<String> viaTasklist = WebappSession.login(http, "demo-team-lead", "demo").postJson(
        "/camunda/api/engine/engine/default/task/" + dispatch + "/submit-form",
        variables(Map.of("assessment", "派工", "engineer", "demo-reporter", "plannedArrival", now())));
    assertThat(viaTasklist.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(viaTasklist.getBody()).contains("'engineer'");
    ResponseEntity<String> arrivalNoTime = teamLead.raw(HttpMethod.POST, "/engine-rest/task/" + dispatch + "/complete",
        variables(Map.of("assessment", "派工", "engineer", "demo-second-line", "plannedArrival", "明天上午")));
    assertThat(arrivalNoTime.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(arrivalNoTime.getBody()).contains("'plannedArrival'");
    assertThat(taskId(teamLead, ticket, "Task_EvaluateDispatch")).as("the task stays open").isEqualTo(dispatch);

    complete(teamLead, ticket, "Task_EvaluateDispatch", Map.of("assessment", "需到现场排查", "engineer", "demo-second-line",
        "plannedArrival", now()));
    String arrival = taskId(engineer, ticket, "Task_RecordArrival");
    ResponseEntity<String> future = engineer.raw(HttpMethod.POST, "/engine-rest/task/" + arrival + "/complete",
        variables(Map.of("arrivedAt", OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusHours(3).toString())));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody()).contains("'arrivedAt'");
    complete(engineer, ticket, "Task_RecordArrival", Map.of("arrivedAt", now()));
    complete(engineer, ticket, "Task_AnalyseOnsite", Map.of("onsiteAnalysis", "中间件线程池耗尽"));
    complete(engineer, ticket, "Task_AgreeSolution", Map.of("solution", "调整线程池并重启", "solutionAgreement", "agreed"));
    complete(engineer, ticket, "Task_HandleOnsite", Map.of("handlingResult", "已恢复"));
    complete(engineer, ticket, "Task_SignConfirmation", Map.of("finishedAt", now(), "serviceReport", "线程池配置过小",
        "confirmedByName", "李娜", "confirmedByDepartment", "某市税务局征管科", "confirmedAt", now()));

    String slipPath = "/api/onsite/" + ticket + "/confirmation-slip";
    ResponseEntity<byte[]> slip = download("service-desk", slipPath);
    assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(slip.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
    assertThat(slip.getHeaders().getContentDisposition().getFilename()).isEqualTo("现场服务确认单-" + ticket + ".html");
    assertThat(slip.getHeaders().get("Content-Security-Policy")).as("renders its inline style sheet, nothing else")
        .containsExactly("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'");
    assertThat(slip.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(new String(slip.getBody(), StandardCharsets.UTF_8)).contains("现场服务确认单", ticket, "李娜",
        "某市税务局征管科", "调整线程池并重启", "<th>记录人</th><td>demo-second-line</td>", "用户签字");
    assertThat(download("team-lead", slipPath).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(download(null, slipPath).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(download("quality", slipPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(download("vendor", slipPath).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(desk.getList("/api/tickets/" + ticket + "/documents").getBody()).extracting(d -> d.get("kind"))
        .contains("onsite-confirmation-slip");

    ResponseEntity<byte[]> variable = download("service-desk",
        "/engine-rest/process-instance/" + instance + "/variables/confirmationSlip/data");
    assertThat(variable.getStatusCode()).as("the slip as Camunda file variable").isEqualTo(HttpStatus.OK);
    assertThat(new String(variable.getBody(), StandardCharsets.UTF_8)).contains("现场服务确认单", "李娜");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events = (List<Map<String, Object>>) desk.get("/api/tickets/" + ticket).getBody().get("events");
    assertThat(events).extracting(e -> e.get("eventType")).contains("onsite-requested", "onsite-dispatched",
        "onsite-arrived", "onsite-confirmed");
    assertThat(events).filteredOn(e -> "onsite-dispatched".equals(e.get("eventType")))
        .extracting(e -> e.get("actor")).containsExactly("demo-team-lead");
  }

  @Test
  void shouldRefuseBadOnsiteRequestsWith400NamingTheField() {
    int ticketsBefore = tickets.count();
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("onsite-support").count();
    Map<String, Object> unknownTicket = onsiteFor("INC-20990101-0001");
    Map<String, Object> noSite = onsiteFor(incident());
    noSite.remove("site");
    ticketsBefore++;
    Map<String, Object> newWithoutSummary = onsiteFor(null);
    newWithoutSummary.put("system", "oa");
    newWithoutSummary.put("reporter", "李娜");
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("onsite-support")
        .latestVersion().singleResult().getId();
    WebappSession tasklist = WebappSession.login(http, "demo-service-desk", "demo");

    Map<String, Map<String, Object>> cases = Map.of("ticketNumber", unknownTicket, "site", noSite,
        "summary", newWithoutSummary);
    cases.forEach((field, input) -> {
      List<ResponseEntity<String>> answers = List.of(
          desk.raw(HttpMethod.POST, "/api/onsite", input),
          desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/onsite-support/start", variables(input)),
          teamLead.raw(HttpMethod.POST, "/engine-rest/process-definition/key/onsite-support/submit-form",
              variables(input)),
          tasklist.postJson("/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
              variables(input)));
      assertThat(answers).allSatisfy(answer -> {
        assertThat(answer.getStatusCode()).as("%s: %s", field, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("'" + field + "'");
      });
    });
    assertThat(desk.raw(HttpMethod.POST, "/api/onsite", unknownTicket).getBody()).contains("\"field\":\"ticketNumber\"",
        "不存在");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("onsite-support").count()).isEqualTo(before);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  @Test
  void shouldGiveANewRequestItsOwnNumberAndLetOnlyDeskAndTeamLeadRequest() {
    Map<String, Object> request = onsiteFor(null);
    request.put("requestType", "training");
    request.put("system", "oa");
    request.put("reporter", "李娜（某市税务局办公室）");
    request.put("summary", "新入职人员公文系统操作培训");
    ResponseEntity<Map<String, Object>> byTeamLead = teamLead.post("/api/onsite", request);
    assertThat(byTeamLead.getStatusCode()).as("%s", byTeamLead.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat((String) byTeamLead.getBody().get("ticketNumber")).matches("ONS-\\d{8}-\\d{4}");

    assertThat(engineer.raw(HttpMethod.POST, "/api/onsite", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "vendor").raw(HttpMethod.POST,
        "/engine-rest/process-definition/key/onsite-support/start", variables(request)).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  /** GET as a demo user ("demo-" + group, or null for nobody). */
  private ResponseEntity<byte[]> download(String group, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (group != null) {
      headers.setBasicAuth("demo-" + group, "demo");
    }
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private String taskId(RestClient client, String ticket, String taskDefinitionKey) {
    List<Map<String, Object>> found = client.getList(ONSITE_TASKS + ticket + "&taskDefinitionKey=" + taskDefinitionKey)
        .getBody();
    assertThat(found).as("%s visible", taskDefinitionKey).hasSize(1);
    return (String) found.get(0).get("id");
  }

  private void complete(RestClient client, String ticket, String taskDefinitionKey, Map<String, Object> vars) {
    String id = taskId(client, ticket, taskDefinitionKey);
    ResponseEntity<String> answer = client.raw(HttpMethod.POST, "/engine-rest/task/" + id + "/complete", variables(vars));
    assertThat(answer.getStatusCode()).as("complete %s: %s", taskDefinitionKey, answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
