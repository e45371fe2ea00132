package com.opsflow.change;

import com.opsflow.engine.Variable;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Ids of {@code processes/change.bpmn} (重大配置变更, A-3.2.1.3, B-2.3.7) and its variables (SPEC §3 change). */
public final class ChangeProcess {

  public static final String KEY = "change";
  public static final String DECISION = "change-risk";
  public static final String PREFIX = "CHG";
  /** What is changed (A-3.2.1.3: 网络、存储、主机、中间件、数据库、操作系统), code → Chinese name. */
  public static final Map<String, String> CHANGE_TYPES = Map.of("network", "网络", "storage", "存储", "host", "主机",
      "middleware", "中间件", "database", "数据库", "os", "操作系统", "application", "应用配置");
  public static final List<String> CHANGE_TYPE_ORDER = List.of("network", "storage", "host", "middleware", "database",
      "os", "application");
  public static final List<String> IMPACT_SCOPES = List.of("node", "system", "multi-system");
  public static final List<String> RISK_CLASSES = List.of("standard", "normal", "major");
  public static final Map<String, String> RISK_NAMES = Map.of("standard", "标准变更", "normal", "一般变更", "major", "重大变更");

  private ChangeProcess() {
  }

  public static final class Var {
    public static final String SYSTEM = "system";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String CHANGE_TYPE = "changeType";
    public static final String REPORTER = "reporter";
    public static final String REPORTER_EMAIL = "reporterEmail";
    public static final String CHANNEL = "channel";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String IMPORTANT_PERIOD = "importantPeriod";
    // assessment
    public static final String FEASIBILITY = "feasibility";
    public static final String ASSESSMENT = "assessmentNote";
    public static final String IMPACT_SCOPE = "impactScope";
    public static final String SERVICE_INTERRUPTION = "serviceInterruption";
    // decision change-risk
    public static final String RISK_CLASS = "riskClass";
    // plan
    public static final String PLAN = "changePlan";
    public static final String ROLLBACK_PLAN = "rollbackPlan";
    public static final String PLAN_AUTHOR = "planAuthor";
    // test and review
    public static final String TEST_OUTCOME = "testOutcome";
    public static final String TEST_RESULT = "testResult";
    public static final String REVIEW_NOTE = "reviewNote";
    // implementation plan
    public static final String WINDOW_START = "windowStart";
    public static final String WINDOW_END = "windowEnd";
    public static final String WINDOW_START_AT = "windowStartAt";
    public static final String IMPLEMENTERS = "implementers";
    public static final String RESOURCES = "resources";
    public static final String SCHEDULE_CONFLICTS = "scheduleConflicts";
    // implementation, verification, rollback, monitoring
    public static final String IMPLEMENTATION_NOTE = "implementationNote";
    public static final String VERIFY_OUTCOME = "verifyOutcome";
    public static final String VERIFY_NOTE = "verifyNote";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    public static final String ROLLBACK_OUTCOME = "rollbackOutcome";
    public static final String ROLLBACK_VERIFY_NOTE = "rollbackVerifyNote";
    public static final String MONITORING_OUTCOME = "monitoringOutcome";
    public static final String MONITORING_NOTE = "monitoringNote";
    public static final String CLOSURE_NOTE = "closureNote";
    public static final String NOTE = "changeNote";

    private Var() {
    }
  }

  /** Values of the outcome fields. */
  /** The variables the step adapters write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> PLAN_AUTHOR = Variable.string(Var.PLAN_AUTHOR);
    static final Variable<Date> WINDOW_START_AT = Variable.date(Var.WINDOW_START_AT);
    static final Variable<String> SCHEDULE_CONFLICTS = Variable.string(Var.SCHEDULE_CONFLICTS);
    static final Variable<String> CLOSURE_NOTE = Variable.string(Var.CLOSURE_NOTE);

    private Typed() {
    }
  }

  public static final class Outcome {
    public static final String FEASIBLE = "feasible";
    public static final String NOT_FEASIBLE = "not-feasible";
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String SUCCEEDED = "succeeded";
    public static final String RESTORED = "restored";
    public static final String NOT_RESTORED = "not-restored";
    public static final String STABLE = "stable";
    public static final String PROBLEM = "problem";

    private Outcome() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ChangeRequested";
    public static final String REGISTER = "ServiceTask_RegisterChange";
    public static final String ASSESS = "Task_AssessChange";
    public static final String NOT_FEASIBLE = "EndEvent_NotFeasible";
    public static final String RISK = "BusinessRuleTask_ChangeRisk";
    public static final String WRITE_PLAN = "Task_WritePlan";
    public static final String TEST_REVIEW = "Task_TestAndReview";
    public static final String PLAN_IMPLEMENTATION = "Task_PlanImplementation";
    public static final String CHECK_SCHEDULE = "ServiceTask_CheckSchedule";
    public static final String NOTIFY_APPROVERS = "ServiceTask_NotifyApprovers";
    public static final String APPROVE = "CallActivity_ApprovePlan";
    public static final String RECORD_APPROVED = "ServiceTask_RecordApproved";
    public static final String RECORD_REJECTED = "ServiceTask_RecordRejected";
    public static final String REJECTED = "EndEvent_Rejected";
    public static final String WINDOW = "Timer_ChangeWindow";
    public static final String IMPLEMENT = "Task_Implement";
    public static final String VERIFY = "Task_VerifyChange";
    public static final String ROLL_BACK = "Task_RollBack";
    public static final String VERIFY_ROLLBACK = "Task_VerifyRollback";
    public static final String RECORD_ROLLED_BACK = "ServiceTask_RecordRolledBack";
    public static final String ROLLED_BACK = "EndEvent_RolledBack";
    public static final String RECORD_IMPLEMENTED = "ServiceTask_RecordImplemented";
    public static final String MONITORING_CYCLE = "Timer_MonitoringCycle";
    public static final String CONFIRM_MONITORING = "Task_ConfirmMonitoring";
    public static final String CLOSE = "ServiceTask_CloseChange";
    public static final String MAJOR_CHANGE = "Gateway_MajorChange";
    /** B-2.3.12: a major change implemented successfully starts a training (training.bpmn, message start). */
    public static final String START_TRAINING = "ServiceTask_StartTraining";
    public static final String CLOSED = "EndEvent_ChangeClosed";

    private Element() {
    }
  }
}
