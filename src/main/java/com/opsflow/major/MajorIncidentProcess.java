package com.opsflow.major;

import com.opsflow.engine.Variable;
import java.util.Date;

/** Major incident handling (紧急/重大问题, A-3.2.3(3), B-2.3.6, B-2.3.14): key, message, element ids, variables. */
public final class MajorIncidentProcess {

  public static final String KEY = "major-incident";
  public static final String CLOCK_DECISION = "major-incident-clock";
  /** Message that starts handling for a ticket, correlated with the ticket number as business key. */
  public static final String DECLARED_MESSAGE = "MajorIncidentDeclared";
  public static final String REPORT_KIND = "major-incident-report";
  /** Message start event ({@link #DECLARED_MESSAGE}, business key = the ticket number). */
  public static final String START_DECLARED = "StartEvent_MajorDeclared";
  /** Start event of a declaration in Tasklist or by REST start (variable {@code ticketNumber}). */
  public static final String START_IN_TASKLIST = "StartEvent_DeclaredInTasklist";

  private MajorIncidentProcess() {
  }

  public static final class Var {
    public static final String NOTIFY_MINUTES = "notifyMinutes";
    public static final String UPDATE_INTERVAL_MINUTES = "updateIntervalMinutes";
    public static final String FIRST_REPORT_HOURS = "firstReportHours";
    public static final String ONSITE_RESTORE_HOURS = "onsiteRestoreHours";
    public static final String SECOND_LINE_RESPONSE_MINUTES = "secondLineResponseMinutes";
    /** Clock basis of each figure ({@code working} | {@code natural}, {@link com.opsflow.calendar.ClockBasis}). */
    public static final String NOTIFY_CLOCK = "notifyClock";
    public static final String UPDATE_INTERVAL_CLOCK = "updateIntervalClock";
    public static final String FIRST_REPORT_CLOCK = "firstReportClock";
    public static final String ONSITE_RESTORE_CLOCK = "onsiteRestoreClock";
    public static final String SECOND_LINE_RESPONSE_CLOCK = "secondLineResponseClock";
    public static final String SYSTEM = "system";
    public static final Variable<String> SYSTEM_VAR = Variable.string(SYSTEM);
    public static final String IMPORTANT_PERIOD = "importantPeriod";
    public static final String NOTIFY_DUE = "notifyDue";
    public static final String RESPONSE_DUE = "responseDue";
    public static final String FIRST_REPORT_DUE = "firstReportDue";
    /** When the fault occurred (B-2.3.14 counts the first report from it); defaults to the report time. */
    public static final String FAULT_OCCURRED_AT = "faultOccurredAt";
    public static final Variable<Date> FAULT_OCCURRED_AT_VAR = Variable.date(FAULT_OCCURRED_AT);
    public static final String DECLARED_BY = "majorDeclaredBy";
    public static final String DECLARED_REASON = "majorReason";
    public static final String RESPONSE_NOTE = "responseNote";
    public static final String PROGRESS_NOTE = "progressNote";
    public static final String RESTORE_OUTCOME = "restoreOutcome";
    public static final String RESTORE_NOTE = "restoreNote";
    public static final String ARRIVED_AT = "arrivedAt";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String SOLUTION = "solution";
    public static final String RECOMMENDATION = "recommendation";
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String MONITORING_NOTE = "monitoringNote";
    public static final String FIRST_REPORT = "firstReport";
    public static final String MAJOR_DUTY = "majorDuty";

    private Var() {
    }
  }

  public static final class Element {
    public static final String CALL_CONTACT = "Task_CallDesignatedContact";
    public static final String NOTIFY_DUE = "Timer_NotifyDue";
    public static final String FIRST_REPORT = "Task_FirstReport";
    public static final String FIRST_REPORT_DUE = "Timer_FirstReportDue";
    public static final String RESTORE = "SubProcess_Restore";
    public static final String STATUS_UPDATE = "Timer_StatusUpdate";
    public static final String RESPOND = "Task_SecondLineRespond";
    public static final String RESPONSE_DUE = "Timer_ResponseDue";
    public static final String RESTORE_SERVICE = "Task_RestoreService";
    public static final String ARRIVE_ONSITE = "Task_ArriveOnsite";
    public static final String ONSITE_RESTORE = "Task_OnsiteRestore";
    public static final String ONSITE_RESTORE_DUE = "Timer_OnsiteRestoreDue";
    public static final String ROOT_CAUSE = "Task_FindRootCause";
    public static final String SOLUTION = "Task_ProposeSolution";
    public static final String MONITORING = "Task_FollowUpMonitoring";
    public static final String GENERATE_REPORT = "ServiceTask_GenerateReport";
    public static final String MAIL_REPORT = "ServiceTask_MailReport";
    public static final String END = "EndEvent_MajorClosed";

    private Element() {
    }
  }
}
