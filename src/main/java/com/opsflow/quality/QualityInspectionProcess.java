package com.opsflow.quality;

import com.opsflow.engine.Variable;
import java.util.Date;

/** Ids of {@code processes/quality-inspection.bpmn} and its variables (SPEC §3 quality-inspection, B-2.3.13(2)). */
final class QualityInspectionProcess {

  public static final String KEY = "quality-inspection";
  public static final String DECISION = "quality-inspection-rating";
  public static final String PREFIX = "QI";
  /** Starts the inspection of one engineer's week (message start event; the dispatch correlates it). */
  public static final String MESSAGE = "quality-inspection-requested";
  /** What {@code quality-inspection-rating} gives as {@code item} when the call counts for nothing in the evaluation. */
  public static final String NO_ITEM = "none";
  public static final String PASS = "pass";
  public static final String FAIL = "fail";
  /** Ticket event recorded on the inspected incident ticket. */
  public static final String TICKET_EVENT = QualityEvent.INSPECTED.code();
  /** Incidents whose calls are recorded and sampled (SPEC §3 incident channel). */
  public static final String HOTLINE = "hotline";

  private QualityInspectionProcess() {
  }

  public static final class Var {
    public static final String ENGINEER = "engineer";
    /** Start input: any day of the week to inspect (yyyy-MM-dd). */
    public static final String WEEK_OF = "weekOf";
    /** Monday of the inspected week (yyyy-MM-dd), set by the start validator. */
    public static final String WEEK_START = "weekStart";
    /** The instance (weekly timer or Tasklist start) that requested the inspection. */
    public static final String DISPATCHED_BY = "dispatchedBy";
    public static final String SAMPLED_TICKETS = "sampledTickets";
    public static final String SAMPLED_COUNT = "sampledCount";
    public static final String HOTLINE_CALLS = "hotlineCalls";
    public static final String DUE_AT = "inspectionDueAt";
    public static final String INSPECTED_TICKET = "inspectedTicket";
    public static final String CALL_SUMMARY = "callSummary";
    public static final String ATTITUDE = "attitudeScore";
    public static final String SKILL = "skillScore";
    public static final String TECHNICAL = "technicalScore";
    public static final String RECORD = "recordScore";
    public static final String FEEDBACK = "feedback";
    public static final String INSPECTOR = "inspector";
    public static final String RESULT = "inspectionResult";
    public static final String ITEM = "evaluationItem";
    public static final String INSPECTIONS_DONE = "inspectionsDone";
    public static final String WEEK_SHORT = "weekShort";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> ENGINEER = Variable.string(Var.ENGINEER);
    static final Variable<String> WEEK_START = Variable.string(Var.WEEK_START);
    static final Variable<Integer> SAMPLED_COUNT = Variable.integer(Var.SAMPLED_COUNT);
    static final Variable<Integer> HOTLINE_CALLS = Variable.integer(Var.HOTLINE_CALLS);
    static final Variable<Date> DUE_AT = Variable.date(Var.DUE_AT);
    static final Variable<Integer> ATTITUDE = Variable.integer(Var.ATTITUDE);
    static final Variable<Integer> SKILL = Variable.integer(Var.SKILL);
    static final Variable<Integer> TECHNICAL = Variable.integer(Var.TECHNICAL);
    static final Variable<Integer> RECORD = Variable.integer(Var.RECORD);
    static final Variable<String> INSPECTOR = Variable.string(Var.INSPECTOR);
    static final Variable<Integer> INSPECTIONS_DONE = Variable.integer(Var.INSPECTIONS_DONE);
    static final Variable<Boolean> WEEK_SHORT = Variable.bool(Var.WEEK_SHORT);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String WEEKLY_START = "StartEvent_WeeklyInspection";
    public static final String DISPATCH = "ServiceTask_DispatchInspections";
    public static final String DISPATCHED = "EndEvent_Dispatched";
    public static final String START = "StartEvent_InspectionRequested";
    public static final String SAMPLE = "ServiceTask_SampleCalls";
    public static final String ANY_SAMPLED = "Gateway_AnySampled";
    public static final String INSPECT_CALLS = "SubProcess_InspectCalls";
    public static final String INSPECT = "Task_InspectCall";
    public static final String RATE = "BusinessRuleTask_RateCall";
    public static final String RECORD = "ServiceTask_RecordInspection";
    public static final String SEND_FEEDBACK = "ServiceTask_SendFeedback";
    public static final String DEADLINE = "Timer_InspectionDeadline";
    public static final String CHECK_WEEK = "ServiceTask_CheckWeek";
    public static final String RECORD_SHORTFALL = "ServiceTask_RecordShortfall";
    public static final String NOTIFY_SHORTFALL = "ServiceTask_NotifyShortfall";
    public static final String WEEK_INSPECTED = "EndEvent_WeekInspected";
    public static final String WEEK_FLAGGED = "EndEvent_WeekFlagged";

    private Element() {
    }
  }

  /** Mail templates ({@code src/main/resources/mail}). */
  public static final class Mail {
    public static final String FEEDBACK = "quality-feedback";
    public static final String SHORTFALL = "quality-shortfall";

    private Mail() {
    }
  }
}
