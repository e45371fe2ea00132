package com.opsflow.backup;

import java.util.List;

/** Ids of {@code processes/backup.bpmn} and its variables (SPEC §3 backup, B-2.2 item 8 ★). */
public final class BackupProcess {

  public static final String KEY = "backup";
  public static final String PREFIX = "BAK";
  public static final String TICKET_TYPE = "backup";
  /** Message the schedule starts each run with. */
  public static final String MESSAGE = "backup-due";
  /** Schedules of DMN operation-schedule for this process. */
  public static final String DAILY_CHECK = "daily-check";
  public static final String MONTHLY_AUDIT = "monthly-audit";
  public static final List<String> VERIFICATIONS = List.of("passed", "failed", "not-verified");
  public static final List<String> RESTORE_RESULTS = List.of("passed", "failed");
  public static final String REPORT_KIND = "backup-audit-report";

  private BackupProcess() {
  }

  public static final class Var {
    public static final String DAILY = "dailyCheck";
    public static final String BACKUP_DAY = "backupDay";
    public static final String DEADLINE = "backupDeadline";
    public static final String BACKUP_DONE = "backupDone";
    public static final String SIZE_MB = "backupSizeMb";
    public static final String VERIFICATION = "verification";
    public static final String LOCATION = "backupLocation";
    public static final String NOTE = "backupNote";
    public static final String BACKUP_OK = "backupOk";
    public static final String FAILURE = "backupFailure";
    public static final String INCIDENT = "incidentNumber";
    public static final String AUDIT_MONTH = "auditMonth";
    /** When the month's audit is due: the end of the month it started in (a Date, for the task and its timer). */
    public static final String AUDIT_DEADLINE = "auditDeadline";
    public static final String AUDIT_OVERDUE_NOTE = "auditOverdueNote";
    public static final String MONTH_SUMMARY = "monthSummary";
    public static final String ANALYSIS = "auditAnalysis";
    public static final String ADVICE = "auditAdvice";
    public static final String RESTORE_AT = "restoreTestedAt";
    public static final String RESTORE_SCOPE = "restoreScope";
    public static final String RESTORE_RESULT = "restoreResult";
    public static final String RESTORE_NOTE = "restoreNote";
    public static final String RESTORE_OK = "restoreOk";

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_RunDue";
    public static final String REGISTER = "ServiceTask_RegisterRun";
    public static final String KIND = "Gateway_RunKind";
    public static final String CHECK = "Task_CheckBackup";
    public static final String DEADLINE = "Timer_BackupDeadline";
    public static final String RECORD_CHECK = "ServiceTask_RecordCheck";
    public static final String RECORD_MISSED = "ServiceTask_RecordMissed";
    public static final String BACKUP_OK = "Gateway_BackupOk";
    public static final String AUDIT = "Task_AuditBackups";
    public static final String AUDIT_OVERDUE = "Timer_AuditOverdue";
    public static final String FLAG_AUDIT_OVERDUE = "ServiceTask_FlagAuditOverdue";
    public static final String RECORD_AUDIT = "ServiceTask_RecordAudit";
    public static final String RESTORE_OK = "Gateway_RestoreOk";
    public static final String RAISE_INCIDENT = "ServiceTask_RaiseIncident";
    public static final String CLOSE = "ServiceTask_CloseRun";
    public static final String END = "EndEvent_RunClosed";

    private Element() {
    }
  }
}
