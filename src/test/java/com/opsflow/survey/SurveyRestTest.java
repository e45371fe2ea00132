package com.opsflow.survey;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.survey.SatisfactionSurveyProcess.Element;
import com.opsflow.survey.SatisfactionSurveyProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Satisfaction surveys through the engine REST API and /api/surveys as the demo users. */
@OpsFlowIntegrationTest
class SurveyRestTest {

  static final String START = "/engine-rest/process-definition/key/" + SatisfactionSurveyProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  SurveyRegister register;

  static Map<String, Object> plan() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "oa");
    v.put(Var.TITLE, "呼叫中心服务满意度回访");
    v.put(Var.PERIOD_FROM, today.toString());
    v.put(Var.PERIOD_TO, today.plusDays(3).toString());
    v.put(Var.RESPONDENTS, "近一个月报障的用户");
    v.put(Var.SURVEYOR, "驻场支持岗");
    v.put(Var.QUESTIONS, "服务态度\n解决效果");
    return v;
  }

  @Test
  void shouldTakeAnswersByRestWhileCollectingAndRefuseBadOnesWith400() {
    RestClient quality = RestClient.demo(http, "quality");
    RestClient desk = RestClient.demo(http, "service-desk");
    Map<String, Object> noQuestions = plan();
    noQuestions.remove(Var.QUESTIONS);
    ResponseEntity<String> bad = quality.raw(HttpMethod.POST, START, variables(noQuestions));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("'questions'");

    ResponseEntity<Map<String, Object>> started = quality.post(START, variables(plan()));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    String number = (String) started.getBody().get("businessKey");
    String answers = "/api/surveys/" + number + "/answers";

    ResponseEntity<Map<String, Object>> one = desk.post(answers, Map.of("respondent", "钦州市局 赵六", "ratings", List.of(5, 4),
        "comment", "很满意"));
    assertThat(one.getStatusCode()).as("%s", one.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(one.getBody()).containsEntry("answerCount", 1);
    ResponseEntity<Map<String, Object>> tooFew = desk.post(answers, Map.of("respondent", "某人", "ratings", List.of(5)));
    assertThat(tooFew.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooFew.getBody()).containsEntry("field", "ratings");
    ResponseEntity<Map<String, Object>> outOfRange = desk.post(answers, Map.of("respondent", "某人", "ratings", List.of(5, 9)));
    assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(RestClient.demo(http, "vendor").post(answers, Map.of("respondent", "某人", "ratings", List.of(5, 5)))
        .getStatusCode()).as("the vendor cannot see surveys").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(RestClient.demo(http, "project-manager").post(answers, Map.of("respondent", "某人", "ratings",
        List.of(3, 3))).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    String collect = "/engine-rest/task/" + tasks.createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(Element.COLLECT).singleResult().getId() + "/complete";
    ResponseEntity<String> badLine = desk.raw(HttpMethod.POST, collect, variables(Map.of(Var.ANSWERS,
        "北海市局,5,5\n防城港市局,5,很好", Var.COLLECTION_COMPLETE, true)));
    assertThat(badLine.getStatusCode()).as("%s", badLine.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badLine.getBody()).contains("第 2 行", "第 2 题");
    ResponseEntity<String> done = desk.raw(HttpMethod.POST, collect, variables(Map.of(Var.ANSWERS, "北海市局,5,5",
        Var.COLLECTION_COMPLETE, true)));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Job summarise = management.createJobQuery().processInstanceId(id).activityId(Element.SUMMARISE).singleResult();
    management.executeJob(summarise.getId());

    ResponseEntity<Map<String, Object>> read = quality.get("/api/surveys/" + number);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsEntry("answerCount", 3).containsEntry("status", SurveyRegister.SUMMARISED);
    assertThat(((Number) read.getBody().get("satisfactionRate")).doubleValue()).isEqualTo(66.7);
    assertThat(desk.post(answers, Map.of("respondent", "迟到的人", "ratings", List.of(5, 5))).getStatusCode())
        .as("collection closed").isEqualTo(HttpStatus.CONFLICT);

    String decide = "/engine-rest/task/" + tasks.createTaskQuery().processInstanceId(id)
        .taskDefinitionKey(Element.DECIDE_ACTIONS).singleResult().getId() + "/complete";
    ResponseEntity<String> longAction = RestClient.demo(http, "project-manager").raw(HttpMethod.POST, decide,
        variables(Map.of(Var.IMPROVEMENT_ACTIONS, "很".repeat(501), Var.ACTION_GROUP_DEFAULT, "team-lead")));
    assertThat(longAction.getStatusCode()).as("%s", longAction.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longAction.getBody()).contains("第 1 行");

    runtime.deleteProcessInstance(id, "test done");
  }
}
