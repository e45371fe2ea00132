package com.opsflow.archive;

import java.util.List;

/**
 * Ids of {@code processes/archive-change.bpmn}, a change of an archived document (B-2.4.6.2(3): 对已归档的文档进行修改
 * 需报应用系统负责人审批后方可进行), and its variables. The approver differs from the requester on the register.
 */
final class ArchiveChangeProcess {

  public static final String KEY = "archive-change";
  public static final String PREFIX = "ARX";
  public static final String TICKET_TYPE = "archive-change";
  public static final List<String> KINDS = List.of("new-version", "replacement");
  public static final List<String> DECISIONS = List.of("approved", "rejected");

  private ArchiveChangeProcess() {
  }

  public static final class Var {
    public static final String DOCUMENT = "documentId";
    public static final String KIND = "changeKind";
    public static final String NEW_TITLE = "newTitle";
    public static final String NEW_VERSION = "newVersion";
    public static final String NEW_PAGES = "newPagesMedium";
    public static final String REASON = "changeReason";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String DECISION = "changeDecision";
    public static final String DECISION_NOTE = "changeDecisionNote";
    public static final String APPROVED = "changeApproved";
    public static final String DECIDED_BY = "changeDecidedBy";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ChangeRequested";
    public static final String REGISTER = "ServiceTask_RegisterChange";
    public static final String APPROVE = "Task_ApproveChange";
    public static final String APPROVED = "Gateway_ChangeApproved";
    public static final String APPLY = "ServiceTask_ApplyChange";
    public static final String REJECT = "ServiceTask_RecordRejection";
    public static final String APPLIED = "EndEvent_ChangeApplied";
    public static final String REJECTED = "EndEvent_ChangeRejected";

    private Element() {
    }
  }
}
