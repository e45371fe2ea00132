package com.opsflow.archive;

import java.util.List;

/**
 * Ids of {@code processes/archive-loan.bpmn}, borrowing an archived document (B-2.4.6.3(6)(7): 填写《档案借阅单》，经文档
 * 综合管理岗进行借阅，并按时归还；未按时归还或归还有损档案的情况，报应用系统负责人), and its variables.
 */
final class ArchiveLoanProcess {

  public static final String KEY = "archive-loan";
  public static final String PREFIX = "ARL";
  public static final String TICKET_TYPE = "archive-loan";
  public static final List<String> DECISIONS = List.of("issued", "refused");
  public static final List<String> CONDITIONS = List.of("intact", "damaged");
  public static final String OVERDUE_TEMPLATE = "archive-loan-overdue";
  public static final String UNRETURNED_TEMPLATE = "archive-loan-unreturned";
  public static final String DAMAGED_TEMPLATE = "archive-loan-damaged";

  private ArchiveLoanProcess() {
  }

  public static final class Var {
    public static final String DOCUMENT = "documentId";
    public static final String BORROWER = "borrower";
    public static final String PURPOSE = "purpose";
    public static final String DUE_DATE = "loanDueDate";
    public static final String DUE_AT = "loanDueAt";
    public static final String REPORT_AT = "loanReportAt";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String DECISION = "loanDecision";
    public static final String DECISION_NOTE = "loanDecisionNote";
    public static final String ISSUED = "loanIssued";
    public static final String CONDITION = "returnCondition";
    public static final String RETURN_NOTE = "returnNote";
    public static final String DAMAGED = "returnedDamaged";
    public static final String NOTE = "loanNote";

    private Var() {
    }
  }

  public static final class Element {
    public static final String START = "StartEvent_LoanRequested";
    public static final String REGISTER = "ServiceTask_RegisterLoan";
    public static final String APPROVE = "Task_ApproveLoan";
    public static final String ISSUED = "Gateway_LoanIssued";
    public static final String REFUSED = "EndEvent_LoanRefused";
    public static final String RETURN = "Task_RecordReturn";
    public static final String DUE = "Timer_LoanDue";
    public static final String RECORD_OVERDUE = "ServiceTask_RecordOverdue";
    public static final String REMIND = "ServiceTask_RemindBorrower";
    public static final String REPORT_TIMER = "Timer_ReportUnreturned";
    public static final String RECORD_REPORT = "ServiceTask_RecordUnreturned";
    public static final String REPORT = "ServiceTask_ReportUnreturned";
    public static final String REPORTED = "EndEvent_UnreturnedReported";
    public static final String RECORD_RETURN = "ServiceTask_RecordReturn";
    public static final String DAMAGED = "Gateway_Damaged";
    public static final String REPORT_DAMAGE = "ServiceTask_ReportDamage";
    public static final String RETURNED = "EndEvent_LoanReturned";

    private Element() {
    }
  }
}
