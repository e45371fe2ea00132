package com.opsflow.approval;

import java.util.List;

/**
 * Ids of {@code processes/approval.bpmn}, the shared review-and-approval flow (see
 * docs/processes/approval.md), and its variables. Callers set the {@link In}
 * variables and read the {@link Out} ones through a call activity.
 */
public final class ApprovalProcess {

  public static final String KEY = "approval";
  public static final String MODE_SEQUENTIAL = "sequential";
  public static final String MODE_PARALLEL = "parallel";
  public static final List<String> MODES = List.of(MODE_SEQUENTIAL, MODE_PARALLEL);
  /** Decisions of one approver, in form order: 批准, 不批准, 退回修改. */
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String REWORK = "rework";
  public static final List<String> DECISIONS = List.of(APPROVE, REJECT, REWORK);
  /** Outcomes ({@link Out#OUTCOME}). */
  public static final String APPROVED = "approved";
  public static final String REJECTED = "rejected";
  public static final String SENT_BACK = "rework";
  /** Working hours until open approval tasks are escalated when the caller names none. */
  public static final int DEFAULT_DEADLINE_HOURS = 16;

  private ApprovalProcess() {
  }

  /** Set by the caller. */
  public static final class In {
    public static final String SYSTEM = "system";
    public static final String SUBJECT = "approvalSubject";
    public static final String DOCUMENT = "approvalDocument";
    public static final String AUTHOR = "approvalAuthor";
    public static final String GROUPS = "approvalGroups";
    public static final String MODE = "approvalMode";
    public static final String REQUIRED = "approvalsRequired";
    public static final String DEADLINE_HOURS = "approvalDeadlineHours";
    public static final List<String> ALL = List.of(SYSTEM, SUBJECT, DOCUMENT, AUTHOR, GROUPS, MODE, REQUIRED,
        DEADLINE_HOURS);

    private In() {
    }
  }

  /** Read by the caller. */
  public static final class Out {
    public static final String OUTCOME = "approvalOutcome";
    public static final String REASON = "approvalReason";
    public static final String APPROVED_BY = "approvedBy";
    public static final List<String> ALL = List.of(OUTCOME, REASON, APPROVED_BY);

    private Out() {
    }
  }

  /** Inside the approval instance. */
  public static final class Var {
    /** The group of one approval task (multi-instance element variable, its candidate group). */
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String DUE_AT = "approvalDueAt";
    public static final String APPROVALS = "approvalCount";
    public static final String REJECTIONS = "rejectionCount";
    public static final String REWORKS = "reworkCount";
    /** One line per reject / rework decision: 【group】user：reason. */
    public static final String REASONS = "approvalReasons";
    /** Task-local: what the approver decided, the reason, and who decided. */
    public static final String DECISION = "approvalDecision";
    public static final String DECISION_REASON = "approvalDecisionReason";
    public static final String DECIDED_BY = "approvalDecidedBy";
    /** For the escalation mail. */
    public static final String NOTE = "approvalNote";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ApprovalRequested";
    public static final String RECORD_REQUESTED = "ServiceTask_RecordRequested";
    public static final String DECIDE = "SubProcess_Decide";
    public static final String MODE_GATEWAY = "Gateway_ApprovalMode";
    public static final String APPROVE_IN_ORDER = "Task_ApproveInOrder";
    public static final String APPROVE_TOGETHER = "Task_ApproveTogether";
    public static final List<String> APPROVAL_TASKS = List.of(APPROVE_IN_ORDER, APPROVE_TOGETHER);
    public static final String DEADLINE = "Timer_ApprovalDeadline";
    public static final String RECORD_OVERDUE = "ServiceTask_RecordOverdue";
    public static final String NOTIFY_OVERDUE = "ServiceTask_NotifyOverdue";
    public static final String ESCALATED = "EndEvent_Escalated";
    public static final String CONCLUDE = "ServiceTask_Conclude";
    public static final String OUTCOME_GATEWAY = "Gateway_Outcome";
    public static final String END_APPROVED = "EndEvent_Approved";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_REWORK = "EndEvent_Rework";

    private Element() {
    }
  }
}
