package com.opsflow.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids of {@code processes/risk-review.bpmn} and its variables (SPEC §3 risk-review; invoice contract C 系统风险排查:
 * survey risks by type, write and update contingency plans, rehearse them; C 系统故障响应要求 2: plans per fault
 * level, started first thing in a fault).
 */
final class RiskReviewProcess {

  public static final String KEY = "risk-review";
  public static final String PREFIX = "RSK";
  public static final String TICKET_TYPE = "risk-review";
  /** Message the schedule starts each run with. */
  public static final String MESSAGE = "risk-review-due";
  /** Schedule of DMN operation-schedule for this process. */
  public static final String QUARTERLY = "quarterly-review";

  /** Risk types (C names 不同问题风险类型 without listing them: the list is the bureau's to confirm). */
  public static final Map<String, String> RISK_TYPES = new LinkedHashMap<>();
  /** Likelihood and impact of a risk. */
  public static final Map<String, String> RATINGS = new LinkedHashMap<>();
  /** Fault levels of the plans: the priorities of DMN incident-priority (C 根据故障等级编制系统专项应急预案). */
  public static final Map<String, String> FAULT_LEVELS = new LinkedHashMap<>();
  public static final List<String> APPROVAL_OUTCOMES = List.of("approved", "rework");
  public static final Map<String, String> REHEARSAL_RESULTS = new LinkedHashMap<>();

  static {
    RISK_TYPES.put("hardware", "硬件");
    RISK_TYPES.put("software", "软件（操作系统、中间件、应用）");
    RISK_TYPES.put("network", "网络");
    RISK_TYPES.put("data", "数据");
    RISK_TYPES.put("security", "安全");
    RISK_TYPES.put("personnel", "人员");
    RATINGS.put("low", "低");
    RATINGS.put("medium", "中");
    RATINGS.put("high", "高");
    FAULT_LEVELS.put("P1", "P1（重大/紧急）");
    FAULT_LEVELS.put("P2", "P2（严重）");
    FAULT_LEVELS.put("P3", "P3（一般）");
    FAULT_LEVELS.put("P4", "P4（轻微）");
    REHEARSAL_RESULTS.put("passed", "演练成功");
    REHEARSAL_RESULTS.put("passed-with-problems", "基本成功，发现问题");
    REHEARSAL_RESULTS.put("failed", "演练失败，须修订预案");
  }

  private RiskReviewProcess() {
  }

  public static final class Var {
    public static final String RISK_TYPE = "riskType";
    public static final String RISK_DESCRIPTION = "riskDescription";
    public static final String LIKELIHOOD = "likelihood";
    public static final String IMPACT = "riskImpact";
    public static final String MITIGATION = "mitigation";
    public static final String MORE_RISKS = "moreRisks";
    /** Read-only text for the forms: the risks surveyed so far in this run. */
    public static final String RISKS_SO_FAR = "risksSoFar";
    /** Read-only text for the forms: the system's plans with versions and last rehearsal. */
    public static final String EXISTING_PLANS = "existingPlans";
    public static final String PLAN_KEY = "planKey";
    public static final String PLAN_TITLE = "planTitle";
    public static final String FAULT_LEVEL = "faultLevel";
    public static final String PLAN_CONTENT = "planContent";
    /** Set by the process from the register when a version is written (no form edits it). */
    public static final String PLAN_VERSION = "planVersion";
    public static final String PLAN_AUTHOR = "planAuthor";
    public static final String APPROVAL_OUTCOME = "planApproval";
    public static final String APPROVAL_COMMENT = "planApprovalComment";
    public static final String REHEARSED_ON = "rehearsedOn";
    public static final String PARTICIPANTS = "participants";
    public static final String REHEARSAL_RESULT = "rehearsalResult";
    public static final String REHEARSAL_PROBLEMS = "rehearsalProblems";
    public static final String REVISE = "revisePlan";

    private Var() {
    }
  }

  public static final class Element {
    public static final String TICK = "StartEvent_ScheduleTick";
    public static final String START_DUE = "ServiceTask_StartDueRuns";
    public static final String RUN_DUE = "StartEvent_RunDue";
    public static final String REGISTER = "ServiceTask_RegisterRun";
    public static final String SURVEY = "Task_SurveyRisk";
    public static final String MORE_RISKS = "Gateway_MoreRisks";
    public static final String WRITE_PLAN = "Task_WritePlan";
    public static final String APPROVE_PLAN = "Task_ApprovePlan";
    public static final String APPROVED = "Gateway_PlanApproved";
    public static final String REHEARSE = "Task_RehearsePlan";
    public static final String REHEARSAL_OK = "Gateway_RehearsalOk";
    public static final String CLOSE = "ServiceTask_CloseRun";
    public static final String END = "EndEvent_RunClosed";

    private Element() {
    }
  }
}
