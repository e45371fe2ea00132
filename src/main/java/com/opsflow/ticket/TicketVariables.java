package com.opsflow.ticket;

import com.opsflow.engine.Variable;

/** Process variables that every ticket-carrying process shares with the ticket register. */
public final class TicketVariables {

  public static final String TICKET_NUMBER = "ticketNumber";
  /** The ticket number, typed: the one definition every ticket-carrying process reads it by (issue 11). */
  public static final Variable<String> TICKET_NUMBER_VAR = Variable.string(TICKET_NUMBER);
  public static final String SYSTEM = "system";
  public static final String CHANNEL = "channel";
  public static final String REPORTER = "reporter";
  public static final String REPORTER_EMAIL = "reporterEmail";
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String IMPACT = "impact";
  public static final String URGENCY = "urgency";
  public static final String IMPORTANT_PERIOD = "importantPeriod";
  public static final Variable<Boolean> IMPORTANT_PERIOD_VAR = Variable.bool(IMPORTANT_PERIOD);
  public static final String SOLUTION = "solution";
  public static final String ASSIGN_GROUP = "assignGroup";
  public static final String ESCALATION_REASON = "escalationReason";
  public static final String KNOWLEDGE_ARTICLE_USED = "knowledgeArticleUsed";
  public static final String PROBLEM_NUMBER = "problemNumber";
  public static final Variable<String> PROBLEM_NUMBER_VAR = Variable.string(PROBLEM_NUMBER);
  public static final String NEW_KNOWLEDGE_CANDIDATE = "newKnowledgeCandidate";
  public static final String CLOSURE_NOTE = "closureNote";
  /** The incident's category (事件分类), chosen at closure for the period reports (SPEC §6). */
  public static final String CATEGORY = "incidentCategory";
  /** Category codes (labels category.* in text/labels.properties); the list is the bureau's to confirm. */
  public static final java.util.List<String> CATEGORIES = java.util.List.of("consultation", "operation", "program",
      "data", "account", "environment", "other");
  public static final String REOPEN_REASON = "reopenReason";
  /** Which duty of a major incident was missed (input parameter of "major-duty-missed"). */
  public static final String MAJOR_DUTY = "majorDuty";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String RESTORE_NOTE = "restoreNote";
  /** The handler's written proposal when the resolution time is missed (A-3.2.3(1)4)). */
  public static final String HANDLING_PROPOSAL = "handlingProposal";
  /** Why a request outside the service's scope is sent back (B-2.3.1 step 2). */
  public static final String RETURN_REASON = "returnReason";
  /** Input parameter of the "record on ticket" task: which {@link TicketEvent} to record. */
  public static final String TICKET_EVENT = "ticketEvent";
  public static final Variable<String> TICKET_EVENT_VAR = Variable.string(TICKET_EVENT);

  private TicketVariables() {
  }
}
