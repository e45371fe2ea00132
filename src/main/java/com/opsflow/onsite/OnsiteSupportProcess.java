package com.opsflow.onsite;

import com.opsflow.engine.Variable;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketVariables;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The on-site support process (现场支持, B-2.3.9): its key, element ids and variables. */
public final class OnsiteSupportProcess {

  public static final String KEY = "onsite-support";
  /** Prefix of the ticket number of a request that is not an existing ticket. */
  public static final String TICKET_PREFIX = "ONS";
  public static final String RESTORE_DECISION = "major-incident-clock";
  /** Groups whose members may be dispatched on site. */
  public static final List<String> ENGINEER_GROUPS = List.of(OpsFlowGroups.SERVICE_DESK, OpsFlowGroups.SECOND_LINE);

  /** Request types (seed B-2.3.9: problems to solve on site and implementation requests), with their Chinese label. */
  public static final Map<String, String> REQUEST_TYPES = Map.of(
      "fault", "现场故障处理",
      "installation", "系统安装部署",
      "patch-upgrade", "补丁升级支持",
      "performance-tuning", "系统性能调优",
      "rollout", "新系统推广实施",
      "training", "用户业务技术培训");
  public static final List<String> REQUEST_TYPE_ORDER =
      List.of("fault", "installation", "patch-upgrade", "performance-tuning", "rollout", "training");
  public static final String FAULT = "fault";

  private OnsiteSupportProcess() {
  }

  /** Process variables. */
  public static final class Var {
    public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;
    public static final String EXISTING_TICKET = "existingTicket";
    public static final String SYSTEM = TicketVariables.SYSTEM;
    public static final String CHANNEL = TicketVariables.CHANNEL;
    public static final String REPORTER = TicketVariables.REPORTER;
    public static final String REPORTER_EMAIL = TicketVariables.REPORTER_EMAIL;
    public static final String SUMMARY = TicketVariables.SUMMARY;
    public static final String DESCRIPTION = TicketVariables.DESCRIPTION;
    public static final String IMPORTANT_PERIOD = TicketVariables.IMPORTANT_PERIOD;
    public static final String REQUEST_TYPE = "requestType";
    public static final String SITE = "site";
    public static final String ONSITE_RESTORE_HOURS = "onsiteRestoreHours";
    /** Basis of the restore clock ({@code working} | {@code natural}), from the same decision. */
    public static final String ONSITE_RESTORE_CLOCK = "onsiteRestoreClock";
    public static final String ASSESSMENT = "assessment";
    public static final String ENGINEER = "engineer";
    public static final String PLANNED_ARRIVAL = "plannedArrival";
    public static final String DISPATCH_NOTE = "dispatchNote";
    public static final String ARRIVED_AT = "arrivedAt";
    public static final String RESTORE_DUE = "restoreDue";
    public static final String ONSITE_ANALYSIS = "onsiteAnalysis";
    public static final String SOLUTION = TicketVariables.SOLUTION;
    public static final String SOLUTION_AGREEMENT = "solutionAgreement";
    public static final String SOLUTION_FEEDBACK = "solutionFeedback";
    public static final String HANDLING_RESULT = "handlingResult";
    public static final String FINISHED_AT = "finishedAt";
    public static final String SERVICE_REPORT = "serviceReport";
    public static final String CONFIRMED_BY_NAME = "confirmedByName";
    public static final String CONFIRMED_BY_DEPARTMENT = "confirmedByDepartment";
    public static final String CONFIRMED_AT = "confirmedAt";
    public static final String USER_OPINION = "userOpinion";
    public static final String CONFIRMATION_SLIP = "confirmationSlip";
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String MONITORING_NOTE = "monitoringNote";
    public static final String CALLBACK_NOTE = "callbackNote";
    public static final String CALLBACK_OUTCOME = "callbackOutcome";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<Boolean> EXISTING_TICKET = Variable.bool(Var.EXISTING_TICKET);
    static final Variable<String> REQUEST_TYPE = Variable.string(Var.REQUEST_TYPE);
    static final Variable<String> SITE = Variable.string(Var.SITE);
    static final Variable<String> ENGINEER = Variable.string(Var.ENGINEER);
    static final Variable<String> ASSESSMENT = Variable.string(Var.ASSESSMENT);
    /** A form's date-time text, or a Date from the Java API: shown as entered when it is no date-time. */
    static final Variable<Object> PLANNED_ARRIVAL = Variable.of(Var.PLANNED_ARRIVAL, Object.class);
    static final Variable<String> CONFIRMED_BY_NAME = Variable.string(Var.CONFIRMED_BY_NAME);
    static final Variable<String> CONFIRMED_BY_DEPARTMENT = Variable.string(Var.CONFIRMED_BY_DEPARTMENT);
    static final Variable<Object> CONFIRMED_AT = Variable.of(Var.CONFIRMED_AT, Object.class);
    static final Variable<String> SOLUTION = Variable.string(Var.SOLUTION);
    static final Variable<String> CALLBACK_OUTCOME = Variable.string(Var.CALLBACK_OUTCOME);
    static final Variable<String> CALLBACK_NOTE = Variable.string(Var.CALLBACK_NOTE);
    static final Variable<String> MONITORING_NOTE = Variable.string(Var.MONITORING_NOTE);
    static final Variable<String> SYSTEM = Variable.string(Var.SYSTEM);
    static final Variable<Boolean> IMPORTANT_PERIOD = Variable.bool(Var.IMPORTANT_PERIOD);
    /** From the decision {@code major-incident-clock}. */
    static final Variable<Integer> ONSITE_RESTORE_HOURS = Variable.integer(Var.ONSITE_RESTORE_HOURS);
    static final Variable<Date> RESTORE_DUE = Variable.date(Var.RESTORE_DUE);

