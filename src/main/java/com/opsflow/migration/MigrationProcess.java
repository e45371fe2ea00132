package com.opsflow.migration;

import com.opsflow.engine.Variable;
import java.util.List;

/** System migration (系统迁移; B-2.3.8, C): key, element ids, variables. */
public final class MigrationProcess {

  public static final String KEY = "migration";
  public static final String DECISION = "migration-approval";
  public static final String TICKET_PREFIX = "MIG";
  public static final String TICKET_TYPE = "migration";

  /** application 应用软件与中间件迁移, data-center 数据中心搬迁（含硬件设备）. */
  public static final List<String> TYPES = List.of("application", "data-center");
  public static final List<String> TEST_RESULTS = List.of("passed", "failed");
  public static final List<String> USER_DECISIONS = List.of("confirmed", "returned");
  public static final List<String> IMPLEMENT_RESULTS = List.of("done", "failed");
  public static final List<String> VERIFY_OUTCOMES = List.of("switch-over", "rollback");
  public static final List<String> SWITCH_OVER_RESULTS = List.of("done", "failed");
  /** Verification outcome that needs a complete, matching checklist. */
  public static final String SWITCH_OVER = "switch-over";

  /** Where a migration stands in the register ({@code migration_register.status}). */
  public static final String OPEN = "open";
  public static final String SWITCHED_OVER = "switched-over";
  public static final String COMPLETED = "completed";
  public static final String ROLLED_BACK = "rolled-back";
  public static final String REJECTED = "rejected";

  private MigrationProcess() {
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> PLAN_AUTHOR = Variable.string(Var.PLAN_AUTHOR);
    static final Variable<String> FAILED_STEP = Variable.string(Var.FAILED_STEP);
    static final Variable<String> CHECKLIST_SUMMARY = Variable.string(Var.CHECKLIST_SUMMARY);
    static final Variable<String> CHECKLIST_CSV = Variable.string(Var.CHECKLIST_CSV);
    /** The form's list: a Json variable. */
    static final Variable<Object> CHECKLIST_ROWS = Variable.of(Var.CHECKLIST_ROWS, Object.class);
    /** Task-local: the rows the form's list showed. */
    static final Variable<Object> CHECKLIST_ROWS_SHOWN = Variable.of(Var.CHECKLIST_ROWS_SHOWN, Object.class);

    private Typed() {
    }
  }

  public static final class Var {
    public static final String TICKET_NUMBER = com.opsflow.ticket.TicketVariables.TICKET_NUMBER;
    public static final String SYSTEM = "system";
    public static final String TYPE = "migrationType";
    public static final String DATA_MIGRATION = "dataMigration";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String REQUESTING_OFFICE = "requestingOffice";
    public static final String ENVIRONMENT_BEFORE = "environmentBefore";
    public static final String ENVIRONMENT_AFTER = "environmentAfter";
    public static final String MIGRATION_PLAN = "migrationPlan";
    public static final String ROLLBACK_PLAN = "rollbackPlan";
    public static final String PLAN_AUTHOR = "migrationAuthor";
    public static final String TEST_RESULT = "testResult";
    public static final String TEST_NOTE = "testNote";
    public static final String USER_DECISION = "userDecision";
    public static final String USER_NOTE = "userNote";
    public static final String IMPLEMENT_RESULT = "implementResult";
    public static final String IMPLEMENT_NOTE = "implementNote";
    public static final String FUNCTION_VERIFIED = "functionVerified";
    public static final String VERIFICATION_NOTE = "verificationNote";
    /** Optional CSV pasted in the verification form: table,rowsBefore,rowsAfter,checksumBefore,checksumAfter. */
    public static final String CHECKLIST_CSV = "checklistCsv";
    /**
     * The checklist as the verification form's dynamic list, rows {@code {table, rowsBefore, rowsAfter, checksumBefore,
     * checksumAfter}}, pre-filled with the stored lines (docs/adr/0010-lists-in-forms.md).
     */
    public static final String CHECKLIST_ROWS = "checklistRows";
    /** Task-local: the rows the verification's list was pre-filled with (rows sent back unchanged are not stored). */
    public static final String CHECKLIST_ROWS_SHOWN = "checklistRowsShown";
    /** Read-only text of the checklist shown in the verification form. */
    public static final String CHECKLIST_SUMMARY = "checklistSummary";
    public static final String VERIFY_OUTCOME = "verifyOutcome";
    public static final String SWITCH_OVER_RESULT = "switchOverResult";
    public static final String SWITCH_OVER_NOTE = "switchOverNote";
    public static final String MONITORING_NOTE = "monitoringNote";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    /** Where the rollback came from (element id of the failed step), for the ticket and mail. */
    public static final String FAILED_STEP = "failedStep";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_MigrationRequested";
    public static final String REGISTER = "ServiceTask_RegisterMigration";
    public static final String SURVEY = "Task_SurveyEnvironment";
    public static final String PLAN_JOIN = "Gateway_PlanJoin";
    public static final String PLAN = "Task_WriteMigrationPlan";
    public static final String TEST = "Task_TestMigrationPlan";
    public static final String TESTED = "Gateway_PlanTestPassed";
    public static final String CONFIRM = "Task_UserConfirmPlan";
    public static final String CONFIRMED = "Gateway_UserConfirmed";
    public static final String DECIDE_APPROVAL = "BusinessRuleTask_MigrationApproval";
    public static final String APPROVE = "CallActivity_ApproveMigration";
    public static final String APPROVED = "Gateway_MigrationApproved";
    public static final String RECORD_REJECTED = "ServiceTask_RecordMigrationRejected";
    public static final String NOTIFY_REJECTED = "ServiceTask_NotifyMigrationRejected";
    public static final String REJECTED = "EndEvent_MigrationRejected";
    public static final String IMPLEMENT = "Task_ImplementMigration";
    public static final String IMPLEMENTED = "Gateway_ImplementDone";
    public static final String VERIFY = "Task_VerifyMigration";
    public static final String VERIFIED = "Gateway_VerifyOutcome";
    public static final String SWITCH_OVER = "Task_SwitchOver";
    public static final String SWITCHED = "Gateway_SwitchOverDone";
    public static final String RECORD_SWITCHED = "ServiceTask_RecordSwitchedOver";
    public static final String MONITOR = "Task_MonitorMigration";
    public static final String MONITORING_CYCLE = "Timer_MonitoringCycle";
    public static final String ROLLBACK_JOIN = "Gateway_RollbackJoin";
    public static final String ROLL_BACK = "Task_RollBackMigration";
    public static final String RECORD_ROLLED_BACK = "ServiceTask_RecordMigrationRolledBack";
    public static final String NOTIFY_ROLLED_BACK = "ServiceTask_NotifyMigrationRolledBack";
    public static final String ROLLED_BACK = "EndEvent_MigrationRolledBack";
    public static final String CLOSE = "ServiceTask_CloseMigration";
    public static final String NOTIFY_CLOSED = "ServiceTask_NotifyMigrationClosed";
    public static final String NEW_SYSTEM = "Gateway_NewSystem";
    /** B-2.3.12: an application migration brings the system live in its new environment; a training starts. */
    public static final String START_TRAINING = "ServiceTask_StartTraining";
    public static final String CLOSED = "EndEvent_MigrationClosed";

    private Element() {
    }
  }
}
