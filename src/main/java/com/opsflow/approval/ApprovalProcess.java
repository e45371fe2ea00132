package com.opsflow.approval;

import com.opsflow.engine.Variable;
import java.util.Date;
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

  /**
   * The variables the adapters read and write, typed (issue 11): the public ones are the callers' {@link In} and
   * {@link Out}, the others the approval instance's own.
   */
  public static final class Typed {
    public static final Variable<String> SUBJECT = Variable.string(In.SUBJECT);
    public static final Variable<String> DOCUMENT = Variable.string(In.DOCUMENT);
    public static final Variable<String> AUTHOR = Variable.string(In.AUTHOR);
    public static final Variable<String> OUTCOME = Variable.string(Out.OUTCOME);
    public static final Variable<String> REASON = Variable.string(Out.REASON);
    public static final Variable<String> APPROVED_BY = Variable.string(Out.APPROVED_BY);
    static final Variable<String> SYSTEM = Variable.string(In.SYSTEM);
    static final Variable<String> GROUPS = Variable.string(In.GROUPS);
    static final Variable<String> MODE = Variable.string(In.MODE);
    static final Variable<Integer> REQUIRED = Variable.integer(In.REQUIRED);
    static final Variable<Integer> DEADLINE_HOURS = Variable.integer(In.DEADLINE_HOURS);
    static final Variable<String> APPROVER_GROUP = Variable.string(Var.APPROVER_GROUP);
    static final Variable<Date> DUE_AT = Variable.date(Var.DUE_AT);
    static final Variable<Integer> APPROVALS = Variable.integer(Var.APPROVALS);
    static final Variable<Integer> REJECTIONS = Variable.integer(Var.REJECTIONS);
    static final Variable<Integer> REWORKS = Variable.integer(Var.REWORKS);
    static final Variable<String> REASONS = Variable.string(Var.REASONS);
    static final Variable<String> DECISION = Variable.string(Var.DECISION);
    static final Variable<String> DECISION_REASON = Variable.string(Var.DECISION_REASON);
    static final Variable<String> DECIDED_BY = Variable.string(Var.DECIDED_BY);

    private Typed() {
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
