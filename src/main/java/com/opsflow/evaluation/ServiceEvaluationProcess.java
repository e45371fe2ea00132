package com.opsflow.evaluation;

import com.opsflow.engine.Variable;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.security.OpsFlowGroups;
import java.util.Date;

/** Ids of {@code processes/service-evaluation.bpmn} and its variables (SPEC §3 service-evaluation, §5). */
public final class ServiceEvaluationProcess {

  public static final String KEY = "service-evaluation";
  /** The period-end timer process that starts the due evaluations. */
  public static final String SCHEDULE_KEY = "service-evaluation-schedule";
  /** Message that starts one engineer's evaluation (sent by the period-end timer path). */
  public static final String MESSAGE_DUE = "service-evaluation-due";
  public static final String PREFIX = "EV";
  /** 考评人: the bureau's IT department (采购方) scores the period (A-5.5.1, B-2.6.1, C). */
  public static final String EVALUATOR_GROUP = OpsFlowGroups.BUREAU_IT;
  /** An action other than none goes to the application-system owner. */
  public static final String ACTION_GROUP = OpsFlowGroups.SYSTEM_OWNER;
  /** The evaluator's task is due on this working day after the period (business calendar). */
  public static final int DUE_WORKING_DAYS = 5;

  private ServiceEvaluationProcess() {
  }

  public static final class Var {
    public static final String CONTRACT = "contract";
    public static final String ENGINEER = "engineer";
    public static final String PERIOD = "period";
    public static final String CONTRACT_YEAR = "contractYear";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String DUE_AT = "evaluationDue";
    public static final String ITEM_SHEET = "itemSheet";
    public static final String INFORMATION = "information";
    public static final String EVALUATOR_NOTE = "evaluatorNote";
    /** The invoice period score: the sum of the sheet lines (set when the evaluator completes the sheet). */
    public static final String INVOICE_SCORE = "invoiceScore";
    /** The evaluator's points per line of the invoice sheet, as text: {@code 代码,名称,得分} per line ({@link InvoiceSheet}). */
    public static final String INVOICE_SHEET = "invoiceSheet";
    /** Read-only: the configured sheet lines with their maxima. */
    public static final String INVOICE_SHEET_GUIDE = "invoiceSheetGuide";
    public static final String SCORE = "score";
    public static final String ACTION = "action";
    public static final String ACTION_LABEL = "actionLabel";
    public static final String PERIODS_BELOW_50 = "periodsBelow50";
    public static final String CONSECUTIVE_BELOW_40 = "consecutiveBelow40";
    public static final String ACTION_TAKEN = "actionTaken";
    public static final String ACTION_NOTE = "actionNote";
    public static final String SUMMARY = "summary";
    public static final String EVALUATOR = "evaluator";
    public static final String DECIDED_BY = "actionDecidedBy";
    /** Set by the period-end path: contract/engineer/period of every evaluation it started. */
    public static final String STARTED = "startedEvaluations";

    private Var() {
    }

    /** The evaluator's count of an item, e.g. {@code countFaultSlow} for {@code fault-slow}. */
    public static String count(ScoreItem item) {
      return "count" + camel(item.code());
    }

    /** The count OpsFlow pre-filled (read-only in the form; the register keeps the original). */
    public static String prefilled(ScoreItem item) {
      return "prefilled" + camel(item.code());
    }

    /** Why the evaluator's count differs from the pre-filled one. */
    public static String reason(ScoreItem item) {
      return "reason" + camel(item.code());
    }

    /** The records behind the pre-filled count (ticket numbers and explanation). */
    public static String evidence(ScoreItem item) {
      return "evidence" + camel(item.code());
    }

    static String camel(String code) {
      StringBuilder s = new StringBuilder();
      for (String part : code.split("-")) {
        s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
      return s.toString();
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> CONTRACT = Variable.string(Var.CONTRACT);
    static final Variable<String> ENGINEER = Variable.string(Var.ENGINEER);
    static final Variable<String> PERIOD = Variable.string(Var.PERIOD);
    static final Variable<Integer> CONTRACT_YEAR = Variable.integer(Var.CONTRACT_YEAR);
    static final Variable<String> PERIOD_FROM = Variable.string(Var.PERIOD_FROM);
    static final Variable<String> PERIOD_TO = Variable.string(Var.PERIOD_TO);
    static final Variable<Boolean> ITEM_SHEET = Variable.bool(Var.ITEM_SHEET);
    static final Variable<Date> DUE_AT = Variable.date(Var.DUE_AT);
    static final Variable<String> SUMMARY = Variable.string(Var.SUMMARY);
    static final Variable<String> EVALUATOR_NOTE = Variable.string(Var.EVALUATOR_NOTE);
    static final Variable<Double> INVOICE_SCORE = Variable.of(Var.INVOICE_SCORE, Double.class);
    static final Variable<String> EVALUATOR = Variable.string(Var.EVALUATOR);
    static final Variable<Double> SCORE = Variable.of(Var.SCORE, Double.class);
    static final Variable<String> ACTION = Variable.string(Var.ACTION);
    static final Variable<String> ACTION_LABEL = Variable.string(Var.ACTION_LABEL);
    static final Variable<Integer> PERIODS_BELOW_50 = Variable.integer(Var.PERIODS_BELOW_50);
    static final Variable<Integer> CONSECUTIVE_BELOW_40 = Variable.integer(Var.CONSECUTIVE_BELOW_40);
    static final Variable<String> ACTION_TAKEN = Variable.string(Var.ACTION_TAKEN);
    static final Variable<String> ACTION_NOTE = Variable.string(Var.ACTION_NOTE);
    static final Variable<String> DECIDED_BY = Variable.string(Var.DECIDED_BY);
    static final Variable<String> STARTED = Variable.string(Var.STARTED);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START_BY_HAND = "StartEvent_ByHand";
    public static final String START_DUE = "StartEvent_EvaluationDue";
    /** In {@link #SCHEDULE_KEY}: the timer start, its fan-out step and end. */
    public static final String TIMER_PERIOD_END = "Timer_PeriodEnd";
    public static final String START_DUE_EVALUATIONS = "ServiceTask_StartDueEvaluations";
    public static final String DUE_STARTED = "EndEvent_DueEvaluationsStarted";
    public static final String PREFILL = "ServiceTask_Prefill";
    public static final String SHEET = "Gateway_Sheet";
    public static final String SCORE_ITEMS = "Task_ScorePeriod";
    public static final String RATE_INVOICE = "Task_RateInvoice";
    public static final String RECORD_SCORE = "ServiceTask_RecordScore";
    public static final String ACTION_NEEDED = "Gateway_ActionNeeded";
    public static final String DECIDE_ACTION = "Task_DecideAction";
    public static final String RECORD_DECISION = "ServiceTask_RecordDecision";
    public static final String NOTIFY_VENDOR = "ServiceTask_NotifyVendor";
    public static final String SCORED = "EndEvent_Scored";
    public static final String ACTION_DECIDED = "EndEvent_ActionDecided";

    private Element() {
    }
  }
}
