package com.opsflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.approval.ApprovalProcess.In;
import com.opsflow.approval.ApprovalService.Decision;
import com.opsflow.approval.ApprovalService.Outcome;
import com.opsflow.approval.ApprovalService.Tally;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.support.PlainDatabase;
import com.opsflow.worklog.CompletedTasks;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval rules without engine or Spring (issue 11): what a caller must hand in, n of m, the reasons, the
 * outcome on the ticket, and four-eyes on the register of completed tasks. The deadline is the business
 * calendar's (its own tests), so no calendar here.
 */
class ApprovalServiceTest {

  static final String NUMBER = "CHG-20261203-0001";
  static final String AUTHOR = "demo-second-line";
  static final String LEAD = "demo-team-lead";
  static final String MANAGER = "demo-project-manager";
  static final String GROUPS = OpsFlowGroups.TEAM_LEAD + "," + OpsFlowGroups.PROJECT_MANAGER;
  static final CompletedTasks.Step PLAN_STEP = new CompletedTasks.Step("change", "Task_WritePlan");

  PlainDatabase db;
  ApprovalService service;

  @BeforeEach
  void setUp() {
    db = new PlainDatabase();
    db.ticket(NUMBER, "change", "核心征管系统升级");
    ApprovalFourEyes fourEyes = new ApprovalFourEyes(new CompletedTasks(db.jdbc, db.time), List.of(() -> PLAN_STEP));
    service = new ApprovalService(db.tickets, null, fourEyes);
  }

  @Test
  void shouldRefuseACallerThatAsksForMoreApprovalsThanGroups() {
    Map<String, Object> caller = Map.of(In.GROUPS, GROUPS, In.MODE, ApprovalProcess.MODE_PARALLEL, In.REQUIRED, 3,
        In.AUTHOR, AUTHOR, In.SUBJECT, "升级方案", In.DOCUMENT, "方案正文");

    assertThatThrownBy(() -> service.start(caller)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("approvalsRequired 须在 1 到 2 之间，收到 3");
  }

  @Test
  void shouldRefuseACallerWithoutAuthorOrWithAnUnknownGroup() {
    assertThatThrownBy(() -> service.start(Map.of(In.GROUPS, GROUPS, In.MODE, ApprovalProcess.MODE_SEQUENTIAL,
        In.SUBJECT, "升级方案", In.DOCUMENT, "方案正文"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("须说明方案作者");
    assertThatThrownBy(() -> service.groups(OpsFlowGroups.TEAM_LEAD + ", weather")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("审批组 'weather' 不是已知的组");
    assertThatThrownBy(() -> service.groups(GROUPS + "," + OpsFlowGroups.TEAM_LEAD))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("有重复");
  }

  @Test
  void shouldRequireAReasonToRejectOrSendBack() {
    assertThatThrownBy(() -> service.decided(decision(LEAD, ApprovalProcess.REJECT, " "), Tally.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不批准或退回修改须填写理由");
    assertThatThrownBy(() -> service.decided(decision(LEAD, "maybe", null), Tally.NONE))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("（审批意见）必选");
  }

  @Test
  void shouldKeepWhoeverWroteThePlanInTheRegisterFromDecidingIt() {
    db.jdbc.update("INSERT INTO task_completion (task_id, process_instance_id, business_key, process_key, task_key,"
        + " completed_by, completed_at) VALUES ('t1', 'pi-1', ?, ?, ?, ?, ?)", NUMBER, PLAN_STEP.processKey(),
        PLAN_STEP.taskKey(), LEAD, Timestamp.from(Instant.now()));

    // the caller named someone else as author: the register's fact still counts
    assertThatThrownBy(() -> service.decided(decision(LEAD, ApprovalProcess.APPROVE, null), Tally.NONE))
        .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("方案由 " + LEAD + " 编写");
    assertThatThrownBy(() -> service.decided(new Decision(NUMBER, "升级方案", OpsFlowGroups.PROJECT_MANAGER, MANAGER,
        AUTHOR, AUTHOR, ApprovalProcess.APPROVE, null), Tally.NONE)).isInstanceOf(ActionNotAllowedException.class)
        .hasMessageContaining("方案由 " + AUTHOR + " 编写");
  }

  @Test
  void shouldCountTheDecisionsAndRecordEachOnTheTicket() {
    Tally afterLead = service.decided(decision(LEAD, ApprovalProcess.APPROVE, null), Tally.NONE);
    Tally afterManager = service.decided(new Decision(NUMBER, "升级方案", OpsFlowGroups.PROJECT_MANAGER, MANAGER, MANAGER,
        AUTHOR, ApprovalProcess.REJECT, " 回退方案缺失 "), afterLead);

    assertThat(afterLead).isEqualTo(new Tally(1, 0, 0, LEAD, ""));
    assertThat(afterManager).isEqualTo(new Tally(1, 1, 0, LEAD, "【项目经理】" + MANAGER + "（不批准）：回退方案缺失"));
    assertThat(db.history(NUMBER)).containsSubsequence("approval-approved|" + LEAD + "|【项目组长】升级方案",
        "approval-rejected|" + MANAGER + "|【项目经理】升级方案：回退方案缺失");
  }

  @Test
  void shouldSettleWhenTheRequiredApprovalsCanNoLongerBeReached() {
    assertThat(service.settled(new Tally(1, 0, 0, LEAD, ""), 2, GROUPS)).isFalse();
    assertThat(service.settled(new Tally(1, 1, 0, LEAD, "…"), 2, GROUPS)).isTrue();
    assertThat(service.settled(new Tally(0, 0, 1, "", "…"), 1, GROUPS)).isTrue();
  }

  @Test
  void shouldConcludeSentBackWithTheReasonsForTheCaller() {
    Outcome outcome = service.conclude(NUMBER, "升级方案", new Tally(1, 0, 1, LEAD, "【项目经理】x（退回修改）：补充回退步骤"), 2);

    assertThat(outcome).isEqualTo(new Outcome(ApprovalProcess.SENT_BACK, "【项目经理】x（退回修改）：补充回退步骤"));
    assertThat(db.history(NUMBER)).contains("approval-concluded||升级方案；退回修改：【项目经理】x（退回修改）：补充回退步骤");
    assertThat(service.conclude(NUMBER, "升级方案", new Tally(2, 0, 0, LEAD + "," + MANAGER, ""), 2))
        .isEqualTo(new Outcome(ApprovalProcess.APPROVED, null));
  }

  @Test
  void shouldNameTheProjectManagerAndTheApproverGroupsForTheEscalation() {
    assertThat(service.escalationRecipients(OpsFlowGroups.SYSTEM_OWNER + ", " + OpsFlowGroups.PROJECT_MANAGER))
        .isEqualTo(OpsFlowGroups.PROJECT_MANAGER + "," + OpsFlowGroups.SYSTEM_OWNER);
  }

  private static Decision decision(String user, String decision, String reason) {
    return new Decision(NUMBER, "升级方案", OpsFlowGroups.TEAM_LEAD, user, user, AUTHOR, decision, reason);
  }
}
