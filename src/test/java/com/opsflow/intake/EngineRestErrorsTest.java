package com.opsflow.intake;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 9 item 7 (outside probe): spellings of a path that skipped the REST filter, racing completions
 * and claims, and a non-string business key answered 500 with internal exception text. Each now gets
 * 400/403/409 with a reason and no stack detail.
 */
@OpsFlowIntegrationTest
class EngineRestErrorsTest {

  static final String START = "/engine-rest/process-definition/key/incident/start";
  static final String SECOND_DESK = "desk-racer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  RestClient desk;
  RestClient secondDesk;

  @BeforeEach
  void users() {
    desk = RestClient.demo(http, "service-desk");
    secondDesk = new RestClient(http, SECOND_DESK, "demo");
    users.create(SECOND_DESK, "一线", "service-desk");
  }

  private static Map<String, Object> incident() {
    return new HashMap<>(ProcessDriver.incidentVariables("oa", "office", "high"));
  }

  private String lookupTask() {
    ResponseEntity<Map<String, Object>> started = desk.post(START, variables(incident()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return tasks.createTaskQuery().processInstanceBusinessKey((String) started.getBody().get("businessKey"))
        .taskDefinitionKey("Task_LookupKnowledge").singleResult().getId();
  }

  private static void assertNoInternals(ResponseEntity<String> answer) {
    assertThat(answer.getBody()).as("no internal exception text").doesNotContain("Exception:", "ENGINE-", "\tat ",
        "NullPointer", "OptimisticLocking");
  }

  private static List<ResponseEntity<String>> atOnce(List<Callable<ResponseEntity<String>>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
      for (Callable<ResponseEntity<String>> call : calls) {
        futures.add(pool.submit(() -> {
          go.await();
          return call.call();
        }));
      }
      go.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> future : futures) {
        answers.add(future.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldAnswerRacingCompletionsOfOneTaskWithOneSuccessAndOtherwise409() throws Exception {
    for (int round = 0; round < 3; round++) {
      String task = lookupTask();
      List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        RestClient client = i % 2 == 0 ? desk : secondDesk;
        calls.add(() -> client.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/complete", variables(Map.of())));
      }
      List<ResponseEntity<String>> answers = atOnce(calls);
      assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
      for (ResponseEntity<String> answer : answers) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isIn(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT,
            HttpStatus.NOT_FOUND);
        if (answer.getStatusCode() != HttpStatus.NO_CONTENT) {
          assertNoInternals(answer);
        }
      }
    }
  }

  @Test
  void shouldAnswerRacingClaimsOfOneTaskWithOneSuccessAndOtherwise409() throws Exception {
    for (int round = 0; round < 3; round++) {
      String task = lookupTask();
      List<ResponseEntity<String>> answers = atOnce(List.of(
          () -> desk.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", "demo-service-desk")),
          () -> secondDesk.raw(HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", SECOND_DESK))));
      assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.NO_CONTENT).hasSize(1);
      ResponseEntity<String> lost = answers.stream().filter(a -> a.getStatusCode() != HttpStatus.NO_CONTENT).findFirst()
          .orElseThrow();
      assertThat(lost.getStatusCode()).as(lost.getBody()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(lost.getBody()).contains("其他人");
      assertNoInternals(lost);
    }
  }

  @Test
  void shouldValidateStartsWhateverThePathsSpelling() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("incident").count();
    Map<String, Object> bad = incident();
    bad.put("system", "windows");
    for (String path : List.of(START + "/", START + ";x=1", "/engine-rest//process-definition/key/incident/start",
        "/engine-rest/process-definition/key/incident/submit-form/")) {
      ResponseEntity<String> answer = desk.raw(HttpMethod.POST, path, variables(bad));
      assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("system");
      assertNoInternals(answer);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("incident").count()).isEqualTo(before);
  }

  @Test
  void shouldRefuseABusinessKeyOfAnyTypeWith400() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("incident").count();
    for (Object businessKey : List.of(42, Map.of("x", 1), List.of("a"), true, "INC-20260101-0001")) {
      Map<String, Object> body = new HashMap<>(variables(incident()));
      body.put("businessKey", businessKey);
      ResponseEntity<String> answer = desk.raw(HttpMethod.POST, START, body);
      assertThat(answer.getStatusCode()).as("%s: %s", businessKey, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getBody()).contains("业务键");
      assertNoInternals(answer);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("incident").count()).isEqualTo(before);
  }

  @Test
  void shouldAnswerAMalformedBodyWith400WithoutParserDetails() {
    ResponseEntity<String> answer = desk.raw(HttpMethod.POST, START, "{\"variables\": {");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("JSON").doesNotContain("line:", "column:");
  }
}
