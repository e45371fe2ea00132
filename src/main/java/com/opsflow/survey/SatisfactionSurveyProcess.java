package com.opsflow.survey;

import com.opsflow.engine.Variable;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.SupportedSystems;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ids of {@code processes/satisfaction-survey.bpmn} and its variables (SPEC §3 satisfaction-survey, B-2.3.13(3)). */
public final class SatisfactionSurveyProcess {

  public static final String KEY = "satisfaction-survey";
  public static final String PREFIX = "SVY";
  /** Ticket type in the register (whose column holds 16 characters, too few for the process key). */
  public static final String TICKET_TYPE = "survey";
  /** Kind of the report kept with the ticket and attached to the mail. */
  public static final String REPORT_KIND = "survey-report";
  public static final List<String> SYSTEMS = SupportedSystems.CODES;
  public static final int MAX_QUESTIONS = 20;
  public static final int MAX_ACTIONS = 20;
  /** A rating of at least this counts as satisfied (5 非常满意, 4 满意). */
  public static final int SATISFIED_FROM = 4;
  /** Groups that can own an improvement action, with the names people type in front of an action. */
  public static final Map<String, String> ACTION_GROUPS = actionGroups();

  private SatisfactionSurveyProcess() {
  }

  private static Map<String, String> actionGroups() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(OpsFlowGroups.SERVICE_DESK, "驻场支持岗");
    m.put(OpsFlowGroups.SECOND_LINE, "二线技术支持");
    m.put(OpsFlowGroups.TEAM_LEAD, "项目组长");
    m.put(OpsFlowGroups.PROJECT_MANAGER, "项目经理");
    m.put(OpsFlowGroups.KNOWLEDGE, "知识库岗");
    m.put(OpsFlowGroups.QUALITY, "质检人员");
    m.put(OpsFlowGroups.DOCUMENT_ADMIN, "文档管理员");
    return m;
  }

  public static final class Var {
    public static final String SYSTEM = "system";
    public static final String TITLE = "surveyTitle";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String RESPONDENTS = "respondents";
    public static final String SURVEYOR = "surveyor";
    public static final String QUESTIONS = "questions";
    public static final String QUESTION_COUNT = "questionCount";
    public static final String QUESTION_LIST = "questionList";
    public static final String COLLECTION_ENDS_AT = "collectionEndsAt";
    /** A batch of answers as text (one line each): tasks opened before the list, and REST clients. */
    public static final String ANSWERS = "answers";
    /**
     * A batch of answers as the form's dynamic list: rows {@code {respondent, q1…qN, comment}}
     * (docs/adr/0010-lists-in-forms.md).
     */
    public static final String ANSWER_ROWS = "answerRows";
    public static final String COLLECTION_COMPLETE = "collectionComplete";
    public static final String ANSWER_COUNT = "answerCount";
    public static final String SUMMARY = "surveySummary";
    public static final String SATISFACTION_RATE = "satisfactionRate";
    /** Improvement actions as text, one per line ("组：措施"): tasks opened before the list, REST, pasted lines. */
    public static final String IMPROVEMENT_ACTIONS = "improvementActions";
    /** Improvement actions as the form's dynamic list: rows {@code {group, action}} (docs/adr/0010-lists-in-forms.md). */
    public static final String ACTION_ROWS = "actionRows";
    public static final String ACTION_GROUP_DEFAULT = "actionGroupDefault";
    public static final String ACTION_IDS = "improvementActionIds";
    public static final String ACTION_ID = "improvementActionId";
    public static final String ACTION_TEXT = "actionText";
    public static final String ACTION_GROUP = "actionGroup";
    public static final String ACTION_RESULT = "actionResult";
    public static final String CLOSURE_NOTE = "closureNote";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<Integer> QUESTION_COUNT = Variable.integer(Var.QUESTION_COUNT);
    static final Variable<String> QUESTION_LIST = Variable.string(Var.QUESTION_LIST);
    static final Variable<Date> COLLECTION_ENDS_AT = Variable.date(Var.COLLECTION_ENDS_AT);
    static final Variable<String> ANSWERS = Variable.string(Var.ANSWERS);
    static final Variable<Boolean> COLLECTION_COMPLETE = Variable.bool(Var.COLLECTION_COMPLETE);
    static final Variable<Integer> ANSWER_COUNT = Variable.integer(Var.ANSWER_COUNT);
    static final Variable<String> SUMMARY = Variable.string(Var.SUMMARY);
    static final Variable<Double> SATISFACTION_RATE = Variable.of(Var.SATISFACTION_RATE, Double.class);
    static final Variable<String> ACTION_IDS = Variable.string(Var.ACTION_IDS);
    static final Variable<String> ACTION_ID = Variable.string(Var.ACTION_ID);
    static final Variable<String> ACTION_TEXT = Variable.string(Var.ACTION_TEXT);
    static final Variable<String> ACTION_GROUP = Variable.string(Var.ACTION_GROUP);
    static final Variable<String> ACTION_RESULT = Variable.string(Var.ACTION_RESULT);
    static final Variable<String> CLOSURE_NOTE = Variable.string(Var.CLOSURE_NOTE);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_SurveyPlanned";
    public static final String COLLECT = "Task_CollectAnswers";
    public static final String COLLECTION_ENDS = "Timer_CollectionEnds";
    public static final String SUMMARISE = "ServiceTask_Summarise";
    public static final String DECIDE_ACTIONS = "Task_DecideActions";
    public static final String WRITE_REPORT = "ServiceTask_WriteReport";
    public static final String MAIL_REPORT = "ServiceTask_MailReport";
    public static final String COLLECTION_COMPLETE = "Gateway_CollectionComplete";
    public static final String ACTION = "Task_ImprovementAction";
    public static final String UPDATE_REPORT = "ServiceTask_UpdateReport";
    public static final String CLOSE = "ServiceTask_CloseTicket";
    public static final String END = "EndEvent_SurveyCompleted";

    private Element() {
    }
  }
}
