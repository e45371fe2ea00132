package com.opsflow.leave;

import com.opsflow.engine.Variable;
import com.opsflow.security.OpsFlowGroups;
import java.util.Date;
import java.util.List;

/** Ids of {@code processes/leave-request.bpmn} and its variables (SPEC §3 leave-request). */
public final class LeaveRequestProcess {

  public static final String KEY = "leave-request";
  public static final String DECISION = "leave-approval";
  public static final String PREFIX = "LV";
  /** Leave types in form order: annual 年假, personal 事假, sick 病假, other 其他. */
  public static final List<String> LEAVE_TYPES = List.of("annual", "personal", "sick", "other");
  /** Groups of the resident engineers who ask for leave and who can be named as backup. */
  public static final List<String> ENGINEER_GROUPS = List.of(OpsFlowGroups.SERVICE_DESK, OpsFlowGroups.SECOND_LINE);

  private LeaveRequestProcess() {
  }

  public static final class Var {
    public static final String APPLICANT = "applicant";
    public static final String LEAVE_TYPE = "leaveType";
    public static final String LEAVE_FROM = "leaveFrom";
    public static final String LEAVE_TO = "leaveTo";
    public static final String DAYS = "days";
    public static final String SUDDEN = "sudden";
    public static final String REASON = "reason";
    public static final String BACKUP = "backupEngineer";
    public static final String NOTICE_ON_TIME = "noticeOnTime";
    public static final String LEAVE_ENDS_AT = "leaveEndsAt";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String APPROVAL = "approval";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String APPROVED_BY = "approvedBy";
    public static final String HANDED_OVER = "handedOverTasks";
    public static final String PAPERWORK_NOTE = "paperworkNote";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> APPLICANT = Variable.string(Var.APPLICANT);
    static final Variable<String> BACKUP = Variable.string(Var.BACKUP);
    static final Variable<Boolean> NOTICE_ON_TIME = Variable.bool(Var.NOTICE_ON_TIME);
    static final Variable<Date> LEAVE_ENDS_AT = Variable.date(Var.LEAVE_ENDS_AT);
    static final Variable<String> HANDED_OVER = Variable.string(Var.HANDED_OVER);
    static final Variable<String> APPROVED_BY = Variable.string(Var.APPROVED_BY);
    static final Variable<String> APPROVAL_COMMENT = Variable.string(Var.APPROVAL_COMMENT);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_LeaveRequested";
    public static final String DECIDE = "BusinessRuleTask_LeaveApproval";
    public static final String NOTIFY_SUDDEN = "ServiceTask_NotifySudden";
    public static final String COVER_AT_ONCE = "ServiceTask_CoverAtOnce";
    public static final String PAPERWORK = "Task_Paperwork";
    public static final String PAPERWORK_REMINDER = "Timer_PaperworkReminder";
    public static final String REMIND_PAPERWORK = "ServiceTask_RemindPaperwork";
    public static final String APPROVE = "Task_ApproveLeave";
    public static final String RECORD_APPROVAL = "ServiceTask_RecordApproval";
    public static final String HAND_OVER = "ServiceTask_HandOver";
    public static final String LEAVE_ENDS = "Timer_LeaveEnds";
    public static final String COMPLETED = "EndEvent_LeaveCompleted";
    public static final String REJECTED = "EndEvent_LeaveRejected";

    private Element() {
    }
  }
}
