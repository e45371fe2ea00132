package com.opsflow.drdrill;

import java.util.List;

/**
 * Ids of {@code processes/dr-drill.bpmn} and its variables (SPEC §3 dr-drill; invoice contract C 系统灾备: 每年开展2次系统
 * 应用和基础环境灾难备份和恢复演练).
 */
final class DrDrillProcess {

  public static final String KEY = "dr-drill";
  public static final String PREFIX = "DR";
  public static final String TICKET_TYPE = "dr-drill";
  /** Message the schedule starts each run with. */
  public static final String MESSAGE = "dr-drill-due";
  /** The schedule of DMN operation-schedule for this process. */
  public static final String HALF_YEARLY = "half-yearly-drill";
  public static final String TARGET_DECISION = "dr-drill-target";
  public static final String RESULT_DECISION = "dr-drill-result";
  public static final String REPORT_KIND = "dr-drill-report";
  public static final List<String> APPROVALS = List.of("approved", "rejected");
  public static final String PASSED = "passed";
  public static final String FAILED = "failed";

  private DrDrillProcess() {
  }

  public static final class Var {
    public static final String DEADLINE = "drillDeadline";
    public static final String PLANNED_AT = "drillPlannedAt";
    public static final String SCOPE_APPLICATION = "scopeApplication";
    public static final String SCOPE_BASE = "scopeBaseEnvironment";
    public static final String METHOD = "drillMethod";
    public static final String PARTICIPANTS = "drillParticipants";
    public static final String RTO_TARGET = "rtoTargetMinutes";
    public static final String RPO_TARGET = "rpoTargetMinutes";
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String APPROVAL = "planApproval";
    public static final String APPROVAL_NOTE = "approvalNote";
    /** The reason the last approval sent the plan back, shown on the plan form. */
    public static final String REJECTION_NOTE = "rejectionNote";
    public static final String PLAN_APPROVED = "planApproved";
    public static final String BACKUP_NOTE = "backupNote";
    public static final String APPLICATION_RESTORED = "applicationRestored";
    public static final String BASE_RESTORED = "baseEnvironmentRestored";
    public static final String RTO = "rtoMinutes";
    public static final String RPO = "rpoMinutes";
    public static final String PROBLEMS = "drillProblems";
    public static final String IMPROVEMENTS = "improvements";
    public static final String RESULT = "drillResult";
    public static final String RESULT_REASON = "drillResultReason";
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String DRILLED_BY = "drilledBy";
    public static final String OVERDUE = "drillOverdue";
    public static final String OVERDUE_NOTE = "overdueNote";

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_RunDue";
    public static final String REGISTER = "ServiceTask_RegisterDrill";
    public static final String DRILL = "SubProcess_Drill";
    public static final String PLAN = "Task_PlanDrill";
    public static final String APPROVE = "Task_ApprovePlan";
    public static final String PLAN_APPROVED = "Gateway_PlanApproved";
    public static final String PERFORM = "Task_PerformDrill";
    public static final String OVERDUE_TIMER = "Timer_DrillOverdue";
    public static final String FLAG_OVERDUE = "ServiceTask_CheckOverdue";
    public static final String NOTIFY_OVERDUE = "ServiceTask_NotifyOverdue";
    public static final String NOT_OVERDUE = "EndEvent_NotOverdue";
    public static final String ASSESS = "ServiceTask_AssessResult";
    public static final String PASSED = "Gateway_Passed";
    public static final String OPEN_PROBLEM = "ServiceTask_OpenProblem";
    public static final String REPORT = "ServiceTask_WriteReport";
    public static final String CLOSE = "ServiceTask_CloseDrill";
    public static final String END = "EndEvent_DrillClosed";

    private Element() {
    }
  }
}
