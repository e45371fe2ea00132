package com.opsflow.datamaintenance;

import com.opsflow.engine.Variable;
import java.util.List;
import java.util.Map;

/** Ids of {@code processes/data-maintenance.bpmn} and its variables (SPEC §3 data-maintenance, B-2.3.3). */
final class DataMaintenanceProcess {

  public static final String KEY = "data-maintenance";
  public static final String PREFIX = "DM";
  public static final String DECISION = "data-maintenance-approval";
  /** Kind of the processing report in {@code ticket_document}. */
  public static final String REPORT_KIND = "data-maintenance-report";
  /** Kinds of production data a plan touches, in form order: 业务数据, 基础数据, 参数配置数据. */
  public static final List<String> DATA_CATEGORIES = List.of("business", "master", "config");
  public static final Map<String, String> DATA_CATEGORY_NAMES = Map.of("business", "业务数据（税款、票据等）",
      "master", "基础数据（登记、机构、人员）", "config", "参数配置数据");
  public static final String TEST_PASSED = "passed";
  public static final String TEST_FAILED = "failed";
  public static final String ROLL_BACK = "rollback";
  public static final String ACCEPT = "accept";
  public static final String CONFIRMED = "confirmed";
  public static final String NOT_CONFIRMED = "not-confirmed";

  private DataMaintenanceProcess() {
  }

  public static final class Var {
    public static final String TICKET_NUMBER = com.opsflow.ticket.TicketVariables.TICKET_NUMBER;
    public static final String SYSTEM = "system";
    public static final String CHANNEL = "channel";
    public static final String REPORTER = "reporter";
    public static final String REPORTER_EMAIL = "reporterEmail";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String COMMUNICATION_NOTE = "communicationNote";
    public static final String ANALYSIS_NOTE = "analysisNote";
    public static final String DATA_CATEGORY = "dataCategory";
    public static final String PLAN_STEPS = "planSteps";
    public static final String EXPECTED_RECORDS = "expectedRecords";
    public static final String BEFORE_IMAGE = "beforeImage";
    public static final String ROLLBACK_STEPS = "rollbackSteps";
    public static final String PLAN_VERSION = "planVersion";
    public static final String TEST_RECORDS = "testRecords";
    public static final String TEST_OUTCOME = "testOutcome";
    public static final String TEST_RESULT = "testResult";
    public static final String BEFORE_IMAGE_TAKEN = "beforeImageTaken";
    public static final String ACTUAL_RECORDS = "actualRecords";
    public static final String EXECUTION_NOTE = "executionNote";
    public static final String EXECUTED_BY = "executedBy";
    public static final String RECORDS_MATCH = "recordsMatch";
    public static final String MISMATCH_DECISION = "mismatchDecision";
    public static final String MISMATCH_REASON = "mismatchReason";
    public static final String RESTORED_RECORDS = "restoredRecords";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    public static final String USER_CONFIRMATION = "userConfirmation";
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    /** Text of the mails ({@code ${note}}). */
    public static final String NOTE = "dataMaintenanceNote";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> SYSTEM = Variable.string(Var.SYSTEM);
    static final Variable<String> SUMMARY = Variable.string(Var.SUMMARY);
    static final Variable<String> INCIDENT_NUMBER = Variable.string(Var.INCIDENT_NUMBER);
    static final Variable<Long> EXPECTED_RECORDS = Variable.longValue(Var.EXPECTED_RECORDS);
    static final Variable<Integer> PLAN_VERSION = Variable.integer(Var.PLAN_VERSION);
    static final Variable<Long> ACTUAL_RECORDS = Variable.longValue(Var.ACTUAL_RECORDS);
    static final Variable<Boolean> RECORDS_MATCH = Variable.bool(Var.RECORDS_MATCH);
    static final Variable<String> EXECUTED_BY = Variable.string(Var.EXECUTED_BY);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_DataMaintenanceRequested";
    public static final String REGISTER = "ServiceTask_RegisterTicket";
    public static final String COMMUNICATE = "Task_CommunicateWithUser";
    public static final String ANALYSE = "Task_AnalyseData";
    public static final String WRITE_PLAN = "Task_WritePlan";
    public static final String ROUTE_APPROVAL = "BusinessRuleTask_ApprovalRoute";
    public static final String APPROVE_PLAN = "CallActivity_ApprovePlan";
    public static final String RECORD_REJECTION = "ServiceTask_RecordRejection";
    public static final String NOTIFY_REJECTED = "ServiceTask_NotifyRejected";
    public static final String REJECTED = "EndEvent_PlanRejected";
    public static final String TEST_PLAN = "Task_TestPlan";
    public static final String RUN_IN_PRODUCTION = "Task_RunInProduction";
    public static final String RECORD_MISMATCH = "ServiceTask_RecordMismatch";
    public static final String NOTIFY_MISMATCH = "ServiceTask_NotifyMismatch";
    public static final String REVIEW_MISMATCH = "Task_ReviewMismatch";
    public static final String ROLL_BACK = "Task_RollBack";
    public static final String CONFIRM_WITH_USER = "Task_ConfirmWithUser";
    public static final String ISSUE_REPORT = "ServiceTask_IssueReport";
    public static final String MAIL_REPORT = "ServiceTask_MailReport";
    public static final String CLOSE = "ServiceTask_CloseTicket";
    public static final String CLOSED = "EndEvent_DataMaintenanceClosed";

    private Element() {
    }
  }
}
