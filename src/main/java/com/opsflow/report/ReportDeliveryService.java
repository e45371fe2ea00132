package com.opsflow.report;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.document.TicketDocuments;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The use cases of 报告按期交付 on plain values: which reports are due, making a report from the records, the send-back
 * and the delivery with its late flag (the report-late evidence), each with its ticket history.
 */
@Service
class ReportDeliveryService {

  private final ReportDeliverySettings settings;
  private final ReportDeliveryRegister register;
  private final Reports reports;
  private final TicketService tickets;
  private final TicketDocuments documents;
  private final BusinessCalendarService calendar;
  private final TicketTime time;

  ReportDeliveryService(ReportDeliverySettings settings, ReportDeliveryRegister register, Reports reports,
      TicketService tickets, TicketDocuments documents, BusinessCalendarService calendar, TicketTime time) {
    this.settings = settings;
    this.register = register;
    this.reports = reports;
    this.tickets = tickets;
    this.documents = documents;
    this.calendar = calendar;
    this.time = time;
  }

  /** On a month's last working day: the reports due today whose delivery has not started yet. */
  List<DeliverySchedule.Due> dueToday() {
    return settings.schedule().dueOn(time.today(), calendar::isWorkingDay).stream()
        .filter(due -> !register.exists(due.system(), due.kind().code(), due.period().code())).toList();
  }

  /**
   * Makes the report (DOCX and XLSX) from the records and keeps both with the ticket; the first time opens the ticket
   * and the delivery and gives the due time.
   */
  Optional<Date> generate(String number, String processInstanceId, String system, String reportKind, String period) {
    ReportKind kind = ReportKind.of(reportKind);
    ReportPeriod reportPeriod = ReportPeriod.parse(period);
    Optional<Date> opened = Optional.empty();
    if (register.find(number).isEmpty()) {
      LocalDateTime due = settings.schedule().deadline(reportPeriod, calendar::isWorkingDay);
      tickets.register(new NewTicket(number, ReportDeliveryProcess.KEY, processInstanceId, system, null,
          null, null, SupportedSystems.name(system) + kind.title(reportPeriod) + "（" + reportPeriod.label() + "）",
          "按期生成、经项目经理审核后发送应用系统负责人", null, null, false, null));
      register.open(number, system, kind, reportPeriod, due);
      opened = Optional.of(Date.from(due.atZone(time.zone()).toInstant()));
    }
    Reports.Rendered docx = reports.render(kind, system, reportPeriod, ReportFormat.DOCX);
    Reports.Rendered xlsx = reports.render(kind, system, reportPeriod, ReportFormat.XLSX);
    documents.store(number, ReportDeliveryProcess.DOCUMENT_KIND, docx.title() + ".docx", TicketDocuments.DOCX,
        docx.bytes(), null);
    documents.store(number, ReportDeliveryProcess.SHEET_KIND, xlsx.title() + ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.bytes(), null);
    register.generated(number);
    tickets.event(number, ReportDeliveryEvent.GENERATED, null, docx.title());
    return opened;
  }

  /** The project manager sent the report back: the reason is required and kept. */
  void sendBack(String number, String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("字段 sendBackReason（退回原因）必填 / field 'sendBackReason' is required");
    }
    register.sentBack(number, reason.strip());
    tickets.event(number, ReportDeliveryEvent.SENT_BACK, actor, reason.strip());
  }

  /** Approved: the report goes out now and the ticket closes; true when that is after its due time (late). */
  boolean deliver(String number, String actor) {
    ReportDeliveryRegister.Delivery delivery = register.find(number)
        .orElseThrow(() -> new IllegalStateException("No report delivery " + number));
    LocalDateTime now = time.localNow();
    boolean late = now.isAfter(delivery.dueAt());
    register.delivered(number, actor, now, late);
    if (late) {
      tickets.event(number, ReportDeliveryEvent.LATE, null, "应于 " + delivery.dueAt() + " 前提交，实际 " + now);
    }
    tickets.event(number, ReportDeliveryEvent.DELIVERED, actor, null);
    tickets.recordClosure(number, false, "报告已审核并发送", actor);
    return late;
  }

  /** The note of the delivery mail. */
  static String note(String number, String period) {
    return "报告期间：" + period + "。Excel 表格与报告一并保存在工单 " + number
        + " 中（/api/tickets/" + number + "/documents）。";
  }
}
