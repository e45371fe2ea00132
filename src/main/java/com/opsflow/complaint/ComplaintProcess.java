package com.opsflow.complaint;

import com.opsflow.engine.Variable;
import java.util.List;

/** Ids of {@code processes/complaint.bpmn} and its variables (SPEC §3 complaint, B-2.3.13(1)). */
public final class ComplaintProcess {

  public static final String KEY = "complaint";
  public static final String DECISION = "complaint-rating";
  public static final String PREFIX = "CMP";
  /** Complaint types in form order: 服务态度, 处理不及时, 技术能力, 咨询类问题, 呼叫中心体系外, 其他. */
  public static final List<String> CATEGORIES = List.of("attitude", "timeliness", "technical", "consulting", "external",
      "other");
  public static final String SUBSTANTIATED = "substantiated";
  public static final String UNSUBSTANTIATED = "unsubstantiated";
  public static final List<String> RESULTS = List.of(SUBSTANTIATED, UNSUBSTANTIATED);
  public static final String SATISFIED = "satisfied";
  public static final String UNSATISFIED = "unsatisfied";
  /** What {@code complaint-rating} gives as {@code item} when the complaint counts for nothing in the evaluation. */
  public static final String NO_ITEM = "none";

  private ComplaintProcess() {
  }

  public static final class Var {
    public static final String REPORTER = "reporter";
    public static final String REPORTER_EMAIL = "reporterEmail";
    public static final String CHANNEL = "channel";
    public static final String SYSTEM = "system";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String ENGINEER = "engineer";
    public static final String RELATED_TICKET = "relatedTicket";
    public static final String CATEGORY = "complaintCategory";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String RESULT = "investigationResult";
    public static final String FINDINGS = "findings";
    public static final String INVESTIGATOR = "investigator";
    public static final String ITEM = "evaluationItem";
    public static final String HANDLING = "handlingMeasures";
    public static final String INFORM_NOTE = "informNote";
    public static final String CALLBACK_OUTCOME = "callbackOutcome";
    public static final String CALLBACK_NOTE = "callbackNote";

    private Var() {
    }
  }

  /** The variables the step adapters read, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> CATEGORY = Variable.string(Var.CATEGORY);
    static final Variable<String> ACCEPTANCE_NOTE = Variable.string(Var.ACCEPTANCE_NOTE);
    static final Variable<String> RESULT = Variable.string(Var.RESULT);
    static final Variable<String> ENGINEER = Variable.string(Var.ENGINEER);
    static final Variable<String> FINDINGS = Variable.string(Var.FINDINGS);
    static final Variable<String> ITEM = Variable.string(Var.ITEM);
    static final Variable<String> INVESTIGATOR = Variable.string(Var.INVESTIGATOR);
    static final Variable<String> HANDLING = Variable.string(Var.HANDLING);
    static final Variable<String> CALLBACK_NOTE = Variable.string(Var.CALLBACK_NOTE);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ComplaintReceived";
    public static final String REGISTER = "ServiceTask_RegisterComplaint";
    public static final String NOTIFY_RECEIVED = "ServiceTask_NotifyReceived";
    public static final String ACCEPT = "Task_AcceptComplaint";
    public static final String RECORD_ACCEPTED = "ServiceTask_RecordAccepted";
    public static final String INVESTIGATE = "Task_InvestigateComplaint";
    public static final String RATE = "BusinessRuleTask_RateComplaint";
    public static final String RECORD_INVESTIGATION = "ServiceTask_RecordInvestigation";
    public static final String HANDLE = "Task_HandleComplaint";
    public static final String RECORD_HANDLING = "ServiceTask_RecordHandling";
    public static final String INFORM = "Task_InformUser";
    public static final String NOTIFY_REPORTER = "ServiceTask_NotifyReporter";
    public static final String CALL_BACK = "Task_CallBack";
    public static final String SATISFIED = "Gateway_Satisfied";
    public static final String RECORD_REOPEN = "ServiceTask_RecordReopen";
    public static final String CLOSE = "ServiceTask_CloseComplaint";
    public static final String NOTIFY_CLOSED = "ServiceTask_NotifyClosed";
    public static final String CLOSED = "EndEvent_ComplaintClosed";

    private Element() {
    }
  }

  /** Mail templates ({@code src/main/resources/mail}). */
  public static final class Mail {
    public static final String RECEIVED = "complaint-received";
    public static final String RESULT = "complaint-result";
    public static final String CLOSED = "complaint-closed";

    private Mail() {
    }
  }
}
