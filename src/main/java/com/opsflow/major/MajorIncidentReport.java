package com.opsflow.major;

import com.opsflow.text.Labels;
import static com.opsflow.document.DocxWriter.field;
import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The incident analysis report of a major incident (突发事件分析报告), written from what the tasks recorded
 * in the seed's four parts — 现象描述, 问题分析, 解决方案, 建议 — as a DOCX kept with the ticket.
 */
@Service
public class MajorIncidentReport {

  public static final String FILE_SUFFIX = "-突发事件分析报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> DUTIES = Map.of("notify", "5 分钟内通知指定联系人",
      "second-line-response", "二线 30 分钟内响应", "onsite-restore", "到达现场后限时恢复", "first-report", "24 小时内提交首次事故报告");

  private final TicketService tickets;
  private final TicketReports reports;
  private final TicketTime time;

  MajorIncidentReport(TicketService tickets, TicketReports reports, TicketTime time) {
    this.tickets = tickets;
    this.reports = reports;
    this.time = time;
  }

  /** Writes the report from the recorded facts and keeps it with the ticket. */
  public byte[] issue(String ticketNumber, Map<String, Object> recorded, String actor) {
    Ticket ticket = tickets.find(ticketNumber).orElseThrow(() -> new IllegalStateException("No ticket " + ticketNumber));
    List<TicketEventRecord> events = tickets.events(ticketNumber);
    return reports.keep(ticketNumber, MajorIncidentProcess.REPORT_KIND, FILE_SUFFIX, write(ticket, events, recorded), actor);
  }

  byte[] write(Ticket ticket, List<TicketEventRecord> events, Map<String, Object> recorded) {
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("突发事件分析报告");
      doc.fields(
          field("工单号", ticket.ticketNumber()),
          field("系统", SupportedSystems.name(ticket.system())),
          field("发生时间", ticket.createdAt() == null ? "" : TIME.format(ticket.createdAt())),
          field("报告时间", TIME.format(time.localNow())),
          field("优先级", ticket.priority()),
          field("报告人", ticket.reporter()));

      doc.heading("一、现象描述");
      doc.text(ticket.summary());
      doc.text(ticket.description());
      doc.text("影响范围：" + value(ticket.impact()));
      doc.text("沟通确认：" + value(recorded.get(Var.RESPONSE_NOTE)));

      doc.heading("二、问题分析");
      doc.text(value(recorded.get(Var.ROOT_CAUSE)));

      doc.heading("三、解决方案");
      doc.text("恢复措施：" + value(recorded.get(Var.RESTORE_NOTE)));
      doc.text("解决方案：" + value(recorded.get(Var.SOLUTION)));
      doc.text("跟踪监控：" + value(recorded.get(Var.MONITORING_NOTE)));

      doc.heading("四、建议");
      doc.text(value(recorded.get(Var.RECOMMENDATION)));

      doc.heading("附：处置过程记录");
      for (TicketEventRecord e : events) {
        String duty = "major-duty-missed".equals(e.eventType()) ? "未按时完成：" + DUTIES.getOrDefault(e.detail(), e.detail())
            : Labels.event(e.eventType()) + (e.detail() == null ? "" : "：" + e.detail());
        doc.text(TIME.format(e.occurredAt()) + "  " + duty + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      return doc.bytes();
    }
  }

  private static String value(Object v) {
    return v == null || v.toString().isBlank() ? "—" : v.toString();
  }
}
