package com.opsflow.report;

import com.opsflow.engine.Variable;
import java.util.Date;

/** Ids of {@code processes/report-delivery.bpmn} and its variables (SPEC §6 report-delivery). */
public final class ReportDeliveryProcess {

  public static final String KEY = "report-delivery";
  public static final String PREFIX = "RPT";
  /** Starts the delivery of one report (message start; the period-end dispatch correlates it). */
  public static final String MESSAGE = "report-delivery-due";
  /** Kind of the DOCX kept with the ticket and mailed. */
  public static final String DOCUMENT_KIND = "period-report";
  /** Kind of the XLSX kept with the ticket. */
  public static final String SHEET_KIND = "period-report-sheet";
  public static final String APPROVE = "approve";
  public static final String SEND_BACK = "send-back";

  private ReportDeliveryProcess() {
  }

  public static final class Var {
    public static final String SYSTEM = "system";
    public static final String REPORT_KIND = "reportKind";
    public static final String PERIOD = "period";
    public static final String DUE_AT = "reportDueAt";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String SEND_BACK_REASON = "sendBackReason";
    public static final String CORRECTION_NOTE = "correctionNote";
    public static final String LATE = "reportLate";

    private Var() {
    }
  }

  /** The variables the step adapters read and write, typed (issue 11); names from {@link Var}. */
  static final class Typed {
    static final Variable<String> SYSTEM = Variable.string(Var.SYSTEM);
    static final Variable<String> REPORT_KIND = Variable.string(Var.REPORT_KIND);
    static final Variable<String> PERIOD = Variable.string(Var.PERIOD);
    static final Variable<Date> DUE_AT = Variable.date(Var.DUE_AT);
    static final Variable<String> SEND_BACK_REASON = Variable.string(Var.SEND_BACK_REASON);
    static final Variable<Boolean> LATE = Variable.bool(Var.LATE);

    private Typed() {
    }
  }

  public static final class Element {
    public static final String TIMER_PERIOD_END = "StartEvent_PeriodEnd";
    public static final String MESSAGE_START = "StartEvent_ReportDue";
    public static final String GENERATE = "ServiceTask_GenerateReport";
    public static final String REVIEW = "Task_ReviewReport";
    public static final String CORRECT = "Task_CorrectRecords";
    public static final String MAIL = "ServiceTask_MailReport";
    public static final String DELIVERED = "EndEvent_ReportDelivered";
    public static final String DISPATCHED = "EndEvent_DueReportsStarted";

    private Element() {
    }
  }
}
