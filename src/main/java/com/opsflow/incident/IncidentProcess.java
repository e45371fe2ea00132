package com.opsflow.incident;

import com.opsflow.engine.Variable;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketVariables;
import java.util.List;

/** The incident process (事件管理, B-2.3.1, A-3.2.3(1)): its key, element ids and variables. */
public final class IncidentProcess {

  public static final String KEY = "incident";
  public static final String TICKET_PREFIX = "INC";
  public static final String PRIORITY_DECISION = "incident-priority";
  public static final String ESCALATION_DECISION = "escalation";

  /** Allowed values of the start variables (SPEC §3), with the Chinese label users see. */
  public static final List<String> SYSTEMS = SupportedSystems.CODES;
  public static final List<String> CHANNELS = List.of("hotline", "wechat", "qq", "mail", "ticket", "onsite");
  public static final List<String> IMPACTS = List.of("individual", "office", "city", "province");
  public static final List<String> URGENCIES = List.of("low", "medium", "high");

  private IncidentProcess() {
  }

  /** Process variables. */
  public static final class Var {
    public static final String SYSTEM = TicketVariables.SYSTEM;
    public static final Variable<String> SYSTEM_VAR = Variable.string(SYSTEM);
    public static final String CHANNEL = TicketVariables.CHANNEL;
    public static final String REPORTER = TicketVariables.REPORTER;
    public static final String REPORTER_EMAIL = TicketVariables.REPORTER_EMAIL;
    public static final String SUMMARY = TicketVariables.SUMMARY;
    public static final String DESCRIPTION = TicketVariables.DESCRIPTION;
    public static final String IMPACT = TicketVariables.IMPACT;
    public static final String URGENCY = TicketVariables.URGENCY;
    public static final String IMPORTANT_PERIOD = TicketVariables.IMPORTANT_PERIOD;
    public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;
    public static final String PRIORITY = "priority";
    public static final Variable<String> PRIORITY_VAR = Variable.string(PRIORITY);
    public static final String MAJOR = "major";
    public static final String RESPONSE_MINUTES = "responseMinutes";
    public static final String RESOLVE_MINUTES = "resolveMinutes";
    /** Clock basis of each figure ({@code working} | {@code natural}, {@link com.opsflow.calendar.ClockBasis}). */
    public static final String RESPONSE_CLOCK = "responseClock";
    public static final String RESOLVE_CLOCK = "resolveClock";
    /** Whether a missed resolution needs a written handling proposal (A-3.2.3(1)4)). */
    public static final String BREACH_PROPOSAL = "breachProposal";
    public static final String HANDLING_PROPOSAL = TicketVariables.HANDLING_PROPOSAL;
    /** {@code accept} (default) or {@code return}: B-2.3.1 step 2, set on 查阅知识库并受理. */
    public static final String INTAKE_OUTCOME = "intakeOutcome";
    public static final String RETURN_REASON = TicketVariables.RETURN_REASON;
    public static final String RESPONSE_DUE = "responseDue";
    public static final String RESOLVE_DUE = "resolveDue";
    public static final Variable<java.util.Date> RESOLVE_DUE_VAR = Variable.date(RESOLVE_DUE);
    public static final String ESCALATION_LEVEL = "escalationLevel";
    public static final String KNOWLEDGE_HITS = "knowledgeHits";
    public static final String KNOWLEDGE_ARTICLE_USED = TicketVariables.KNOWLEDGE_ARTICLE_USED;
    public static final String ANALYSIS = "analysis";
    public static final String FIRST_LINE_OUTCOME = "firstLineOutcome";
    public static final String ESCALATION_REASON = TicketVariables.ESCALATION_REASON;
    public static final String SOLUTION = TicketVariables.SOLUTION;
    public static final String CONFIRMATION_OUTCOME = "confirmationOutcome";
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    public static final String ASSIGN_GROUP = TicketVariables.ASSIGN_GROUP;
    public static final String NOTIFY_GROUPS = "notifyGroups";
    public static final String CLOSURE_NOTE = TicketVariables.CLOSURE_NOTE;
    public static final String NEW_KNOWLEDGE_CANDIDATE = TicketVariables.NEW_KNOWLEDGE_CANDIDATE;

    private Var() {
    }
  }

  /** Values of the outcome variables the forms set. */
  public static final class Outcome {
    public static final String RESOLVED = "resolved";
    public static final String ESCALATE = "escalate";
    public static final String CONFIRMED = "confirmed";
    public static final String RETURN = "return";
    public static final String NOT_CONFIRMED = "not-confirmed";

    private Outcome() {
    }
  }

  /** BPMN element ids, as tests and element templates refer to them. */
  public static final class Element {
    public static final String START = "StartEvent_IncidentReported";
    public static final String REGISTER_TICKET = "ServiceTask_RegisterTicket";
    public static final String DETERMINE_PRIORITY = "BusinessRuleTask_DeterminePriority";
    public static final String START_SLA_CLOCKS = "ServiceTask_StartSlaClocks";
    public static final String NOTIFY_NEW_TICKET = "ServiceTask_NotifyNewTicket";
    public static final String HANDLING = "SubProcess_Handling";
    public static final String FIND_KNOWLEDGE = "ServiceTask_FindKnowledge";
    public static final String LOOKUP_KNOWLEDGE = "Task_LookupKnowledge";
    public static final String RESPONSE_SLA = "Timer_ResponseSla";
    public static final String RECORD_RESPONSE_BREACH = "ServiceTask_RecordResponseBreach";
    public static final String ANALYSE = "Task_AnalyseFirstLine";
    public static final String CONFIRM_WITH_REPORTER = "Task_ConfirmWithReporter";
    public static final String ROUTE_ESCALATION = "BusinessRuleTask_RouteEscalation";
    public static final String RECORD_ESCALATION = "ServiceTask_RecordEscalation";
    public static final String NOTIFY_ESCALATION = "ServiceTask_NotifyEscalation";
    public static final String FOLLOWUP = "CallActivity_Followup";
    public static final String RESOLVE_SLA = "Timer_ResolveSla";
    public static final String RECORD_RESOLVE_BREACH = "ServiceTask_RecordResolveBreach";
    public static final String NOTIFY_RESOLVE_BREACH = "ServiceTask_NotifyResolveBreach";
    public static final String SUBMIT_HANDLING_PROPOSAL = "Task_SubmitHandlingProposal";
    public static final String RECORD_HANDLING_PROPOSAL = "ServiceTask_RecordHandlingProposal";
    public static final String MAIL_HANDLING_PROPOSAL = "ServiceTask_MailHandlingProposal";
    public static final String IN_SCOPE = "Gateway_InScope";
    public static final String RETURNED = "Boundary_Returned";
    public static final String RECORD_RETURNED = "ServiceTask_RecordReturned";
    public static final String NOTIFY_RETURNED = "ServiceTask_NotifyReturned";
    public static final String END_RETURNED = "EndEvent_IncidentReturned";
    public static final String CLOSE = "Task_CloseIncident";
    public static final String CLOSE_TICKET = "ServiceTask_CloseTicket";
    public static final String NEW_KNOWLEDGE = "Gateway_NewKnowledge";
    public static final String START_KNOWLEDGE_DRAFT = "ServiceTask_StartKnowledgeDraft";
    public static final String NOTIFY_REPORTER = "ServiceTask_NotifyReporterClosed";
    public static final String END_CLOSED = "EndEvent_IncidentClosed";

    private Element() {
    }
  }
}
