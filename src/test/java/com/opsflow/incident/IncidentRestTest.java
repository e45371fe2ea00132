package com.opsflow.incident;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import com.opsflow.ticket.TicketService;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The incident through the engine's REST API and OpsFlow's own /api, as the demo users would use it. */
@OpsFlowIntegrationTest
class IncidentRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  TicketService tickets;

  RestClient desk;
  RestClient secondLine;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    secondLine = RestClient.demo(http, "second-line");
  }

  static Map<String, Object> incident() {
    return new HashMap<>(ProcessDriver.incidentVariables("oa", "office", "high"));
  }

  @Test
  void shouldRefuseEveryApiWithoutCredentials() {
    RestClient anonymous = RestClient.anonymous(http);
    assertThat(anonymous.raw(HttpMethod.GET, "/engine-rest/task", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.GET, "/engine-rest/process-definition", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.POST, "/api/incidents", incident()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.GET, "/api/tickets/INC-20261123-0001", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.GET, "/api/calendar/days?year=2026", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.raw(HttpMethod.GET, "/camunda/api/engine/engine/default/task", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new RestClient(http, "no-such-user", "wrong").raw(HttpMethod.GET, "/engine-rest/task", null)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * B-2.3.13(4)「处理工单的运维高级技术工程师要给出延期处理的合理理由，在征得用户许可的情况下，继续处理工单」: second line
   * records the reason, who consented and the agreed time; OpsFlow names who recorded it and when, and the agreed time
   * becomes the ticket's resolution due date.
   */
  @Test
  void shouldRecordADelayTheUserAgreedToOnTheTicket() {
    String ticket = (String) desk.post("/api/incidents", incident()).getBody().get("ticketNumber");
    String path = "/api/incidents/" + ticket + "/delay";
    String agreed = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(10).withNano(0).withSecond(0).toString();

    assertThat(RestClient.demo(http, "reporter").raw(HttpMethod.POST, path,
        Map.of("reason", "r", "consentedBy", "李明", "agreedResolveAt", agreed)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noConsent = secondLine.raw(HttpMethod.POST, path, Map.of("reason", "r", "agreedResolveAt", agreed));
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noConsent.getBody()).contains("'consentedBy'");
    ResponseEntity<String> earlier = secondLine.raw(HttpMethod.POST, path, Map.of("reason", "r", "consentedBy", "李明",
        "agreedResolveAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).toString()));
    assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(earlier.getBody()).contains("'agreedResolveAt'");
    assertThat(secondLine.raw(HttpMethod.POST, "/api/incidents/INC-20990101-9999/delay", Map.of("reason", "r",
        "consentedBy", "李明", "agreedResolveAt", agreed)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> recorded = secondLine.post(path, Map.of("reason", "需厂商补丁", "consentedBy",
        "李明（某区税务局）", "agreedResolveAt", agreed));

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody()).containsEntry("recordedBy", "demo-second-line").containsKeys("recordedAt",
        "previousResolveDueAt").containsEntry("consentedBy", "李明（某区税务局）");
    LocalDateTime agreedLocal = OffsetDateTime.parse(agreed).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime();
    assertThat(tickets.find(ticket).orElseThrow().resolveDueAt()).isEqualTo(agreedLocal);
    assertThat(((Date) runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket)
        .processDefinitionKey("incident").singleResult().getId(), "resolveDue")).toInstant())
        .isEqualTo(OffsetDateTime.parse(agreed).toInstant());
    assertThat(tickets.events(ticket)).anyMatch(e -> e.eventType().equals("delay-agreed")
        && "demo-second-line".equals(e.actor()) && e.detail().contains("李明（某区税务局）"));
  }

  /**
   * B-2.3.13(4)「在征得用户许可的情况下，继续处理工单」 in Tasklist: second line submits the start form 登记延期 from its
   * session; a delay refused by the service is a 400 naming the field and starts nothing, a good one is on the ticket
   * with the session's user as recorder. Groups that do not work incidents cannot start it.
   */
  @Test
  void shouldRecordADelayFromTheTasklistStartForm() {
    String ticket = (String) desk.post("/api/incidents", incident()).getBody().get("ticketNumber");
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("incident-delay").latestVersion()
        .singleResult().getId();
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";
    String agreed = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(10).withNano(0).withSecond(0).toString();
    WebappSession tasklist = WebappSession.login(http, "demo-second-line", "demo");

    ResponseEntity<String> unknown = tasklist.postJson(submit, variables(Map.of("ticketNumber", "INC-20990101-9999",
        "reason", "r", "consentedBy", "李明", "agreedResolveAt", agreed)));
    assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("ticketNumber");
    ResponseEntity<String> noConsent = tasklist.postJson(submit, variables(Map.of("ticketNumber", ticket, "reason", "r",
        "agreedResolveAt", agreed)));
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noConsent.getBody()).contains("'consentedBy'");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("incident-delay").count()).isZero();
    assertThat(WebappSession.login(http, "demo-quality", "demo").postJson(submit, variables(Map.of("ticketNumber", ticket,
        "reason", "r", "consentedBy", "李明", "agreedResolveAt", agreed))).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    ResponseEntity<String> recorded = tasklist.postJson(submit, variables(Map.of("ticketNumber", ticket, "reason",
        "需厂商补丁", "consentedBy", "李明（某区税务局）", "agreedResolveAt", agreed)));

    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(tickets.find(ticket).orElseThrow().resolveDueAt())
        .isEqualTo(OffsetDateTime.parse(agreed).atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime());
    assertThat(tickets.events(ticket)).anyMatch(e -> e.eventType().equals("delay-agreed")
        && "demo-second-line".equals(e.actor()) && e.detail().contains("李明（某区税务局）"));
  }

  /** B-2.3.1 第 2 步「非受理范围的事件进行退回」: sending a request back needs the reason the user is told. */
  @Test
  void shouldRefuseToSendARequestBackWithoutAReason() {
    ResponseEntity<Map<String, Object>> started = desk.post("/engine-rest/process-definition/key/incident/start",
        variables(incident()));
    String ticket = (String) started.getBody().get("businessKey");
    String task = taskId(desk, ticket, "Task_LookupKnowledge");

    ResponseEntity<String> refused = desk.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        variables(Map.of("intakeOutcome", "return")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("'returnReason'");

    completeOnly(desk, ticket, "Task_LookupKnowledge", Map.of("intakeOutcome", "return", "returnReason", "非本系统问题"));
    assertThat(tickets.find(ticket).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.events(ticket)).anyMatch(e -> e.eventType().equals("returned") && "demo-service-desk".equals(e.actor()));
  }

  @Test
  void shouldStartAndFinishAnEscalatedIncidentAsTheDemoUsers() {
    ResponseEntity<Map<String, Object>> started = desk.post("/engine-rest/process-definition/key/incident/start",
        variables(incident()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String ticket = (String) started.getBody().get("businessKey");
    assertThat(ticket).matches("INC-\\d{8}-\\d{4}");

    completeOnly(desk, ticket, "Task_LookupKnowledge", Map.of("knowledgeArticleUsed", "KB-0004"));
    completeOnly(desk, ticket, "Task_AnalyseFirstLine", Map.of("analysis", "待办推送失败", "firstLineOutcome", "escalate",
        "escalationReason", "需要厂商日志"));

    String secondLineTask = taskId(secondLine, ticket, "Task_HandleEscalated");
    assertThat(tasks(desk, ticket)).as("the desk does not see second-line work").isEmpty();
    ResponseEntity<String> refused = desk.raw(HttpMethod.POST, "/engine-rest/task/" + secondLineTask + "/complete",
        variables(Map.of("solution", "desk tries")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("AuthorizationException");

    completeOnly(secondLine, ticket, "Task_HandleEscalated", Map.of("secondLineAnalysis", "节点配置缺失",
        "solution", "补充节点配置"));
    completeOnly(desk, ticket, "Task_VerifySolution", Map.of("verificationOutcome", "verified"));
    completeOnly(desk, ticket, "Task_CallBackReporter", Map.of("callbackNote", "电话回访"));
    completeOnly(desk, ticket, "Task_ConfirmApplied", Map.of("satisfactionOutcome", "satisfied"));
    // B-2.3.1 steps 9–11 of an escalated ticket belong to second line
    completeOnly(secondLine, ticket, "Task_CloseIncident", Map.of("newKnowledgeCandidate", true,
        "incidentCategory", "program"));

    ResponseEntity<Map<String, Object>> read = desk.get("/api/tickets/" + ticket);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) read.getBody().get("ticket");
    assertThat(row).containsEntry("status", "closed").containsEntry("solution", "补充节点配置")
        .containsEntry("handler", "demo-second-line").containsEntry("escalationLevel", 1)
        .containsEntry("createdBy", "demo-service-desk").containsEntry("category", "program");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket).processDefinitionKey("incident")
        .count()).isZero();
  }

  @Test
  void shouldRecordAnIncidentThroughTheIntakeApi() {
    ResponseEntity<Map<String, Object>> created = desk.post("/api/incidents", incident());

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String ticket = (String) created.getBody().get("ticketNumber");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/tickets/" + ticket);
    assertThat(created.getBody()).containsEntry("priority", "P2");
    assertThat(tickets.find(ticket)).isPresent();
  }

  static Stream<Arguments> badInputs() {
    Map<String, Object> unknownSystem = incident();
    unknownSystem.put("system", "hr");
    Map<String, Object> missingSummary = incident();
    missingSummary.remove("summary");
    Map<String, Object> unknownImpact = incident();
    unknownImpact.put("impact", "country");
    Map<String, Object> badEmail = incident();
    badEmail.put("reporterEmail", "not-an-address");
    return Stream.of(Arguments.of("system", unknownSystem), Arguments.of("summary", missingSummary),
        Arguments.of("impact", unknownImpact), Arguments.of("reporterEmail", badEmail));
  }

  @ParameterizedTest(name = "bad {0}")
  @MethodSource("badInputs")
  void shouldRefuseBadInputWith400NamingTheFieldAndCreateNothing(String field, Map<String, Object> input) {
    long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("incident").count();
    int ticketsBefore = tickets.count();
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("incident").latestVersion()
        .singleResult().getId();

    List<ResponseEntity<String>> answers = List.of(
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/incident/start", variables(input)),
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/" + definitionId + "/start", variables(input)),
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/incident/submit-form", variables(input)),
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/" + definitionId + "/submit-form", variables(input)),
        desk.raw(HttpMethod.POST, "/api/incidents", input));

    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("'" + field + "'");
    });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("incident").count()).isEqualTo(instancesBefore);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  static Stream<Arguments> wrongTypesAndControlCharacters() {
    return Stream.of(Arguments.of("summary", 123), Arguments.of("summary", Map.of("x", 1)),
        Arguments.of("summary", List.of("a", "b")), Arguments.of("summary", true),
        Arguments.of("reporter", "张\u0000三"), Arguments.of("summary", "打印失败\r\nBcc: x@example.com"),
        Arguments.of("summary", "打印失败\n第二行"), Arguments.of("description", "日志\u0007响铃"),
        Arguments.of("description", Map.of("text", "对象")));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("wrongTypesAndControlCharacters")
  void shouldRefuseNonTextAndControlCharactersWith400NamingTheField(String field, Object value) {
    Map<String, Object> input = incident();
    input.put(field, value);
    long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("incident").count();
    int ticketsBefore = tickets.count();

    List<ResponseEntity<String>> answers = List.of(
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/incident/start", variables(input)),
        desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/incident/submit-form", variables(input)),
        desk.raw(HttpMethod.POST, "/api/incidents", input));

    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("'" + field + "'");
    });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("incident").count()).isEqualTo(instancesBefore);
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
  }

  @Test
  void shouldKeepLineBreaksInMultiLineFields() {
    Map<String, Object> input = incident();
    input.put("description", "第一行\r\n第二行\n\t缩进");

    ResponseEntity<Map<String, Object>> created = desk.post("/api/incidents", input);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String ticket = (String) created.getBody().get("ticketNumber");
    assertThat(tickets.find(ticket).orElseThrow().description()).isEqualTo("第一行\r\n第二行\n\t缩进");
  }

  @Test
  void shouldRefuseATaskCompletionThatBreaksItsFormAndKeepTheTask() {
    String ticket = (String) desk.post("/api/incidents", incident()).getBody().get("ticketNumber");
    completeOnly(desk, ticket, "Task_LookupKnowledge", Map.of());
    String analysis = taskId(desk, ticket, "Task_AnalyseFirstLine");

    Map<String, Map<String, Object>> refused = Map.of(
        "firstLineOutcome", Map.of("analysis", "查看日志"),
        "'firstLineOutcome' has unknown", Map.of("analysis", "查看日志", "firstLineOutcome", "maybe"),
        "'solution'", Map.of("analysis", "查看日志", "firstLineOutcome", "resolved"),
        "'escalationReason'", Map.of("analysis", "查看日志", "firstLineOutcome", "escalate"));
    refused.forEach((expected, vars) -> {
      ResponseEntity<String> answer = desk.raw(HttpMethod.POST, "/engine-rest/task/" + analysis + "/complete",
          variables(vars));
      assertThat(answer.getStatusCode()).as("%s", vars).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains(expected);
    });

    assertThat(taskId(desk, ticket, "Task_AnalyseFirstLine")).as("the task is still there").isEqualTo(analysis);
    completeOnly(desk, ticket, "Task_AnalyseFirstLine", Map.of("analysis", "查看日志", "firstLineOutcome", "resolved",
        "solution", "重新推送"));
  }

  @Test
  void shouldCheckTheTasklistStartFormOnTheServerToo() {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("incident").latestVersion()
        .singleResult().getId();
    String submit = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form";
    Map<String, Object> missingSummary = incident();
    missingSummary.remove("summary");
    int ticketsBefore = tickets.count();

    assertThat(WebappSession.anonymous(http).postJson(submit, variables(incident())).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    WebappSession tasklist = WebappSession.login(http, "demo-service-desk", "demo");
    ResponseEntity<String> refused = tasklist.postJson(submit, variables(missingSummary));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("'summary'");
    assertThat(tickets.count()).isEqualTo(ticketsBefore);

    ResponseEntity<String> started = tasklist.postJson(submit, variables(incident()));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).contains("INC-");
    assertThat(tickets.count()).isEqualTo(ticketsBefore + 1);
  }

  @Test
  void shouldRefuseABusinessKeyChosenByTheCaller() {
    Map<String, Object> body = new HashMap<>(variables(incident()));
    body.put("businessKey", "INC-20990101-0001");

    ResponseEntity<String> answer = desk.raw(HttpMethod.POST, "/engine-rest/process-definition/key/incident/start", body);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("business key");
    assertThat(tickets.find("INC-20990101-0001")).isEmpty();
  }

  @Test
  void shouldRefuseAnUnknownPropertySuchAsABusinessKeyInTheIntakeBody() {
    Map<String, Object> input = incident();
    input.put("businessKey", "INC-20990101-0002");
    int ticketsBefore = tickets.count();

    ResponseEntity<String> answer = desk.raw(HttpMethod.POST, "/api/incidents", input);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("'businessKey'");
    assertThat(tickets.count()).isEqualTo(ticketsBefore);
    assertThat(tickets.find("INC-20990101-0002")).isEmpty();
  }

  @Test
  void shouldLetOnlyTheDeskStartIncidents() {
    ResponseEntity<String> vendor = RestClient.demo(http, "vendor").raw(HttpMethod.POST,
        "/engine-rest/process-definition/key/incident/start", variables(incident()));
    assertThat(vendor.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(RestClient.demo(http, "reporter").raw(HttpMethod.POST, "/api/incidents", incident()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetOnlyBureauItAndAdminsEditTheHolidayTable() {
    Map<String, Object> day = Map.of("type", "HOLIDAY", "name", "测试假日");
    assertThat(desk.raw(HttpMethod.PUT, "/api/calendar/days/2026-12-31", day).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(RestClient.demo(http, "bureau-it").raw(HttpMethod.PUT, "/api/calendar/days/2026-12-31", day)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(desk.raw(HttpMethod.GET, "/api/calendar/days?year=2026", null).getBody()).contains("测试假日", "春节");
    assertThat(new RestClient(http, "admin", "admin").raw(HttpMethod.DELETE, "/api/calendar/days/2026-12-31", null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private List<Map<String, Object>> tasks(RestClient client, String ticket) {
    return client.getList("/engine-rest/task?processInstanceBusinessKey=" + ticket).getBody();
  }

  private String taskId(RestClient client, String ticket, String taskDefinitionKey) {
    List<Map<String, Object>> found = client.getList("/engine-rest/task?processInstanceBusinessKey=" + ticket
        + "&taskDefinitionKey=" + taskDefinitionKey).getBody();
    assertThat(found).as("%s visible to its group", taskDefinitionKey).hasSize(1);
    return (String) found.get(0).get("id");
  }

  private void completeOnly(RestClient client, String ticket, String taskDefinitionKey, Map<String, Object> vars) {
    String id = taskId(client, ticket, taskDefinitionKey);
    ResponseEntity<String> answer = client.raw(HttpMethod.POST, "/engine-rest/task/" + id + "/complete", variables(vars));
    assertThat(answer.getStatusCode()).as("complete %s: %s", taskDefinitionKey, answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
