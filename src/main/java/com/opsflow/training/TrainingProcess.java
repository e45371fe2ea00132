package com.opsflow.training;

import com.opsflow.engine.Variable;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketVariables;
import java.util.Date;
import java.util.List;

/** Ids of {@code processes/training.bpmn} and its variables (SPEC §3 training, B-2.3.12). */
public final class TrainingProcess {

  public static final String KEY = "training";
  public static final String PREFIX = "TRN";
  /** Ticket type in the register (the process key; fits the register's 16 characters). */
  public static final String TICKET_TYPE = "training";
  public static final String DECISION = "training-pass";
  /** Kind of the report kept with the ticket ({@code ticket_document.kind}) and attached to the bureau's mail. */
  public static final String REPORT_KIND = "training-report";
  public static final List<String> SYSTEMS = SupportedSystems.CODES;
  /** Largest class the plan accepts. */
  public static final int MAX_TRAINEES = 200;
  /** Message that starts a training without a plan (B-2.3.12 "必须进行": a new system, a major change). */
  public static final String REQUIRED_MESSAGE = "training-required";

  private TrainingProcess() {
  }

  public static final class Var {
    public static final String SYSTEM = "system";
    public static final String TOPIC = "topic";
    public static final String TRAINING_AT = "trainingAt";
    public static final String PLACE = "place";
    public static final String TEACHER = "teacher";
    public static final String MATERIAL = "material";
    public static final String TRAINEES = "trainees";
    public static final String PASS_MARK = "passMark";
    public static final String TRAINEE_COUNT = "traineeCount";
    public static final String REMINDER_AT = "trainingReminderAt";
    public static final String DELIVERY_NOTE = "deliveryNote";
    public static final String EXAM_ROUND = "examRound";
    public static final String EXAM_TRAINEES = "examTrainees";
    /** The results as text (one line per trainee): tasks opened before the list, and REST clients. */
    public static final String EXAM_RESULTS = "examResults";
    /** The results as the form's dynamic list: rows {@code {trainee, score}} (docs/adr/0010-lists-in-forms.md). */
    public static final String EXAM_SCORES = "examScores";
    public static final String EXAM_SUMMARY = "examSummary";
    public static final String PASSED_COUNT = "passedCount";
    public static final String PASS_RATE = "passRate";
    public static final String PASS_RATE_MET = "passRateMet";
    public static final String FAILED_TRAINEES = "failedTrainees";
    public static final String RETRAIN_NOTE = "retrainNote";
    public static final String CLOSURE_NOTE = "closureNote";
    /** Trainees who have not passed yet; the training ends only at 0 (B-2.3.12(4) 最终确保全部学员掌握). */
    public static final String FAILED_COUNT = "failedCount";
    /** Why a training was started by the system (message start), shown in the plan task. */
    public static final String TRAINING_REASON = "trainingReason";
    /** The ticket that required the training (e.g. the major change), if any. */
    public static final String SOURCE_TICKET = "sourceTicket";

    private Var() {
    }
  }

  /**
   * The variables the step adapters read and write, typed (issue 11); names from {@link Var}, and the variables of
   * the processes that require a training.
   */
  static final class Typed {
    static final Variable<String> SYSTEM = Variable.string(Var.SYSTEM);
    static final Variable<String> DELIVERY_NOTE = Variable.string(Var.DELIVERY_NOTE);
    static final Variable<Integer> EXAM_ROUND = Variable.integer(Var.EXAM_ROUND);
    static final Variable<String> EXAM_TRAINEES = Variable.string(Var.EXAM_TRAINEES);
    static final Variable<String> EXAM_RESULTS = Variable.string(Var.EXAM_RESULTS);
    static final Variable<Integer> PASSED_COUNT = Variable.integer(Var.PASSED_COUNT);
    static final Variable<Double> PASS_RATE = Variable.of(Var.PASS_RATE, Double.class);
    static final Variable<String> FAILED_TRAINEES = Variable.string(Var.FAILED_TRAINEES);
    static final Variable<Integer> FAILED_COUNT = Variable.integer(Var.FAILED_COUNT);
    static final Variable<String> EXAM_SUMMARY = Variable.string(Var.EXAM_SUMMARY);
    static final Variable<String> RETRAIN_NOTE = Variable.string(Var.RETRAIN_NOTE);
    static final Variable<String> CLOSURE_NOTE = Variable.string(Var.CLOSURE_NOTE);
    static final Variable<Integer> TRAINEE_COUNT = Variable.integer(Var.TRAINEE_COUNT);
    static final Variable<Date> REMINDER_AT = Variable.date(Var.REMINDER_AT);
    /** The summary of the change, migration or release that required the training. */
    static final Variable<String> SUMMARY = Variable.string(TicketVariables.SUMMARY);
    /** release.bpmn's version (ReleaseProcess.Var.VERSION, package-private in its feature). */
    static final Variable<String> RELEASE_VERSION = Variable.string("releaseVersion");
    /** Given to the process that required the training: the number of the training it started. */
    static final Variable<String> TRAINING_NUMBER = Variable.string(TrainingTriggers.TRAINING_NUMBER);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_TrainingPlanned";
    public static final String START_REQUIRED = "StartEvent_TrainingRequired";
    public static final String PLAN = "Task_PlanTraining";
    public static final String DELIVER = "Task_DeliverTraining";
    public static final String REMINDER = "Timer_TrainingReminder";
    public static final String REMIND = "ServiceTask_RemindTraining";
    public static final String RECORD_EXAM = "Task_RecordExam";
    public static final String DECIDE_PASS = "BusinessRuleTask_PassRate";
    public static final String ALL_PASSED = "Gateway_AllPassed";
    public static final String RETRAIN = "Task_Retrain";
    public static final String WRITE_REPORT = "ServiceTask_WriteReport";
    public static final String REPORT_TO_BUREAU = "ServiceTask_ReportToBureau";
    public static final String CLOSE = "ServiceTask_CloseTicket";
    public static final String END = "EndEvent_TrainingCompleted";

    private Element() {
    }
  }
}
