package com.opsflow.archive;

import java.util.List;

/**
 * Ids of {@code processes/archive.bpmn}, the weekly hand-in of each system's documents (B-2.4.6.3(5): 每周五下午 …
 * 填写《档案提交单》提交至文档综合管理岗，经审核后进行入库处理), and its variables.
 */
final class ArchiveProcess {

  public static final String KEY = "archive";
  public static final String PREFIX = "ARC";
  public static final String TICKET_TYPE = "archive";
  /** Message the schedule starts each week's hand-in with. */
  public static final String MESSAGE = "archive-due";
  /** The schedule of DMN operation-schedule for this process. */
  public static final String WEEKLY_HAND_IN = "weekly-hand-in";
  public static final List<String> DECISIONS = List.of("received", "sent-back");
  public static final String OVERDUE_TEMPLATE = "archive-hand-in-overdue";

  private ArchiveProcess() {
  }

  public static final class Var {
    public static final String DEADLINE = "handInDeadline";
    public static final String WEEK = "handInWeek";
    public static final String NO_DOCUMENTS = "noDocuments";
    public static final String DOCUMENTS = "documents";
    public static final String NOTE = "handInNote";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String DECISION = "reviewDecision";
    public static final String RETURN_REASON = "returnReason";
    public static final String RECEIVED = "received";
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String OVERDUE = "handInOverdue";
    public static final String OVERDUE_NOTE = "overdueNote";

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_HandInDue";
    public static final String REGISTER = "ServiceTask_RegisterHandIn";
    public static final String SUBMIT = "Task_SubmitDocuments";
    public static final String REVIEW = "Task_ReviewSubmission";
    public static final String RECEIVED = "Gateway_Received";
    public static final String DEADLINE = "Timer_HandInDeadline";
    public static final String CHECK_OVERDUE = "ServiceTask_CheckHandIn";
    public static final String OVERDUE = "Gateway_HandInOverdue";
    public static final String NOTIFY_OVERDUE = "ServiceTask_NotifyOverdue";
    public static final String OVERDUE_FLAGGED = "EndEvent_OverdueFlagged";
    public static final String RECEIVE = "ServiceTask_ReceiveDocuments";
    public static final String END = "EndEvent_HandInClosed";

    private Element() {
    }
  }
}
