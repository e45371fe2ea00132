package com.opsflow.report;

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
  /** Ticket events of a delivery. */
  public static final String EVENT_GENERATED = "report-generated";
  public static final String EVENT_SENT_BACK = "report-sent-back";
  public static final String EVENT_DELIVERED = "report-delivered";
  public static final String EVENT_LATE = "report-late";

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
