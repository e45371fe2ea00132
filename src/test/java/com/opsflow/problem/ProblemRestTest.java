package com.opsflow.problem;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Problems through /api/problems and the engine REST API as second line, vendor and desk use them, with
 * the incidents linked to a problem: a followup waiting for the problem moves on to verification when
 * the problem is resolved; an incident not waiting is noted.
 */
@OpsFlowIntegrationTest
class ProblemRestTest {

  @Autowired
  TestRestTemplate http;

  RestClient desk;
  RestClient secondLine;
  RestClient vendor;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    secondLine = RestClient.demo(http, "second-line");
    vendor = RestClient.demo(http, "vendor");
  }

  static Map<String, Object> programProblem() {
    Map<String, Object> body = new HashMap<>();
    body.put("problemType", "program");
    body.put("system", "oa");
    body.put("summary", "公文流转节点人员同步缺失");
    body.put("description", "组织机构同步后部分环节人员为空，公文卡在待办");
    return body;
  }

  private String openProblem(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = secondLine.post("/api/problems", body);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("problemNumber");
  }

  private String escalatedIncident() {
    ResponseEntity<Map<String, Object>> reported = desk.post("/api/incidents",
        new HashMap<>(ProcessDriver.incidentVariables("oa", "office", "medium")));
    String ticket = (String) reported.getBody().get("ticketNumber");
    complete(desk, ticket, "Task_LookupKnowledge", Map.of());
    complete(desk, ticket, "Task_AnalyseFirstLine", Map.of("analysis", "重推待办无效", "firstLineOutcome", "escalate",
        "escalationReason", "疑似程序问题"));
    return ticket;
  }

  @Test
  void shouldRefuseToOpenAProblemWithBadInputNamingTheField() {
    Map<String, Object> noType = programProblem();
    noType.remove("problemType");
    ResponseEntity<Map<String, Object>> answer = secondLine.post("/api/problems", noType);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("field", "problemType");

    Map<String, Object> badSystems = programProblem();
    badSystems.put("systems", "oa,erp");
    assertThat(secondLine.post("/api/problems", badSystems).getBody()).containsEntry("field", "systems");

    Map<String, Object> unknownIncident = programProblem();
    unknownIncident.put("linkedIncidents", "INC-20260101-9999");
    ResponseEntity<String> viaEngine = secondLine.raw(HttpMethod.POST, "/engine-rest/process-definition/key/problem/start",
        variables(unknownIncident));
    assertThat(viaEngine.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(viaEngine.getBody()).contains("linkedIncidents", "INC-20260101-9999");
  }

  @Test
  void shouldLetOnlySecondLineOpenProblems() {
    assertThat(desk.post("/api/problems", programProblem()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(openProblem(programProblem())).matches("PRB-\\d{8}-\\d{4}");
  }

  @Test
  void shouldRefuseToLinkAnIncidentToAnUnknownProblemOrAnUnknownIncident() {
    ResponseEntity<Map<String, Object>> unknownProblem = secondLine.post("/api/problems/PRB-20260101-9999/incidents",
        Map.of("incidentNumber", "INC-20260101-0001"));
    assertThat(unknownProblem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownProblem.getBody()).containsEntry("field", "problemNumber");
    assertThat((String) unknownProblem.getBody().get("message")).contains("PRB-20260101-9999");

    String problem = openProblem(programProblem());
    ResponseEntity<Map<String, Object>> unknownIncident = secondLine.post("/api/problems/" + problem + "/incidents",
        Map.of("incidentNumber", "INC-20260101-9999"));
    assertThat(unknownIncident.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownIncident.getBody()).containsEntry("field", "incidentNumber");
    assertThat(secondLine.post("/api/problems/" + problem + "/incidents", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldResolveAProblemWithTheVendorAndSendItsWaitingIncidentToVerification() {
    String waiting = escalatedIncident();
    String problem = openProblem(programProblem());

    // second line cannot wait for a problem that does not exist
    ResponseEntity<String> refused = secondLine.raw(HttpMethod.POST, "/engine-rest/task/"
        + taskId(secondLine, waiting, "Task_HandleEscalated") + "/complete", variables(Map.of("secondLineAnalysis",
        "程序缺陷", "handlingOutcome", "await-problem", "problemNumber", "PRB-20260101-9999")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("PRB-20260101-9999");
    complete(secondLine, waiting, "Task_HandleEscalated", Map.of("secondLineAnalysis", "程序缺陷，已登记问题单",
        "handlingOutcome", "await-problem", "problemNumber", problem));

    // a second incident, linked by REST while first line still works it
    String notWaiting = (String) desk.post("/api/incidents", new HashMap<>(ProcessDriver.incidentVariables("oa", "individual",
        "low"))).getBody().get("ticketNumber");
    assertThat(secondLine.post("/api/problems/" + problem + "/incidents", Map.of("incidentNumber", notWaiting))
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    complete(secondLine, problem, "Task_CommunicateProgram", Map.of("communicationNote", "与办公室确认"));
    complete(secondLine, problem, "Task_Reproduce", Map.of("userEnvironment", "Windows 10，Chrome 120", "testEnvironment", "OA 测试环境", "reproduceSteps",
        "同步组织机构后发文", "reproduceOutcome", "reproduced"));
    complete(secondLine, problem, "Task_AnalyseProgram", Map.of("rootCause", "同步程序未处理兼职人员"));
    complete(secondLine, problem, "Task_Workaround", Map.of("workaround", "手工补录环节人员"));
    complete(secondLine, problem, "Task_HandOverToVendor", Map.of("vendorChannel", "tasklist", "handOverNote", "附日志"));
    ResponseEntity<String> incomplete = vendor.raw(HttpMethod.POST, "/engine-rest/task/"
        + taskId(vendor, problem, "Task_VendorAnswer") + "/complete", variables(Map.of("fixVersion", "OA 5.1.3")));
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(incomplete.getBody()).contains("plannedDate");
    complete(vendor, problem, "Task_VendorAnswer", Map.of("fixVersion", "OA 5.1.3", "plannedDate", "2026-12-15",
        "vendorAnswer", "同步程序补充兼职人员处理"));
    complete(secondLine, problem, "Task_TrackFix", Map.of("trackingNote", "补丁已部署测试环境"));
    complete(secondLine, problem, "Task_VerifyFix", Map.of("fixOutcome", "verified"));
    complete(secondLine, problem, "Task_ProblemReport", Map.of("reportSymptom", "公文卡在待办", "reportCause",
        "同步程序未处理兼职人员", "reportWorkaround", "手工补录", "finalSolution", "升级 OA 5.1.3",
        "reportVendorAnswer", "OA 5.1.3 修复"));

    // the waiting incident is at verification with the problem's solution
    String verify = taskId(desk, waiting, "Task_VerifySolution");
    Map<String, Object> solution = desk.get("/engine-rest/task/" + verify + "/variables/solution").getBody();
    assertThat((String) solution.get("value")).contains(problem, "升级 OA 5.1.3");

    Map<String, Object> read = secondLine.get("/api/problems/" + problem).getBody();
    Map<String, Object> p = (Map<String, Object>) read.get("problem");
    assertThat(p).containsEntry("status", "resolved").containsEntry("vendorFixVersion", "OA 5.1.3");
    assertThat((Map<String, Object>) p.get("report")).containsEntry("symptom", "公文卡在待办")
        .containsEntry("cause", "同步程序未处理兼职人员").containsEntry("workaround", "手工补录")
        .containsEntry("finalSolution", "升级 OA 5.1.3").containsEntry("vendorAnswer", "OA 5.1.3 修复");
    List<Map<String, Object>> incidents = (List<Map<String, Object>>) read.get("incidents");
    assertThat(incidents).extracting(i -> i.get("incidentNumber")).containsExactlyInAnyOrder(waiting, notWaiting);
    assertThat(incidents).filteredOn(i -> waiting.equals(i.get("incidentNumber")))
        .extracting(i -> i.get("notifyResult")).containsExactly("notified");
    assertThat(incidents).filteredOn(i -> notWaiting.equals(i.get("incidentNumber")))
        .extracting(i -> i.get("notifyResult")).containsExactly("noted-not-waiting");
    assertThat(desk.get("/api/problems/" + problem).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // an ended problem can still be named as a cause, but nobody can wait for it any more
    String late = escalatedIncident();
    ResponseEntity<String> waitForEnded = secondLine.raw(HttpMethod.POST, "/engine-rest/task/"
        + taskId(secondLine, late, "Task_HandleEscalated") + "/complete", variables(Map.of("secondLineAnalysis",
        "同一问题", "handlingOutcome", "await-problem", "problemNumber", problem)));
    assertThat(waitForEnded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(waitForEnded.getBody()).contains(problem, "已结束");
    complete(secondLine, late, "Task_HandleEscalated", Map.of("secondLineAnalysis", "同一问题", "handlingOutcome", "solved",
        "solution", "按问题单最终方案升级 OA 5.1.3", "problemNumber", problem));
    assertThat(taskId(desk, late, "Task_VerifySolution")).isNotBlank();
  }

  private String taskId(RestClient client, String businessKey, String taskDefinitionKey) {
    List<Map<String, Object>> found = client.getList("/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskDefinitionKey).getBody();
    assertThat(found).as("%s visible", taskDefinitionKey).hasSize(1);
    return (String) found.get(0).get("id");
  }

  private void complete(RestClient client, String businessKey, String taskDefinitionKey, Map<String, Object> vars) {
    ResponseEntity<String> answer = client.raw(HttpMethod.POST, "/engine-rest/task/"
        + taskId(client, businessKey, taskDefinitionKey) + "/complete", variables(vars));
    assertThat(answer.getStatusCode()).as("complete %s: %s", taskDefinitionKey, answer.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
