package com.opsflow.importantperiod;

import com.opsflow.engine.Variable;

/** Ids and variables of {@code processes/important-period.bpmn} 重要时期申报 (issue 12). */
final class ImportantPeriodProcess {

  public static final String KEY = "important-period";
  public static final String START_FORM = "important-period-start";
  public static final String NUMBER_PREFIX = "IP";
  public static final String TASK_DRAFT_ROSTER = "Task_DraftRoster";
  public static final String TIMER_ROSTER_MISSING = "Timer_RosterMissing";

  /** Process variables. */
  public static final class Var {
    public static final String SYSTEM = "system";
    public static final String SYSTEM_NAME = "systemName";
    public static final String FROM = "periodFrom";
    public static final String TO = "periodTo";
    public static final String REASON = "periodReason";
    public static final String DECLARED_BY = "declaredBy";
    /** The period as people read it ("发票系统 2027-01-04 00:00 至 2027-01-16 00:00：征期"), for forms and mails. */
    public static final String SUMMARY = "periodSummary";
    /** When the roster must be in place: the period's start (a Date, for the task's due date and its timer). */
    public static final String ROSTER_DUE = "rosterDueAt";
    /** One shift per line: start | end | user id | phone (tasks opened before the list, REST, pasted text). */
    public static final String ROSTER = "dutyRoster";
    /**
     * The roster as the form's dynamic list: rows {@code {start, end, user, phone}}; wins over {@link #ROSTER} when it
     * has a filled-in row (docs/adr/0010-lists-in-forms.md).
     */
    public static final String SHIFTS = "dutyShifts";
    /** The roster as mailed: "user:ID" tokens of everyone on it. */
    public static final String ROSTER_RECIPIENTS = "rosterRecipients";
    public static final String ROSTER_TEXT = "rosterText";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> ROSTER = Variable.string(Var.ROSTER);
    static final Variable<String> ROSTER_RECIPIENTS = Variable.string(Var.ROSTER_RECIPIENTS);
    static final Variable<String> ROSTER_TEXT = Variable.string(Var.ROSTER_TEXT);
    static final Variable<String> SUMMARY = Variable.string(Var.SUMMARY);

    private Typed() {
    }
  }

  private ImportantPeriodProcess() {
  }
}
