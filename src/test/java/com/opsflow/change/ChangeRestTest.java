package com.opsflow.change;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.change.ChangeProcess.Element;
import com.opsflow.change.ChangeProcess.Outcome;
import com.opsflow.change.ChangeProcess.Var;
import com.opsflow.support.Acting;
import com.opsflow.support.TestUsers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Changes through the engine REST API as the demo users: the plan's author never approves it (403 on
 * claim and on completion, also when the author is in the approving group), a bad window is refused (400),
 * and the forward schedule reports an overlapping approved change of the same system.
 */
@OpsFlowIntegrationTest
class ChangeRestTest {

  static final String START = "/engine-rest/process-definition/key/" + ChangeProcess.KEY + "/start";
  /** A second-line engineer who is also team lead: writes the plan and is in the group that approves it. */
  static final String LEAD_ENGINEER = "chg-lead-engineer";

  @RegisterExtension
  final TestUsers users = new TestUsers();
  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  RestClient secondLine;
  RestClient teamLead;
  RestClient leadEngineer;

  @BeforeEach
  void users() {
    secondLine = RestClient.demo(http, "second-line");
    teamLead = RestClient.demo(http, "team-lead");
    leadEngineer = new RestClient(http, LEAD_ENGINEER, "demo");
    users.create(LEAD_ENGINEER, "组长兼二线", "second-line", "team-lead");
  }

