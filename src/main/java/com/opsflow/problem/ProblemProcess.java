package com.opsflow.problem;

import com.opsflow.engine.Variable;
import com.opsflow.ticket.TicketVariables;
import java.util.List;

/** Program and requirement problems (程序问题确认 B-2.3.4, 需求问题确认 B-2.3.5): key, element ids, variables. */
public final class ProblemProcess {

  public static final String KEY = "problem";
  public static final String TICKET_PREFIX = "PRB";
  public static final String TICKET_TYPE = "problem";
  /** Message the followup of a linked incident waits for (incident-followup, Message_ProblemResolved). */
  public static final String RESOLVED_MESSAGE = "ProblemResolved";

  public static final List<String> TYPES = List.of("program", "requirement");
  public static final List<String> VENDOR_CHANNELS = List.of("tasklist", "mail");

  private ProblemProcess() {
  }

  public static final class Var {
    public static final String PROBLEM_TYPE = "problemType";
    public static final String SYSTEM = "system";
    public static final String SYSTEMS = "systems";
    public static final String MULTI_SYSTEM = "multiSystem";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String LINKED_INCIDENTS = "linkedIncidents";
    public static final String TICKET_NUMBER = TicketVariables.TICKET_NUMBER;
    public static final String PROBLEM_STEP = "problemStep";
    public static final Variable<String> PROBLEM_STEP_VAR = Variable.string(PROBLEM_STEP);
    public static final String COMMUNICATION_NOTE = "communicationNote";
    public static final String TEST_ENVIRONMENT = "testEnvironment";
    public static final String REPRODUCE_STEPS = "reproduceSteps";
    public static final String REPRODUCE_OUTCOME = "reproduceOutcome";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String WORKAROUND = "workaround";
    public static final String REQUIREMENT_ANALYSIS = "requirementAnalysis";
    public static final String REVIEW_PARTICIPANTS = "reviewParticipants";
    public static final String REVIEW_CONCLUSION = "reviewConclusion";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_NOTE = "approvalNote";
    public static final String VENDOR_CHANNEL = "vendorChannel";
    public static final String VENDOR_DUE_DATE = "vendorDueDate";
    public static final String HAND_OVER_NOTE = "handOverNote";
    public static final String VENDOR_DEADLINE = "vendorDeadline";
    public static final String VENDOR_ESCALATION_AT = "vendorEscalationAt";
    public static final String VENDOR_REFERENCE = "vendorReference";
    public static final String FIX_VERSION = "fixVersion";
    public static final String PLANNED_DATE = "plannedDate";
    public static final String VENDOR_ANSWER = "vendorAnswer";
    public static final String TRACKING_NOTE = "trackingNote";
    public static final String FIX_OUTCOME = "fixOutcome";
    public static final String VERIFICATION_NOTE = "fixVerificationNote";
    public static final String REPORT_SYMPTOM = "reportSymptom";
    public static final String REPORT_CAUSE = "reportCause";
    public static final String REPORT_WORKAROUND = "reportWorkaround";
    public static final String FINAL_SOLUTION = "finalSolution";
    public static final String REPORT_VENDOR_ANSWER = "reportVendorAnswer";

    private Var() {
    }
  }

  public static final class Outcome {
    public static final String PROGRAM = "program";
    public static final String REQUIREMENT = "requirement";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String VERIFIED = "verified";
    public static final String FAILED = "failed";
    public static final String TASKLIST = "tasklist";
    public static final String MAIL = "mail";

    private Outcome() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ProblemReported";
    public static final String REGISTER = "ServiceTask_RegisterProblem";
    public static final String COMMUNICATE_PROGRAM = "Task_CommunicateProgram";
    public static final String REPRODUCE = "Task_Reproduce";
    public static final String ANALYSE_PROGRAM = "Task_AnalyseProgram";
    public static final String WORKAROUND = "Task_Workaround";
    public static final String RECORD_ANALYSIS = "ServiceTask_RecordAnalysis";
    public static final String NOTIFY_CONFIRMED = "ServiceTask_NotifyConfirmed";
    public static final String COMMUNICATE_REQUIREMENT = "Task_CommunicateRequirement";
    public static final String ANALYSE_REQUIREMENT = "Task_AnalyseRequirement";
    public static final String JOINT_REVIEW = "Task_JointReview";
    public static final String OWNER_APPROVAL = "Task_OwnerApproval";
    public static final String RECORD_REJECTION = "ServiceTask_RecordRejection";
    public static final String NOTIFY_INCIDENTS_REJECTED = "ServiceTask_NotifyIncidentsRejected";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String HAND_OVER = "Task_HandOverToVendor";
    public static final String RECORD_HAND_OVER = "ServiceTask_RecordHandOver";
    public static final String NOTIFY_VENDOR = "ServiceTask_NotifyVendor";
    public static final String VENDOR_WORK = "SubProcess_VendorWork";
    public static final String VENDOR_ANSWER = "Task_VendorAnswer";
    public static final String RECORD_MAIL_ANSWER = "Task_RecordMailAnswer";
    public static final String VENDOR_REMINDER = "Timer_VendorReminder";
    public static final String VENDOR_ESCALATION = "Timer_VendorEscalation";
    public static final String RECORD_VENDOR_OVERDUE = "ServiceTask_RecordVendorOverdue";
    public static final String REMIND_VENDOR = "ServiceTask_RemindVendor";
    public static final String RECORD_VENDOR_ESCALATION = "ServiceTask_RecordVendorEscalation";
    public static final String ESCALATE_VENDOR = "ServiceTask_EscalateVendor";
    public static final String RECORD_VENDOR_ANSWER = "ServiceTask_RecordVendorAnswer";
    public static final String TRACK_FIX = "Task_TrackFix";
    public static final String VERIFY_FIX = "Task_VerifyFix";
    public static final String REPORT = "Task_ProblemReport";
    public static final String RECORD_RESOLVED = "ServiceTask_RecordResolved";
    public static final String NOTIFY_LINKED_INCIDENTS = "ServiceTask_NotifyLinkedIncidents";
    public static final String NOTIFY_RESOLVED = "ServiceTask_NotifyResolved";
    public static final String END_RESOLVED = "EndEvent_ProblemResolved";

    private Element() {
    }
  }
}
