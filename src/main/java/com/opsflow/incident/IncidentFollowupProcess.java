package com.opsflow.incident;

import com.opsflow.engine.Variable;

/** Transferred-issue tracking and callback (问题回访, B-2.3.2): key, element ids, variables. */
public final class IncidentFollowupProcess {

  public static final String KEY = "incident-followup";

  private IncidentFollowupProcess() {
  }

  public static final class Var {
    public static final String SECOND_LINE_ANALYSIS = "secondLineAnalysis";
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String CALLBACK_NOTE = "callbackNote";
    public static final String SATISFACTION_OUTCOME = "satisfactionOutcome";
    public static final String SATISFACTION_NOTE = "satisfactionNote";
    public static final String TRACKING_CYCLE = "trackingCycle";
    /** Second line's choice on its task: a solution now, or wait for the linked problem. */
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    public static final Variable<String> HANDLING_OUTCOME_VAR = Variable.string(HANDLING_OUTCOME);
    /** Set by the problem when it ends: resolved or rejected. */
    public static final String PROBLEM_OUTCOME = "problemOutcome";

    private Var() {
    }
  }

  public static final class Outcome {
    public static final String VERIFIED = "verified";
    public static final String REJECTED = "rejected";
    public static final String SATISFIED = "satisfied";
    public static final String NOT_SATISFIED = "not-satisfied";
    public static final String SOLVED = "solved";
    public static final String AWAIT_PROBLEM = "await-problem";

    private Outcome() {
    }
  }

  public static final class Element {
    public static final String OPEN_TRANSFER = "ServiceTask_OpenTransfer";
    public static final String HANDLE_ESCALATED = "Task_HandleEscalated";
    public static final String TRACK_TIMER = "Timer_TrackTransfer";
    public static final String RECORD_TRACKING = "ServiceTask_RecordTracking";
    public static final String LINK_PROBLEM = "ServiceTask_LinkProblem";
    public static final String AWAIT_PROBLEM_GATEWAY = "Gateway_AwaitProblem";
    public static final String PROBLEM_RESOLVED = "Message_ProblemResolved";
    public static final String RECORD_SOLUTION_RETURNED = "ServiceTask_RecordSolutionReturned";
    public static final String VERIFY_SOLUTION = "Task_VerifySolution";
    public static final String CALL_BACK = "Task_CallBackReporter";
    public static final String CONFIRM_APPLIED = "Task_ConfirmApplied";
    public static final String RECORD_REOPEN = "ServiceTask_RecordReopen";
    public static final String UPDATE_TRANSFER_LIST = "ServiceTask_UpdateTransferList";
    public static final String RECORD_SOLUTION = "ServiceTask_RecordSolution";
    public static final String END = "EndEvent_FollowupClosed";

    private Element() {
    }
  }
}
