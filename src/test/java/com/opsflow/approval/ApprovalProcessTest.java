package com.opsflow.approval;

import static com.opsflow.approval.ApprovalProcess.Element.*;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.opsflow.approval.ApprovalProcess.In;
import com.opsflow.approval.ApprovalProcess.Out;
import com.opsflow.approval.ApprovalProcess.Var;
import com.opsflow.support.IsolatedProcessTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The shared approval flow through a call activity as the contract's callers use it: every outcome,
 * n of m, sequential and parallel approvers, the deadline escalation on the business calendar, and the
 * four-eyes rule (the author neither claims nor decides; 403 through REST).
 */
@IsolatedProcessTest
class ApprovalProcessTest {

  static final String CALLER = "approval-test-caller";
  static final String AUTHOR = "demo-second-line";

  @Autowired
  ProcessEngine engine;
  @Autowired
  TicketService tickets;
  @Autowired
  TestRestTemplate http;
  ProcessDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new ProcessDriver(engine);
    engine.getRepositoryService().createDeployment().name("approval-test-caller").enableDuplicateFiltering(true)
        .addClasspathResource("approval/approval-test-caller.bpmn").deploy();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ProcessDriver.resetClock();
  }

  private ProcessInstance requestApproval(String groups, String mode, int required, int deadlineHours) {
    String number = String.format("CHG-20261123-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    tickets.register(new NewTicket(number, "change", null, "tips", "ticket", AUTHOR, null, "调整前置机连接池",
        "连接池上限 50 调整为 200", null, null, false, AUTHOR));
    Map<String, Object> v = new HashMap<>();
    v.put(In.SYSTEM, "tips");
    v.put(In.SUBJECT, "变更 " + number + "：调整前置机连接池");
    v.put(In.DOCUMENT, "变更方案：连接池上限 50 → 200\n回退方案：恢复原配置并重启\n测试结果：测试环境压测通过");
    v.put(In.AUTHOR, AUTHOR);
    v.put(In.GROUPS, groups);
    v.put(In.MODE, mode);
    v.put(In.REQUIRED, required);
    v.put(In.DEADLINE_HOURS, deadlineHours);
    return engine.getRuntimeService().startProcessInstanceByKey(CALLER, number, v);
  }

  private ProcessInstance approvalOf(ProcessInstance caller) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  private Task openTask(ProcessInstance approval, String group) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(approval.getId())
        .taskCandidateGroup(group).list();
    assertThat(tasks).as("open approval task of %s", group).hasSize(1);
    return tasks.get(0);
  }

  /** As in Tasklist: the approver claims the task and submits the form. */
  private void decide(ProcessInstance approval, String group, String decision, String reason) {
    String user = "demo-" + group;
    Task task = openTask(approval, group);
    driver.as(user, List.of(group), () -> {
      engine.getTaskService().claim(task.getId(), user);
      Map<String, Object> form = new HashMap<>();
      form.put(Var.DECISION, decision);
      if (reason != null) {
        form.put(Var.DECISION_REASON, reason);
      }
      engine.getTaskService().complete(task.getId(), form);
    });
  }

  private Object outVariable(ProcessInstance caller, String name) {
    return engine.getRuntimeService().getVariable(caller.getId(), name);
  }

  private void finishCaller(ProcessInstance caller) {
    engine.getRuntimeService().signal(engine.getRuntimeService().createExecutionQuery()
        .processInstanceId(caller.getId()).activityId("ReceiveTask_Done").singleResult().getId());
    BpmnAwareTests.assertThat(caller).isEnded();
  }

  private List<TicketEventRecord> events(ProcessInstance caller) {
    return tickets.events(caller.getBusinessKey());
  }

  @Test
  void shouldApproveWhenAllParallelApproversApproveAndRecordWhoDecidedWhen() {
    ProcessInstance caller = requestApproval("system-owner,bureau-it", ApprovalProcess.MODE_PARALLEL, 2, 16);
    ProcessInstance approval = approvalOf(caller);

    assertThat(approval.getBusinessKey()).isEqualTo(caller.getBusinessKey());
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
    Task ownerTask = openTask(approval, "system-owner");
    openTask(approval, "bureau-it");
    assertThat(ownerTask.getDescription()).isEqualTo("变更 " + caller.getBusinessKey() + "：调整前置机连接池");
    assertThat(ownerTask.getDueDate()).isNotNull();

    decide(approval, "system-owner", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
    decide(approval, "bureau-it", ApprovalProcess.APPROVE, "同意，按窗口实施");

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(RECORD_REQUESTED, CONCLUDE, END_APPROVED);
    assertThat(outVariable(caller, Out.OUTCOME)).isEqualTo(ApprovalProcess.APPROVED);
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("demo-system-owner,demo-bureau-it");
    assertThat(outVariable(caller, Out.REASON)).isNull();
    assertThat(events(caller)).extracting(TicketEventRecord::eventType).containsSubsequence("approval-requested",
        "approval-approved", "approval-approved", "approval-concluded");
    assertThat(events(caller)).filteredOn(e -> e.eventType().equals("approval-approved"))
        .extracting(TicketEventRecord::actor).containsExactly("demo-system-owner", "demo-bureau-it");
    assertThat(events(caller)).filteredOn(e -> e.eventType().equals("approval-approved"))
        .allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());

    // the history keeps each decision with who and when
    List<HistoricTaskInstance> decided = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(approval.getId()).finished().orderByHistoricActivityInstanceStartTime().asc().list();
    assertThat(decided).extracting(HistoricTaskInstance::getAssignee)
        .containsExactlyInAnyOrder("demo-system-owner", "demo-bureau-it");
    assertThat(decided).allSatisfy(t -> assertThat(t.getEndTime()).isNotNull());
    List<HistoricVariableInstance> decisions = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(approval.getId()).variableName(Var.DECISION).list().stream()
        .filter(v -> v.getTaskId() != null).toList();
    assertThat(decisions).extracting(HistoricVariableInstance::getValue).containsOnly(ApprovalProcess.APPROVE);
    assertThat(decisions).extracting(HistoricVariableInstance::getTaskId)
        .containsExactlyInAnyOrderElementsOf(decided.stream().map(HistoricTaskInstance::getId).toList());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(approval.getId())
        .variableName(Var.DECIDED_BY).list()).extracting(HistoricVariableInstance::getValue)
        .containsExactlyInAnyOrder("demo-system-owner", "demo-bureau-it");
    finishCaller(caller);
  }

  @Test
  void shouldRejectAtOnceWhenOneOfAllRequiredApproversRejects() {
    ProcessInstance caller = requestApproval("system-owner,bureau-it", ApprovalProcess.MODE_PARALLEL, 2, 16);
    ProcessInstance approval = approvalOf(caller);

    decide(approval, "bureau-it", ApprovalProcess.REJECT, "变更窗口与月末征期冲突");

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_REJECTED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).count()).isZero();
    assertThat(outVariable(caller, Out.OUTCOME)).isEqualTo(ApprovalProcess.REJECTED);
    assertThat((String) outVariable(caller, Out.REASON)).contains("信息技术部门", "demo-bureau-it", "变更窗口与月末征期冲突");
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("");
    assertThat(events(caller)).filteredOn(e -> e.eventType().equals("approval-rejected")).singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo("demo-bureau-it");
          assertThat(e.detail()).contains("变更窗口与月末征期冲突");
        });
    finishCaller(caller);
  }

  @Test
  void shouldSendBackForReworkWhenAnyApproverAsksForIt() {
    ProcessInstance caller = requestApproval("team-lead,system-owner", ApprovalProcess.MODE_SEQUENTIAL, 2, 16);
    ProcessInstance approval = approvalOf(caller);

    decide(approval, "team-lead", ApprovalProcess.APPROVE, null);
    decide(approval, "system-owner", ApprovalProcess.REWORK, "回退方案缺少数据备份步骤");

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_REWORK);
    assertThat(outVariable(caller, Out.OUTCOME)).isEqualTo(ApprovalProcess.SENT_BACK);
    assertThat((String) outVariable(caller, Out.REASON)).contains("退回修改", "回退方案缺少数据备份步骤");
    assertThat(events(caller)).extracting(TicketEventRecord::eventType)
        .containsSubsequence("approval-approved", "approval-rework", "approval-concluded");
  }

  @Test
  void shouldAskSequentialApproversInTheListedOrder() {
    ProcessInstance caller = requestApproval("team-lead,system-owner,bureau-it", ApprovalProcess.MODE_SEQUENTIAL, 3, 16);
    ProcessInstance approval = approvalOf(caller);

    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_IN_ORDER);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).list()).hasSize(1);
    openTask(approval, "team-lead");
    decide(approval, "team-lead", ApprovalProcess.APPROVE, null);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).list()).hasSize(1);
    openTask(approval, "system-owner");
    decide(approval, "system-owner", ApprovalProcess.APPROVE, null);
    openTask(approval, "bureau-it");
    decide(approval, "bureau-it", ApprovalProcess.APPROVE, null);

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_APPROVED).hasNotPassed(APPROVE_TOGETHER);
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("demo-team-lead,demo-system-owner,demo-bureau-it");
  }

  @Test
  void shouldApproveOnceNOfMApprovedAndCancelTheRest() {
    ProcessInstance caller = requestApproval("team-lead,system-owner,bureau-it", ApprovalProcess.MODE_PARALLEL, 2, 16);
    ProcessInstance approval = approvalOf(caller);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).count()).isEqualTo(3);

    decide(approval, "team-lead", ApprovalProcess.REJECT, "实施人员不足");
    decide(approval, "system-owner", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
    decide(approval, "bureau-it", ApprovalProcess.APPROVE, null);

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_APPROVED);
    assertThat(outVariable(caller, Out.OUTCOME)).isEqualTo(ApprovalProcess.APPROVED);
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("demo-system-owner,demo-bureau-it");
    assertThat(outVariable(caller, Out.REASON)).isNull();
  }

  @Test
  void shouldStopAsSoonAsNApprovalsAreIn() {
    ProcessInstance caller = requestApproval("team-lead,system-owner,bureau-it", ApprovalProcess.MODE_SEQUENTIAL, 2, 16);
    ProcessInstance approval = approvalOf(caller);

    decide(approval, "team-lead", ApprovalProcess.APPROVE, null);
    decide(approval, "system-owner", ApprovalProcess.APPROVE, null);

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_APPROVED);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(approval.getId())
        .count()).isEqualTo(2);
  }

  @Test
  void shouldRejectWhenNOfMCanNoLongerBeReached() {
    ProcessInstance caller = requestApproval("team-lead,system-owner,bureau-it", ApprovalProcess.MODE_PARALLEL, 2, 16);
    ProcessInstance approval = approvalOf(caller);

    decide(approval, "team-lead", ApprovalProcess.REJECT, "影响月末申报");
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
    decide(approval, "bureau-it", ApprovalProcess.REJECT, "未做性能测试");

    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_REJECTED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).count()).isZero();
    assertThat((String) outVariable(caller, Out.REASON)).contains("影响月末申报", "未做性能测试");
  }

  @Test
  void shouldEscalateOpenApprovalsAtTheDeadlineOnTheBusinessCalendarAndKeepThemOpen() {
    // Monday 2026-11-23 10:00 in Beijing; tips works 08:30-17:30
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T02:00:00Z")));
    ProcessInstance caller = requestApproval("system-owner,bureau-it", ApprovalProcess.MODE_PARALLEL, 2, 9);
    ProcessInstance approval = approvalOf(caller);

    // 9 working hours: 7.5 h on Monday, 1.5 h on Tuesday → Tuesday 10:00
    assertThat(driver.timerJob(caller, DEADLINE).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    decide(approval, "system-owner", ApprovalProcess.APPROVE, null);
    driver.fireTimer(caller, DEADLINE);

    BpmnAwareTests.assertThat(approval).hasPassed(RECORD_OVERDUE, NOTIFY_OVERDUE, ESCALATED).isWaitingAt(APPROVE_TOGETHER);
    openTask(approval, "bureau-it");
    assertThat(driver.notificationTemplates(caller.getBusinessKey())).containsExactly("approval-overdue");
    String recipients = (String) engine.getRuntimeService().getVariable(engine.getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey("notification").processInstanceBusinessKey(caller.getBusinessKey())
        .singleResult().getId(), "recipients");
    assertThat(recipients).isEqualTo("project-manager,system-owner,bureau-it");
    assertThat(events(caller)).extracting(TicketEventRecord::eventType).contains("approval-overdue");

    decide(approval, "bureau-it", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_APPROVED);
  }

  @Test
  void shouldRefuseTheAuthorClaimingOrDecidingTheirOwnPlan() {
    ProcessInstance caller = requestApproval("second-line,team-lead", ApprovalProcess.MODE_PARALLEL, 1, 16);
    ProcessInstance approval = approvalOf(caller);
    Task own = openTask(approval, "second-line");

    Throwable claim = catchThrowable(() -> engine.getTaskService().claim(own.getId(), AUTHOR));
    assertThat(claim).hasMessageContaining("作者不能认领或审批自己的方案");
    assertThat(engine.getTaskService().createTaskQuery().taskId(own.getId()).singleResult().getAssignee()).isNull();

    Throwable complete = driver.as(AUTHOR, List.of("second-line"), () -> catchThrowable(
        () -> engine.getTaskService().complete(own.getId(), Map.of(Var.DECISION, ApprovalProcess.APPROVE))));
    assertThat(complete).hasMessageContaining("作者不能认领或审批自己的方案");
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
    assertThat(events(caller)).extracting(TicketEventRecord::eventType).doesNotContain("approval-approved");

    decide(approval, "team-lead", ApprovalProcess.APPROVE, null);
    BpmnAwareTests.assertThat(approval).isEnded().hasPassed(END_APPROVED);
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("demo-team-lead");
  }

  @Test
  void shouldAnswer403ThroughRestWhenTheAuthorClaimsOrCompletesAndAcceptAnotherApprover() {
    ProcessInstance caller = requestApproval("second-line", ApprovalProcess.MODE_SEQUENTIAL, 1, 16);
    ProcessInstance approval = approvalOf(caller);
    String taskId = openTask(approval, "second-line").getId();
    RestClient author = RestClient.demo(http, "second-line");

    ResponseEntity<String> claim = author.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", AUTHOR));
    assertThat(claim.getStatusCode()).as(claim.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claim.getBody()).contains("作者不能认领或审批自己的方案");

    ResponseEntity<String> complete = author.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        variables(Map.of(Var.DECISION, ApprovalProcess.APPROVE)));
    assertThat(complete.getStatusCode()).as(complete.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete.getBody()).contains("作者不能认领或审批自己的方案", AUTHOR);
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    RestClient admin = new RestClient(http, "admin", "admin");
    ResponseEntity<String> noReason = admin.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        variables(Map.of(Var.DECISION, ApprovalProcess.REJECT)));
    assertThat(noReason.getStatusCode()).as(noReason.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains(Var.DECISION_REASON);

    ResponseEntity<String> approved = admin.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
        variables(Map.of(Var.DECISION, ApprovalProcess.APPROVE)));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(outVariable(caller, Out.OUTCOME)).isEqualTo(ApprovalProcess.APPROVED);
    assertThat(outVariable(caller, Out.APPROVED_BY)).isEqualTo("admin");
  }

  @Test
  void shouldRefuseAnIncompleteRouteOrADecisionWithoutReason() {
    assertThat(catchThrowable(() -> requestApproval("system-owner", ApprovalProcess.MODE_PARALLEL, 2, 16)))
        .hasMessageContaining(In.REQUIRED);
    assertThat(catchThrowable(() -> requestApproval("system-owner,cio", ApprovalProcess.MODE_PARALLEL, 1, 16)))
        .hasMessageContaining("cio");
    assertThat(catchThrowable(() -> requestApproval("system-owner", "anyone", 1, 16)))
        .hasMessageContaining(In.MODE);

    ProcessInstance caller = requestApproval("system-owner", ApprovalProcess.MODE_PARALLEL, 1, 16);
    ProcessInstance approval = approvalOf(caller);
    Throwable noReason = catchThrowable(() -> decide(approval, "system-owner", ApprovalProcess.REJECT, " "));
    assertThat(noReason).hasMessageContaining(Var.DECISION_REASON);
    BpmnAwareTests.assertThat(approval).isWaitingAt(APPROVE_TOGETHER);
  }
}
