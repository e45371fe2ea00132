package com.opsflow.hardening;

import java.util.List;

/**
 * Ids of {@code processes/security-hardening.bpmn} and its variables (SPEC §3 security-hardening; seed C 安全加固
 * items 1–4: periodic vulnerability and patch checks, hardening within the bureau's deadline, monitoring with
 * roll-back when business is blocked, the hardening record updated).
 */
final class SecurityHardeningProcess {

  public static final String KEY = "security-hardening";
  public static final String PREFIX = "HRD";
  public static final String TICKET_TYPE = "hardening";
  /** Message the schedule starts each run with. */
  public static final String MESSAGE = "security-hardening-due";
  /** Schedule of DMN operation-schedule for this process. */
  public static final String PERIODIC_CHECK = "vulnerability-check";
  public static final String OVERDUE_MAIL = "security-hardening-overdue";
  /** Who hears of an overdue finding (the vendor's project manager and the bureau's system owner). */
  public static final String OVERDUE_RECIPIENTS = "project-manager,system-owner";
  public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
  public static final List<String> MONITOR_RESULTS = List.of("normal", "blocked");

  private SecurityHardeningProcess() {
  }

  /** Statuses of a finding in {@code hardening_finding}. */
  public static final class Status {
    public static final String OPEN = "open";
    public static final String HARDENING = "hardening";
    public static final String MONITORING = "monitoring";
    public static final String ROLLED_BACK = "rolled-back";
    public static final String CLOSED = "closed";
    public static final List<String> ALL = List.of(OPEN, HARDENING, MONITORING, ROLLED_BACK, CLOSED);

    private Status() {
    }
  }

  public static final class Var {
    // the check (form hardening-check)
    public static final String REASON = "checkReason";
    public static final String SCOPE = "checkScope";
    public static final String METHOD = "checkMethod";
    public static final String FINDINGS = "findings";
    public static final String CHECK_NOTE = "checkNote";
    public static final String CHECKED_BY = "checkedBy";
    public static final String FINDING_COUNT = "findingCount";
    public static final String FINDING_IDS = "findingIds";
    // one finding (local to its instance of the findings sub-process)
    public static final String FINDING_ID = "findingId";
    public static final String SEVERITY = "findingSeverity";
    public static final String COMPONENT = "findingComponent";
    public static final String DESCRIPTION = "findingDescription";
    public static final String REMEDY = "findingRemedy";
    public static final String CONFIG_CHANGE = "configChange";
    public static final String CHANGE_TYPE = "changeType";
    public static final String DEADLINE = "findingDeadline";
    public static final String DEADLINE_NOTE = "deadlineNote";
    public static final String DUE = "findingDue";
    public static final String CHANGE_NUMBER = "changeNumber";
    public static final String CHANGE_DONE = "changeDone";
    public static final String HARDENING_NOTE = "hardeningNote";
    public static final String OBSERVATION = "observation";
    public static final String MONITOR_RESULT = "monitorResult";
    public static final String BLOCKED = "businessBlocked";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    public static final String ROLLBACK_REASON = "rollbackReason";
    public static final String ESCALATION_NOTE = "escalationNote";

    /** Per-finding variables, declared local to each instance so parallel findings never share them. */
    static final List<String> LOCAL = List.of(SEVERITY, COMPONENT, DESCRIPTION, REMEDY, CONFIG_CHANGE, CHANGE_TYPE,
        DEADLINE, DEADLINE_NOTE, DUE, CHANGE_NUMBER, CHANGE_DONE, HARDENING_NOTE, OBSERVATION, MONITOR_RESULT, BLOCKED,
        ROLLBACK_NOTE, ROLLBACK_REASON, ESCALATION_NOTE);

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_RunDue";
    public static final String REGISTER = "ServiceTask_RegisterCheck";
    public static final String CHECK = "Task_CheckVulnerabilities";
    public static final String RECORD_FINDINGS = "ServiceTask_RecordFindings";
    public static final String ANY_FINDINGS = "Gateway_Findings";
    public static final String FINDING = "SubProcess_Finding";
    public static final String SET_DEADLINE = "Task_SetDeadline";
    public static final String CONFIG_CHANGE = "Gateway_ConfigChange";
    public static final String START_CHANGE = "ServiceTask_StartChange";
    public static final String CONFIRM_CHANGE = "Task_ConfirmChange";
    public static final String CHANGE_OVERDUE = "Timer_ChangeOverdue";
    public static final String CHANGE_RESULT = "Gateway_ChangeResult";
    public static final String HARDEN = "Task_Harden";
    public static final String HARDEN_OVERDUE = "Timer_HardenOverdue";
    public static final String RECORD_HARDENED = "ServiceTask_RecordHardened";
    public static final String MONITOR = "Task_Monitor";
    public static final String BLOCKED = "Gateway_Blocked";
    public static final String ROLL_BACK = "Task_RollBack";
    public static final String RECORD_ROLLBACK = "ServiceTask_RecordRollback";
    public static final String CLOSE_FINDING = "ServiceTask_CloseFinding";
    public static final String FINDING_CLOSED = "EndEvent_FindingClosed";
    public static final String RECORD_ESCALATION = "ServiceTask_RecordEscalation";
    public static final String NOTIFY_OVERDUE = "ServiceTask_NotifyOverdue";
    public static final String ESCALATED = "EndEvent_Escalated";
    public static final String CLOSE = "ServiceTask_CloseCheck";
    public static final String END = "EndEvent_CheckClosed";

    private Element() {
    }
  }
}
