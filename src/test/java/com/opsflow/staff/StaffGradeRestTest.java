package com.opsflow.staff;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Post grades through /api/staff and the seeds' rule that a backup engineer holds 二级岗位 or higher. */
@OpsFlowIntegrationTest
class StaffGradeRestTest {

  static final String START = "/engine-rest/process-definition/key/leave-request/start";
  /** A desk engineer created for this test, without a recorded grade at first. */
  static final String JUNIOR = "sg-junior-engineer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;

  RestClient manager;
  RestClient secondLine;

  @BeforeEach
  void users() {
    manager = RestClient.demo(http, "project-manager");
    secondLine = RestClient.demo(http, "second-line");
    users.create(JUNIOR, "新人", "service-desk");
  }

  @AfterEach
  void removeUser() {
    jdbc.update("DELETE FROM staff_grade WHERE user_id = ?", JUNIOR);
  }

  static Map<String, Object> leaveCoveredBy(String backup) {
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    Map<String, Object> v = new HashMap<>();
    v.put("leaveType", "annual");
    v.put("leaveFrom", tomorrow.toString());
    v.put("leaveTo", tomorrow.toString());
    v.put("days", 1);
    v.put("sudden", false);
    v.put("reason", "年假");
    v.put("backupEngineer", backup);
    return v;
  }

  @Test
  void shouldListTheDemoEngineersGradesToAnyLoggedInUser() {
    ResponseEntity<List<Map<String, Object>>> grades = secondLine.getList("/api/staff/grades");

    assertThat(grades.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(grades.getBody()).anySatisfy(g -> {
      assertThat(g).containsEntry("userId", "demo-service-desk").containsEntry("grade", 2);
    });
    assertThat(RestClient.anonymous(http).raw(HttpMethod.GET, "/api/staff/grades", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldLetOnlyTheProjectManagerRecordAValidGrade() {
    String path = "/api/staff/" + JUNIOR + "/grade";

    ResponseEntity<String> byEngineer = secondLine.raw(HttpMethod.PUT, path, Map.of("grade", 3));
    assertThat(byEngineer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byEngineer.getBody()).contains("只有项目经理");

    ResponseEntity<String> outOfRange = manager.raw(HttpMethod.PUT, path, Map.of("grade", 7));
    assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(outOfRange.getBody()).contains("\"field\":\"grade\"", "1 到 5");

    assertThat(manager.raw(HttpMethod.PUT, "/api/staff/nobody-here/grade", Map.of("grade", 2)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> recorded = manager.get(path);
    assertThat(recorded.getStatusCode()).as("no grade yet").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(manager.raw(HttpMethod.PUT, path, Map.of("grade", 3)).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager.get(path).getBody()).containsEntry("grade", 3).containsEntry("updatedBy", "demo-project-manager");
  }

  @Test
  void shouldRefuseABackupEngineerBelowGradeTwoAndAcceptOnceGraded() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("leave-request").count();

    ResponseEntity<String> ungraded = secondLine.raw(HttpMethod.POST, START, variables(leaveCoveredBy(JUNIOR)));
    assertThat(ungraded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ungraded.getBody()).contains("backupEngineer", "没有登记岗位级别", "二级岗位及以上");

    manager.raw(HttpMethod.PUT, "/api/staff/" + JUNIOR + "/grade", Map.of("grade", 1));
    ResponseEntity<String> gradeOne = secondLine.raw(HttpMethod.POST, START, variables(leaveCoveredBy(JUNIOR)));
    assertThat(gradeOne.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(gradeOne.getBody()).contains("为一级岗位", "二级岗位及以上");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("leave-request").count()).isEqualTo(before);

    manager.raw(HttpMethod.PUT, "/api/staff/" + JUNIOR + "/grade", Map.of("grade", 2));
    ResponseEntity<Map<String, Object>> started = secondLine.post(START, variables(leaveCoveredBy(JUNIOR)));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    runtime.deleteProcessInstance((String) started.getBody().get("id"), "test done");
  }
}
