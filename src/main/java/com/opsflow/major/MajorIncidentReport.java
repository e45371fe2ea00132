package com.opsflow.major;

import static com.opsflow.major.MajorIncidentProcess.Var;

import com.opsflow.document.TicketDocuments;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Service;

/**
 * The incident analysis report of a major incident (突发事件分析报告), written from what the tasks recorded
 * in the seed's four parts — 现象描述, 问题分析, 解决方案, 建议 — as a DOCX kept with the ticket.
 */
@Service
public class MajorIncidentReport {

  public static final String FILE_SUFFIX = "-突发事件分析报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> SYSTEMS = Map.of("tips", "财税库银横向联网缴税系统", "oa", "税务综合办公信息系统",
      "invoice", "发票系统");
  private static final Map<String, String> DUTIES = Map.of("notify", "5 分钟内通知指定联系人",
      "second-line-response", "二线 30 分钟内响应", "onsite-restore", "到达现场后限时恢复", "first-report", "24 小时内提交首次事故报告");

  private final TicketService tickets;
  private final TicketDocuments documents;
  private final TicketTime time;

  MajorIncidentReport(TicketService tickets, TicketDocuments documents, TicketTime time) {
    this.tickets = tickets;
    this.documents = documents;
    this.time = time;
  }

  /** Writes the report from the recorded facts and keeps it with the ticket. */
  public byte[] issue(String ticketNumber, Map<String, Object> recorded, String actor) {
    Ticket ticket = tickets.find(ticketNumber).orElseThrow(() -> new IllegalStateException("No ticket " + ticketNumber));
    List<TicketEventRecord> events = tickets.events(ticketNumber);
    byte[] docx = write(ticket, events, recorded);
    documents.store(ticketNumber, MajorIncidentProcess.REPORT_KIND, ticketNumber + FILE_SUFFIX, TicketDocuments.DOCX,
        docx, actor);
    tickets.event(ticketNumber, "report-issued", actor, ticketNumber + FILE_SUFFIX);
    return docx;
  }

  byte[] write(Ticket ticket, List<TicketEventRecord> events, Map<String, Object> recorded) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, "突发事件分析报告", true, 18);
      XWPFTable facts = doc.createTable(6, 2);
      row(facts, 0, "工单号", ticket.ticketNumber());
      row(facts, 1, "系统", SYSTEMS.getOrDefault(ticket.system(), ticket.system()));
      row(facts, 2, "发生时间", ticket.createdAt() == null ? "" : TIME.format(ticket.createdAt()));
      row(facts, 3, "报告时间", TIME.format(time.localNow()));
      row(facts, 4, "优先级", ticket.priority() == null ? "" : ticket.priority());
      row(facts, 5, "报告人", ticket.reporter() == null ? "" : ticket.reporter());

      heading(doc, "一、现象描述");
      text(doc, ticket.summary());
      text(doc, ticket.description());
      text(doc, "影响范围：" + value(ticket.impact()));
      text(doc, "沟通确认：" + value(recorded.get(Var.RESPONSE_NOTE)));

      heading(doc, "二、问题分析");
      text(doc, value(recorded.get(Var.ROOT_CAUSE)));

      heading(doc, "三、解决方案");
      text(doc, "恢复措施：" + value(recorded.get(Var.RESTORE_NOTE)));
      text(doc, "解决方案：" + value(recorded.get(Var.SOLUTION)));
      text(doc, "跟踪监控：" + value(recorded.get(Var.MONITORING_NOTE)));

      heading(doc, "四、建议");
      text(doc, value(recorded.get(Var.RECOMMENDATION)));

      heading(doc, "附：处置过程记录");
      for (TicketEventRecord e : events) {
        String duty = "major-duty-missed".equals(e.eventType()) ? "未按时完成：" + DUTIES.getOrDefault(e.detail(), e.detail())
            : e.eventType() + (e.detail() == null ? "" : "：" + e.detail());
        text(doc, TIME.format(e.occurredAt()) + "  " + duty + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the analysis report of " + ticket.ticketNumber(), e);
    }
  }

  private static String value(Object v) {
    return v == null || v.toString().isBlank() ? "—" : v.toString();
  }

  private static void row(XWPFTable table, int row, String label, String value) {
    table.getRow(row).getCell(0).setText(label);
    table.getRow(row).getCell(1).setText(value);
  }

  private static void heading(XWPFDocument doc, String text) {
    run(doc.createParagraph(), text, true, 14);
  }

  private static void text(XWPFDocument doc, String text) {
    if (text != null && !text.isBlank()) {
      run(doc.createParagraph(), text, false, 11);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("宋体");
  }
}