    private Typed() {
    }
  }

  /** Values of the outcome variables the forms set. */
  public static final class Outcome {
    public static final String AGREED = "agreed";
    public static final String REVISE = "revise";
    public static final String STABLE = "stable";
    public static final String RECURRED = "recurred";
    public static final String RESOLVED = "resolved";
    public static final String NOT_RESOLVED = "not-resolved";

    private Outcome() {
    }
  }

  /** BPMN element ids. */
  public static final class Element {
    public static final String START = "StartEvent_OnsiteRequested";
    public static final String REGISTER_TICKET = "ServiceTask_RegisterTicket";
    public static final String RECORD_REQUEST = "ServiceTask_RecordRequest";
    public static final String RESTORE_HOURS = "BusinessRuleTask_RestoreHours";
    public static final String EVALUATE_DISPATCH = "Task_EvaluateDispatch";
    public static final String RECORD_DISPATCH = "ServiceTask_RecordDispatch";
    public static final String RECORD_ARRIVAL = "Task_RecordArrival";
    public static final String START_RESTORE_CLOCK = "ServiceTask_StartRestoreClock";
    public static final String ONSITE_WORK = "SubProcess_OnsiteWork";
    public static final String ANALYSE = "Task_AnalyseOnsite";
    public static final String AGREE_SOLUTION = "Task_AgreeSolution";
    public static final String HANDLE = "Task_HandleOnsite";
    public static final String RESTORE_SLA = "Timer_RestoreSla";
    public static final String RECORD_RESTORE_BREACH = "ServiceTask_RecordRestoreBreach";
    public static final String NOTIFY_RESTORE_BREACH = "ServiceTask_NotifyRestoreBreach";
    public static final String NO_RESTORE_CLOCK = "EndEvent_NoRestoreClock";
    public static final String SIGN_CONFIRMATION = "Task_SignConfirmation";
    public static final String RECORD_CONFIRMATION = "ServiceTask_RecordConfirmation";
    public static final String GENERATE_SLIP = "ServiceTask_GenerateSlip";
    public static final String MONITOR = "Task_MonitorOperation";
    public static final String MONITORING_PERIOD = "Timer_MonitoringPeriod";
    public static final String RECORD_RECURRENCE = "ServiceTask_RecordRecurrence";
    public static final String CALL_BACK = "Task_CallBackUser";
    public static final String CLOSE = "ServiceTask_CloseOnsite";
    public static final String END_CLOSED = "EndEvent_OnsiteClosed";

    private Element() {
    }
  }
}
