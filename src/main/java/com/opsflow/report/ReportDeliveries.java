package com.opsflow.report;

import com.opsflow.engine.CurrentUser;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.document.TicketDocuments;
import com.opsflow.report.ReportDeliveryProcess.Var;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code report-delivery}, called from the model as {@code ${reportDeliveries.…(execution)}}: each reads
 * the instance's variables and hands plain values to the register, {@link Reports} and the ticket register.
 */
@Component("reportDeliveries")
public class ReportDeliveries {

  private final ReportDeliverySettings settings;
  private final ReportDeliveryRegister register;
  private final Reports reports;
  private final TicketService tickets;
  private final TicketDocuments documents;
  private final BusinessCalendarService calendar;
  private final TicketTime time;

  ReportDeliveries(ReportDeliverySettings settings, ReportDeliveryRegister register, Reports reports,
      TicketService tickets, TicketDocuments documents, BusinessCalendarService calendar, TicketTime time) {
    this.settings = settings;
    this.register = register;
    this.reports = reports;
    this.tickets = tickets;
    this.documents = documents;
    this.calendar = calendar;
    this.time = time;
  }

  /** Period-end timer: on a month's last working day, one delivery per report due (none already started). */
  public void startDue(DelegateExecution execution) {
    for (DeliverySchedule.Due due : settings.schedule().dueOn(time.today(), calendar::isWorkingDay)) {
      if (register.exists(due.system(), due.kind().code(), due.period().code())) {
        continue;
      }
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(ReportDeliveryProcess.MESSAGE)
          .setVariable(Var.SYSTEM, due.system())
          .setVariable(Var.REPORT_KIND, due.kind().code())
          .setVariable(Var.PERIOD, due.period().code())
          .correlateStartMessage();
    }
  }

  /** Makes the report (DOCX and XLSX) from the records and keeps both with the ticket; the first time opens it. */
  public void generate(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(Var.SYSTEM);
    ReportKind kind = ReportKind.of((String) execution.getVariable(Var.REPORT_KIND));
    ReportPeriod period = ReportPeriod.parse((String) execution.getVariable(Var.PERIOD));
    if (register.find(number).isEmpty()) {
      LocalDateTime due = settings.schedule().deadline(period, calendar::isWorkingDay);
      tickets.register(new NewTicket(number, ReportDeliveryProcess.KEY, execution.getProcessInstanceId(), system, null,
          null, null, SupportedSystems.name(system) + kind.title(period) + "（" + period.label() + "）",
          "按期生成、经项目经理审核后发送应用系统负责人", null, null, false, null));
      register.open(number, system, kind, period, due);
      execution.setVariable(Var.DUE_AT, Date.from(due.atZone(time.zone()).toInstant()));
    }
    Reports.Rendered docx = reports.render(kind, system, period, ReportFormat.DOCX);
    Reports.Rendered xlsx = reports.render(kind, system, period, ReportFormat.XLSX);
    documents.store(number, ReportDeliveryProcess.DOCUMENT_KIND, docx.title() + ".docx", TicketDocuments.DOCX,
        docx.bytes(), null);
    documents.store(number, ReportDeliveryProcess.SHEET_KIND, xlsx.title() + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.bytes(), null);
    register.generated(number);
    tickets.event(number, ReportDeliveryProcess.EVENT_GENERATED, null, docx.title());
  }

  /** The project manager sent the report back: the reason is kept; the records are corrected and it is made again. */
  public void sendBack(DelegateExecution execution) {
    String reason = (String) execution.getVariable(Var.SEND_BACK_REASON);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("字段 sendBackReason（退回原因）必填 / field 'sendBackReason' is required");
    }
    register.sentBack(execution.getProcessBusinessKey(), reason.strip());
    tickets.event(execution.getProcessBusinessKey(), ReportDeliveryProcess.EVENT_SENT_BACK, CurrentUser.of(execution),
        reason.strip());
  }

  /** Approved: the report goes out now; after its due time it is late (report-late evidence for the period). */
  public void deliver(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    ReportDeliveryRegister.Delivery delivery = register.find(number)
        .orElseThrow(() -> new IllegalStateException("No report delivery " + number));
    LocalDateTime now = time.localNow();
    boolean late = now.isAfter(delivery.dueAt());
    register.delivered(number, CurrentUser.of(execution), now, late);
    execution.setVariable(Var.LATE, late);
    if (late) {
      tickets.event(number, ReportDeliveryProcess.EVENT_LATE, null, "应于 " + delivery.dueAt() + " 前提交，实际 " + now);
    }
    tickets.event(number, ReportDeliveryProcess.EVENT_DELIVERED, CurrentUser.of(execution), null);
    tickets.recordClosure(number, false, "报告已审核并发送", CurrentUser.of(execution));
  }

  /** The note of the delivery mail. */
  public String note(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    return "报告期间：" + execution.getVariable(Var.PERIOD) + "。Excel 表格与报告一并保存在工单 " + number
        + " 中（/api/tickets/" + number + "/documents）。";
  }

}
