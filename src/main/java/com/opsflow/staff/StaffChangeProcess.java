package com.opsflow.staff;

import com.opsflow.engine.Variable;
import java.util.Date;
import java.util.List;

/**
 * Ids of {@code processes/staff-change.bpmn} 驻场人员变更 (A-4.3, B-2.4.3(8)(9), C 运维人员要求 5): no resident engineer
 * leaves or is replaced without the bureau's consent, one month's notice, hand-over of open tasks and documents,
 * the contract's minimum staffing checked. Process key {@code staff-change} is new (not in SPEC §3).
 */
final class StaffChangeProcess {

  public static final String KEY = "staff-change";
  public static final String PREFIX = "SC";
  public static final String DECISION = "staff-minimum";
  public static final List<String> CONTRACTS = List.of("tips", "oa", "invoice");
  /** The invoice contract's named roles (C: 数据技术支持、系统运行保障、日常应用保障, one engineer each). */
  public static final List<String> INVOICE_ROLES = List.of("data-support", "operations", "application-support");
  public static final List<String> CONSENT = List.of("approve", "reject");
  /** Item of SPEC §5 an unapproved replacement becomes. */
  public static final String ITEM = "unauthorized-replacement";

  private StaffChangeProcess() {
  }

  public static final class Var {
    public static final String CONTRACT = "contract";
    public static final String LEAVING = "leavingEngineer";
    public static final String REPLACEMENT = "replacementEngineer";
    public static final String ROLE = "engineerRole";
    public static final String LAST_DAY = "lastDay";
    public static final String REASON = "reason";
    public static final String ALREADY_REPLACED = "alreadyReplaced";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String MINIMUM = "minimumEngineers";
    public static final String NOTICE_MONTHS = "noticeMonths";
    public static final String NOTICE_SHORT = "noticeShort";
    public static final String STAFFING_AFTER = "staffingAfter";
    public static final String STAFFING_BREACH = "staffingBreach";
    public static final String STAFFING_NOTE = "staffingNote";
    public static final String LAST_DAY_AT = "lastDayAt";
    public static final String CONSENT = "consent";
    public static final String CONSENT_COMMENT = "consentComment";
    public static final String HANDOVER_DOCUMENTS = "handoverDocuments";
    public static final String HANDED_OVER = "handedOverTasks";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> LEAVING = Variable.string(Var.LEAVING);
    static final Variable<String> REPLACEMENT = Variable.string(Var.REPLACEMENT);
    static final Variable<String> REQUESTED_BY = Variable.string(Var.REQUESTED_BY);
    static final Variable<Integer> STAFFING_AFTER = Variable.integer(Var.STAFFING_AFTER);
    static final Variable<Boolean> STAFFING_BREACH = Variable.bool(Var.STAFFING_BREACH);
    static final Variable<Boolean> NOTICE_SHORT = Variable.bool(Var.NOTICE_SHORT);
    static final Variable<String> STAFFING_NOTE = Variable.string(Var.STAFFING_NOTE);
    static final Variable<Date> LAST_DAY_AT = Variable.date(Var.LAST_DAY_AT);
    static final Variable<String> CONSENT = Variable.string(Var.CONSENT);
    static final Variable<String> CONSENT_COMMENT = Variable.string(Var.CONSENT_COMMENT);
    static final Variable<String> HANDOVER_DOCUMENTS = Variable.string(Var.HANDOVER_DOCUMENTS);
    static final Variable<String> HANDED_OVER = Variable.string(Var.HANDED_OVER);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_ChangeRequested";
    public static final String RULES = "BusinessRuleTask_StaffRules";
    public static final String CHECK = "ServiceTask_CheckStaffing";
    public static final String FLAG_BREACH = "ServiceTask_FlagBreach";
    public static final String CONSENT = "Task_Consent";
    public static final String NOTIFY_REJECTED = "ServiceTask_NotifyRejected";
    public static final String REJECTED = "EndEvent_Rejected";
    public static final String HAND_OVER = "Task_HandOver";
    public static final String HAND_OVER_DUE = "Timer_HandOverDue";
    public static final String REMIND_HAND_OVER = "ServiceTask_RemindHandOver";
    public static final String TAKE_OVER = "ServiceTask_TakeOverTasks";
    public static final String COMPLETED = "EndEvent_Completed";

    private Element() {
    }
  }
}