  static String[] window() {
    LocalDate day = LocalDate.of(2027, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    return new String[] {day + "T22:00:00+08:00", day.plusDays(1) + "T02:00:00+08:00"};
  }

  private String start(RestClient client, String system, String changeType) {
    Map<String, Object> v = new HashMap<>();
    v.put(Var.SYSTEM, system);
    v.put(Var.CHANGE_TYPE, changeType);
    v.put(Var.SUMMARY, "调整前置机连接池");
    v.put(Var.DESCRIPTION, "业务量增长，需调整连接池");
    v.put(Var.REPORTER, "自治区税务局信息中心 王工");
    ResponseEntity<Map<String, Object>> started = client.post(START, variables(v));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("businessKey");
  }

  private String taskId(String businessKey, String taskDefinitionKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .list();
    assertThat(found).as("task %s of %s", taskDefinitionKey, businessKey).hasSize(1);
    return found.get(0).getId();
  }

  private ResponseEntity<String> claim(RestClient client, String taskId, String userId) {
    return client.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId));
  }

  private ResponseEntity<String> complete(RestClient client, String taskId, Map<String, Object> vars) {
    return client.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", variables(vars));
  }

  private void work(RestClient client, String user, String businessKey, String key, Map<String, Object> vars) {
    String id = taskId(businessKey, key);
    assertThat(claim(client, id, user).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> done = complete(client, id, vars);
    assertThat(done.getStatusCode()).as("%s: %s", key, done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Request, assessment (one node, no interruption: a standard change the team lead approves), plan, test. */
  private String planned(RestClient author, String authorId, String system, String changeType) {
    String number = start(secondLine, system, changeType);
    work(secondLine, "demo-second-line", number, Element.ASSESS, Map.of(Var.FEASIBILITY, Outcome.FEASIBLE, Var.IMPACT_SCOPE, "node",
        Var.SERVICE_INTERRUPTION, false, Var.ASSESSMENT, "可行"));
    work(author, authorId, number, Element.WRITE_PLAN, Map.of(Var.PLAN, "修改连接池上限并重启", Var.ROLLBACK_PLAN,
        "恢复原配置并重启"));
    work(teamLead, "demo-team-lead", number, Element.TEST_REVIEW, Map.of(Var.TEST_OUTCOME, Outcome.PASSED,
        Var.TEST_RESULT, "测试环境通过", Var.REVIEW_NOTE, "同意"));
    return number;
  }

  private String approvalTask(String number) {
    ProcessInstance change = runtime.createProcessInstanceQuery().processDefinitionKey(ChangeProcess.KEY)
        .processInstanceBusinessKey(number).singleResult();
    ProcessInstance approval = runtime.createProcessInstanceQuery().superProcessInstanceId(change.getId()).singleResult();
    return tasks.createTaskQuery().processInstanceId(approval.getId()).singleResult().getId();
  }

  @Test
  void shouldRefuseTheAuthorApprovingTheirOwnPlanWith403AndAcceptAnotherTeamLead() {
    String number = planned(leadEngineer, LEAD_ENGINEER, "tips", "middleware");
    String[] window = window();
    work(secondLine, "demo-second-line", number, Element.PLAN_IMPLEMENTATION, Map.of(Var.WINDOW_START, window[0],
        Var.WINDOW_END, window[1], Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "厂商远程支持"));
    String approval = approvalTask(number);

    ResponseEntity<String> claimed = claim(leadEngineer, approval, LEAD_ENGINEER);
    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claimed.getBody()).contains("作者不能认领或审批自己的方案", LEAD_ENGINEER);
    ResponseEntity<String> approved = complete(leadEngineer, approval, Map.of(ApprovalProcess.Var.DECISION,
        ApprovalProcess.APPROVE));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(approved.getBody()).contains("作者不能认领或审批自己的方案");
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);

    work(teamLead, "demo-team-lead", number, "Task_ApproveInOrder", Map.of(ApprovalProcess.Var.DECISION,
        ApprovalProcess.APPROVE));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).count()).isZero();
    ResponseEntity<Map<String, Object>> change = secondLine.get("/api/changes/" + number);
    assertThat(change.getBody()).containsEntry("status", "approved").containsEntry("approvedBy", "demo-team-lead");
  }

  /**
   * Issue 9 (outside probe, critical): a plan's author who also holds the approver role rewrote
   * {@code approvalAuthor} on the approval task and approved their own plan. Writing the variable is
   * refused with 403 naming it on every way in, and the rule rests on who completed the plan task (the
   * register), so a variable changed behind the API's back changes nothing.
   */
  @Test
  void shouldKeepTheAuthorFromApprovingByRewritingOrDeletingApprovalAuthor() {
    String number = planned(leadEngineer, LEAD_ENGINEER, "tips", "middleware");
    String[] window = window();
    work(secondLine, "demo-second-line", number, Element.PLAN_IMPLEMENTATION, Map.of(Var.WINDOW_START, window[0],
        Var.WINDOW_END, window[1], Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "厂商远程支持"));
    String approval = approvalTask(number);
    String approvalInstance = tasks.createTaskQuery().taskId(approval).singleResult().getProcessInstanceId();

    List<ResponseEntity<String>> attempts = List.of(
        leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval + "/variables", Map.of("modifications",
            Map.of(ApprovalProcess.In.AUTHOR, Map.of("value", "someone-else")))),
        leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval + "/variables", Map.of("deletions",
            List.of(ApprovalProcess.In.AUTHOR))),
        leadEngineer.raw(HttpMethod.PUT, "/engine-rest/task/" + approval + "/variables/" + ApprovalProcess.In.AUTHOR,
            Map.of("value", "someone-else")),
        leadEngineer.raw(HttpMethod.DELETE, "/engine-rest/task/" + approval + "/variables/" + ApprovalProcess.In.AUTHOR,
            null),
        leadEngineer.raw(HttpMethod.PUT, "/engine-rest/process-instance/" + approvalInstance + "/variables/"
            + ApprovalProcess.In.AUTHOR, Map.of("value", "someone-else")),
        leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval + "/complete/", variables(Map.of(
            ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE, ApprovalProcess.In.AUTHOR, "someone-else"))),
        leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval + "/bpmnError", Map.of("errorCode", "x")));
    for (ResponseEntity<String> refused : attempts) {
      assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).doesNotContain("Exception:");
    }
    assertThat(attempts.get(0).getBody()).contains(ApprovalProcess.In.AUTHOR);
    assertThat(attempts.get(5).getBody()).contains(ApprovalProcess.In.AUTHOR);
    assertThat(runtime.getVariable(approvalInstance, ApprovalProcess.In.AUTHOR)).isEqualTo(LEAD_ENGINEER);

    // the register, not the variable, says who wrote the plan
    runtime.setVariable(approvalInstance, ApprovalProcess.In.AUTHOR, "someone-else");
    ResponseEntity<String> claimed = claim(leadEngineer, approval, LEAD_ENGINEER);
    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    runtime.removeVariable(approvalInstance, ApprovalProcess.In.AUTHOR);
    ResponseEntity<String> approved = leadEngineer.raw(HttpMethod.POST, "/engine-rest/task/" + approval
        + "/complete;jsessionid=x", variables(Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE)));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(approved.getBody()).contains("作者不能认领或审批自己的方案", LEAD_ENGINEER);
    Acting.as(identity, LEAD_ENGINEER, List.of("second-line", "team-lead"), () -> {
      assertThatThrownBy(() -> tasks.complete(approval, Map.of(ApprovalProcess.Var.DECISION, ApprovalProcess.APPROVE)))
          .hasMessageContaining("作者不能认领或审批自己的方案");
    });
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isEqualTo(1);
    assertThat(secondLine.get("/api/changes/" + number).getBody()).doesNotContainEntry("status", "approved");
  }

  @Test
  void shouldRefuseAWindowThatEndsBeforeItStartsNamingTheField() {
    String number = planned(secondLine, "demo-second-line", "oa", "os");
    String[] window = window();
    String id = taskId(number, Element.PLAN_IMPLEMENTATION);
    claim(secondLine, id, "demo-second-line");

    ResponseEntity<String> refused = complete(secondLine, id, Map.of(Var.WINDOW_START, window[1], Var.WINDOW_END, window[0],
        Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "无"));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(Var.WINDOW_END);
    ResponseEntity<String> missing = complete(secondLine, id, Map.of(Var.WINDOW_START, window[0],
        Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "无"));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void shouldReportAScheduleConflictWithAnApprovedChangeToTheApproversAndInTheSchedule() {
    String[] window = window();
    String first = planned(secondLine, "demo-second-line", "invoice", "database");
    work(secondLine, "demo-second-line", first, Element.PLAN_IMPLEMENTATION, Map.of(Var.WINDOW_START, window[0],
        Var.WINDOW_END, window[1], Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "数据库备份空间"));
    work(teamLead, "demo-team-lead", first, "Task_ApproveInOrder", Map.of(ApprovalProcess.Var.DECISION,
        ApprovalProcess.APPROVE));

    String second = planned(secondLine, "demo-second-line", "invoice", "network");
    work(secondLine, "demo-second-line", second, Element.PLAN_IMPLEMENTATION, Map.of(Var.WINDOW_START,
        window[0].replace("T22:00", "T23:00"), Var.WINDOW_END, window[1].replace("T02:00", "T04:00"),
        Var.IMPLEMENTERS, "demo-second-line", Var.RESOURCES, "网络厂商远程支持"));

    String approval = approvalTask(second);
    ResponseEntity<Map<String, Object>> document = teamLead.get("/engine-rest/task/" + approval + "/variables/"
        + ApprovalProcess.In.DOCUMENT);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) document.getBody().get("value")).startsWith("【日程冲突】").contains(first);

    ResponseEntity<List<Map<String, Object>>> schedule = teamLead.getList("/api/changes/schedule?system=invoice&from="
        + window[0].substring(0, 10));
    assertThat(schedule.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(schedule.getBody()).filteredOn(c -> second.equals(c.get("ticketNumber"))).singleElement()
        .satisfies(c -> assertThat((String) c.get("scheduleConflicts")).contains(first));
    assertThat(schedule.getBody()).filteredOn(c -> first.equals(c.get("ticketNumber"))).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("status", "approved"));
    assertThat(teamLead.get("/api/changes/schedule?system=erp").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
