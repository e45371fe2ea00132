package com.opsflow.release;

import com.opsflow.engine.Variable;
import java.util.Date;
import java.util.List;

/** Patch and version release (补丁升级, 发布管理; A-3.2.3(4), C): key, element ids, variables. */
final class ReleaseProcess {

  public static final String KEY = "release";
  public static final String DECISION = "release-approval";
  public static final String TICKET_PREFIX = "REL";
  public static final String TICKET_TYPE = "release";
  /** Kind of the ticket document holding the patch report (补丁升级报告). */
  public static final String REPORT_KIND = "release-report";

  /** patch 补丁, version 版本. */
  public static final List<String> KINDS = List.of("patch", "version");
  /** low 影响单一功能, medium 影响部分业务或单位, high 影响全省业务或需停机. */
  public static final List<String> IMPACT_LEVELS = List.of("low", "medium", "high");
  public static final List<String> REVIEW_OUTCOMES = List.of("proceed", "withdraw");
  public static final List<String> TEST_RESULTS = List.of("passed", "failed");
  public static final List<String> UPGRADE_RESULTS = List.of("done", "failed");
  public static final List<String> VERIFY_RESULTS = List.of("passed", "failed");
  /** B-2.4.4.1(7): the bureau publishes, postpones (back to the release team) or refuses to publish. */
  public static final String PUBLISHED = "published";
  public static final String POSTPONED = "postponed";
  public static final String REFUSED = "refused";
  public static final List<String> PUBLISH_OUTCOMES = List.of(PUBLISHED, POSTPONED, REFUSED);

  /** Where a release stands in the register ({@code release_register.status}). */
  public static final String OPEN = "open";
  public static final String RELEASED = "released";
  public static final String ROLLED_BACK = "rolled-back";
  public static final String REJECTED = "rejected";
  public static final String WITHDRAWN = "withdrawn";
  /** The bureau refused to publish it (B-2.4.4.1(7)). */
  public static final String NOT_PUBLISHED = "not-published";

  private ReleaseProcess() {
  }

  /** The variables the step adapters write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> PLAN_AUTHOR = Variable.string(Var.PLAN_AUTHOR);
    static final Variable<Date> WINDOW_STARTS_AT = Variable.date(Var.WINDOW_STARTS_AT);

    private Typed() {
    }
  }

  public static final class Var {
    public static final String TICKET_NUMBER = com.opsflow.ticket.TicketVariables.TICKET_NUMBER;
    public static final String SYSTEM = "system";
    public static final String KIND = "releaseKind";
    public static final String VERSION = "releaseVersion";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String AFFECTED_OFFICES = "affectedOffices";
    public static final String ANNOUNCE_TO = "announceTo";
    public static final String PROBLEM_NUMBERS = "problemNumbers";
    public static final String IMPACT_LEVEL = "impactLevel";
    public static final String IMPACT_ANALYSIS = "impactAnalysis";
    public static final String RELEASE_PLAN = "releasePlan";
    public static final String ROLLBACK_PLAN = "rollbackPlan";
    public static final String WINDOW_START = "upgradeWindowStart";
    public static final String WINDOW_END = "upgradeWindowEnd";
    /** The window start as a Date, for the timer. */
    public static final String WINDOW_STARTS_AT = "upgradeWindowStartsAt";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_NOTE = "reviewNote";
    public static final String PLAN_AUTHOR = "releaseAuthor";
    public static final String TEST_RESULT = "testResult";
    public static final String TEST_NOTE = "testNote";
    public static final String UPGRADE_RESULT = "upgradeResult";
    public static final String UPGRADE_NOTE = "upgradeNote";
    public static final String VERIFY_RESULT = "verifyResult";
    public static final String VERIFY_NOTE = "verifyNote";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    /** How the bureau published the patch (统一发布, B-2.4.4.1(7)). */
    public static final String PUBLISH_NOTE = "publishNote";
    /** {@code published} | {@code postponed} | {@code refused} ({@link ReleaseProcess#PUBLISH_OUTCOMES}). */
    public static final String PUBLISH_OUTCOME = "publishOutcome";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ReleaseReceived";
    public static final String REGISTER = "ServiceTask_RegisterRelease";
    public static final String PLAN_JOIN = "Gateway_PlanJoin";
    public static final String REVIEW = "Task_ReviewRelease";
    public static final String REVIEWED = "Gateway_ReviewOutcome";
    public static final String WITHDRAW = "ServiceTask_RecordWithdrawn";
    public static final String WITHDRAWN = "EndEvent_ReleaseWithdrawn";
    public static final String TEST = "Task_TestRelease";
    public static final String TESTED = "Gateway_TestPassed";
    public static final String DECIDE_APPROVAL = "BusinessRuleTask_ReleaseApproval";
    public static final String APPROVE = "CallActivity_ApproveRelease";
    public static final String APPROVED = "Gateway_ReleaseApproved";
    public static final String RECORD_REJECTED = "ServiceTask_RecordRejected";
    public static final String NOTIFY_REJECTED = "ServiceTask_NotifyRejected";
    public static final String REJECTED = "EndEvent_ReleaseRejected";
    /** B-2.4.4.1(7) "由广西国税统一发布": bureau-it publishes every release, whatever the approval route. */
    public static final String PUBLISH = "Task_PublishRelease";
    public static final String PUBLISHED = "Gateway_PublishOutcome";
    public static final String RECORD_NOT_PUBLISHED = "ServiceTask_RecordNotPublished";
    public static final String NOTIFY_NOT_PUBLISHED = "ServiceTask_NotifyNotPublished";
    public static final String NOT_PUBLISHED = "EndEvent_ReleaseNotPublished";
    public static final String ANNOUNCE = "ServiceTask_AnnounceRelease";
    public static final String WINDOW = "Timer_UpgradeWindow";
    public static final String UPGRADE = "Task_UpgradeProduction";
    public static final String UPGRADED = "Gateway_UpgradeDone";
    public static final String VERIFY = "Task_VerifyRelease";
    public static final String VERIFIED = "Gateway_ReleaseVerified";
    public static final String ROLLBACK_JOIN = "Gateway_RollbackJoin";
    public static final String ROLL_BACK = "Task_RollBackRelease";
    public static final String RECORD_ROLLED_BACK = "ServiceTask_RecordRolledBack";
    public static final String NOTIFY_ROLLED_BACK = "ServiceTask_NotifyRolledBack";
    public static final String RECORD_RELEASED = "ServiceTask_RecordReleased";
    public static final String NOTIFY_PROBLEMS = "ServiceTask_NotifyLinkedProblems";
    public static final String REPORT_JOIN = "Gateway_ReportJoin";
    public static final String REPORT = "ServiceTask_IssueReleaseReport";
    public static final String NEW_VERSION_LIVE = "Gateway_NewVersionLive";
    /** B-2.3.12: a new version live in production starts a training. */
    public static final String START_TRAINING = "ServiceTask_StartTraining";
    public static final String MAIL_REPORT = "ServiceTask_MailReleaseReport";
    public static final String CLOSE = "ServiceTask_CloseRelease";
    public static final String CLOSED = "EndEvent_ReleaseClosed";

    private Element() {
    }
  }
}
