package com.opsflow.training;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.training.TrainingProcess.Element;
import com.opsflow.training.TrainingProcess.Var;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Training through the engine REST API, Tasklist and /api/trainings as the demo users. */
@OpsFlowIntegrationTest
class TrainingRestTest {

  static final String START = "/engine-rest/process-definition/key/" + TrainingProcess.KEY + "/start";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  TrainingRegister register;

  static Map<String, Object> plan(String trainees) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, "tips");
    v.put(Var.TOPIC, "财税库银系统升级培训");
    v.put(Var.TRAINING_AT, "2031-09-01T09:30");
    v.put(Var.PLACE, "信息中心会议室");
    v.put(Var.TEACHER, "陈工");
    v.put(Var.MATERIAL, "升级说明、幻灯片");
    v.put(Var.TRAINEES, trainees);
    return v;
  }

  Task task(String instanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
  }

  @Test
  void shouldPlanDeliverAndExamineThroughRestWith400NamingTheBadLine() {
    RestClient lead = RestClient.demo(http, "team-lead");
    ResponseEntity<String> twice = lead.raw(HttpMethod.POST, START, variables(plan("张三\n李四\n张三")));
    assertThat(twice.getStatusCode()).as("%s", twice.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twice.getBody()).contains("'trainees'", "张三");
    ResponseEntity<String> byDesk = RestClient.demo(http, "service-desk").raw(HttpMethod.POST, START,
        variables(plan("张三")));
    // the engine does not even show the definition to a group without rights on it
    assertThat(byDesk.getStatusCode()).as("the desk does not plan trainings").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> started = lead.post(START, variables(plan("张三\n李四\n王五")));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String id = (String) started.getBody().get("id");
    String number = (String) started.getBody().get("businessKey");
    assertThat(number).matches("TRN-\\d{8}-\\d{4,}");

    ResponseEntity<String> delivered = lead.raw(HttpMethod.POST, "/engine-rest/task/" + task(id, Element.DELIVER).getId()
        + "/complete", variables(Map.of(Var.DELIVERY_NOTE, "全部出勤")));
    assertThat(delivered.getStatusCode()).as("%s", delivered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    String exam = "/engine-rest/task/" + task(id, Element.RECORD_EXAM).getId() + "/complete";
    ResponseEntity<String> bad = lead.raw(HttpMethod.POST, exam, variables(Map.of(Var.EXAM_RESULTS, "张三,90\n李四,九十\n王五,80")));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("第 2 行", "李四,九十", "不是数字");

    // the same rule for a Tasklist submission
    WebappSession tasklist = WebappSession.login(http, "demo-team-lead", "demo");
    ResponseEntity<String> viaTasklist = tasklist.postJson("/camunda/api/engine/engine/default/task/"
        + task(id, Element.RECORD_EXAM).getId() + "/submit-form", variables(Map.of(Var.EXAM_RESULTS, "张三,90\n王五,80")));
    assertThat(viaTasklist.getStatusCode()).as("%s", viaTasklist.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(viaTasklist.getBody()).contains("缺少学员的成绩", "李四");
    // the list as Tasklist sends it: a Json variable of rows
    ResponseEntity<String> listRow = tasklist.postJson("/camunda/api/engine/engine/default/task/"
        + task(id, Element.RECORD_EXAM).getId() + "/submit-form", Map.of("variables", Map.of(Var.EXAM_SCORES,
        Map.of("type", "Json", "value", "[{\"trainee\":\"张三\",\"score\":90},{\"trainee\":\"李四\",\"score\":null},"
            + "{\"trainee\":\"王五\",\"score\":80}]"))));
    assertThat(listRow.getStatusCode()).as("%s", listRow.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(listRow.getBody()).contains("examScores", "第 2 行（李四）", "缺少分数");

    ResponseEntity<String> good = lead.raw(HttpMethod.POST, exam, variables(Map.of(Var.EXAM_RESULTS, "张三,90\n李四,50\n王五,80")));
    assertThat(good.getStatusCode()).as("%s", good.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(id, Element.RETRAIN)).as("2 of 3 = 66.6 %: retrain").isNotNull();

    ResponseEntity<Map<String, Object>> read = lead.get("/api/trainings/" + number);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read.getBody()).containsEntry("trainingNumber", number).containsEntry("rounds", 1)
        .containsEntry("status", TrainingRegister.EXAMINED);
    assertThat(((Number) read.getBody().get("passRate")).doubleValue()).isEqualTo(66.6);
    assertThat((List<?>) read.getBody().get("results")).hasSize(3);
    assertThat(RestClient.demo(http, "vendor").get("/api/trainings/" + number).getStatusCode())
        .as("not readable for the vendor").isEqualTo(HttpStatus.NOT_FOUND);

    runtime.deleteProcessInstance(id, "test done");
  }

  /**
   * B-2.3.12 "必须进行": a training the system starts (message {@code training-required}) gets its plan in
   * 填写培训计划; REST completions meet the start form's rules (400 naming the field) and may not change the
   * system the training was started for.
   */
  @Test
  void shouldCheckTheTeamLeadsPlanOfARequiredTrainingOnRest() {
    RestClient lead = RestClient.demo(http, "team-lead");
    ResponseEntity<String> noReason = lead.raw(HttpMethod.POST, "/engine-rest/message", Map.of("messageName",
        TrainingProcess.REQUIRED_MESSAGE, "processVariables", variables(Map.of(Var.SYSTEM, "tips")).get("variables"),
        "resultEnabled", true));
    assertThat(noReason.getStatusCode()).as("%s", noReason.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("trainingReason");

    String id = runtime.createMessageCorrelation(TrainingProcess.REQUIRED_MESSAGE)
        .setVariables(Map.of(Var.SYSTEM, "tips", Var.TRAINING_REASON, "新系统上线")).correlateStartMessage().getId();
    String complete = "/engine-rest/task/" + task(id, Element.PLAN).getId() + "/complete";
    Map<String, Object> noPlace = plan("张三\n李四");
    noPlace.remove(Var.SYSTEM);
    noPlace.remove(Var.PLACE);
    ResponseEntity<String> bad = lead.raw(HttpMethod.POST, complete, variables(noPlace));
    assertThat(bad.getStatusCode()).as("%s", bad.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("place");

    Map<String, Object> otherSystem = plan("张三\n李四");
    otherSystem.put(Var.SYSTEM, "oa");
    ResponseEntity<String> moved = lead.raw(HttpMethod.POST, complete, variables(otherSystem));
    assertThat(moved.getStatusCode()).as("%s", moved.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

    Map<String, Object> good = plan("张三\n李四");
    good.remove(Var.SYSTEM);
    ResponseEntity<String> planned = lead.raw(HttpMethod.POST, complete, variables(good));
    assertThat(planned.getStatusCode()).as("%s", planned.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(id, Element.DELIVER)).isNotNull();
    assertThat(register.trainees(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey()))
        .hasSize(2);

    runtime.deleteProcessInstance(id, "test done");
  }
}
