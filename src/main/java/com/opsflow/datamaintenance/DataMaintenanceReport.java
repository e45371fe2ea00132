package com.opsflow.datamaintenance;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceRegister.Plan;
import com.opsflow.datamaintenance.DataMaintenanceRegister.Request;
import com.opsflow.document.TicketDocuments;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
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
 * The processing report of a data-maintenance ticket (数据维护处理报告, B-2.3.3(6)): written from the register
 * (every plan version with its review, test, production run, mismatch review and rollback) as a DOCX kept
 * with the ticket.
 */
@Service
public class DataMaintenanceReport {

  public static final String FILE_SUFFIX = "-数据维护处理报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Map<String, String> SYSTEMS = Map.of("tips", "财税库银横向联网缴税系统", "oa", "税务综合办公信息系统",
      "invoice", "发票系统");
  private static final Map<String, String> OUTCOMES = Map.of(ApprovalProcess.APPROVED, "批准",
      ApprovalProcess.SENT_BACK, "退回修改", ApprovalProcess.REJECTED, "不批准");

  private final TicketService tickets;
  private final DataMaintenanceRegister register;
  private final TicketDocuments documents;
  private final TicketTime time;

  DataMaintenanceReport(TicketService tickets, DataMaintenanceRegister register, TicketDocuments documents,
      TicketTime time) {
    this.tickets = tickets;
    this.register = register;
    this.documents = documents;
    this.time = time;
  }

  /** Writes the report from the register and keeps it with the ticket. */
  public byte[] issue(String number, String actor) {
    Ticket ticket = tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
    Request request = register.find(number).orElseThrow(() -> new IllegalStateException("No data maintenance " + number));
    byte[] docx = write(ticket, request, register.plans(number), tickets.events(number));
    documents.store(number, DataMaintenanceProcess.REPORT_KIND, number + FILE_SUFFIX, TicketDocuments.DOCX, docx, actor);
    tickets.event(number, "report-issued", actor, number + FILE_SUFFIX);
    return docx;
  }

  byte[] write(Ticket ticket, Request request, List<Plan> plans, List<TicketEventRecord> events) {
    Plan last = plans.isEmpty() ? null : plans.get(plans.size() - 1);
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, "数据维护处理报告", true, 18);
      XWPFTable facts = doc.createTable(7, 2);
      row(facts, 0, "工单号", ticket.ticketNumber());
      row(facts, 1, "系统", SYSTEMS.getOrDefault(ticket.system(), ticket.system()));
      row(facts, 2, "关联事件单", value(request.incidentNumber()));
      row(facts, 3, "用户", value(ticket.reporter()));
      row(facts, 4, "受理时间", time(ticket.createdAt()));
      row(facts, 5, "报告时间", TIME.format(time.localNow()));
      row(facts, 6, "生产数据类别", DataMaintenanceProcess.DATA_CATEGORY_NAMES.getOrDefault(
          value(request.dataCategory()), value(request.dataCategory())));

      heading(doc, "一、维护原因与沟通确认");
      text(doc, ticket.summary());
      text(doc, ticket.description());
      text(doc, "沟通确认（" + value(request.communicatedBy()) + "）：" + value(request.communicationNote()));

      heading(doc, "二、数据分析");
      text(doc, "分析人：" + value(request.analysedBy()));
      text(doc, value(request.analysisNote()));

      heading(doc, "三、维护方案");
      if (last != null) {
        text(doc, "实施方案：第 " + last.version() + " 版，编写人 " + last.author() + "，" + time(last.writtenAt()));
        text(doc, "维护语句或步骤：");
        lines(doc, last.planSteps());
        text(doc, "预计影响记录数：" + last.expectedRecords());
        text(doc, "数据前镜像：" + last.beforeImage());
        text(doc, "回退步骤：");
        lines(doc, last.rollbackSteps());
      }

      heading(doc, "四、方案审核、测试与实施");
      XWPFTable history = doc.createTable(plans.size() + 1, 5);
      String[] head = {"版本", "方案审核", "测试环境", "生产环境实施", "差异复核与回退"};
      for (int i = 0; i < head.length; i++) {
        history.getRow(0).getCell(i).setText(head[i]);
      }
      for (int i = 0; i < plans.size(); i++) {
        Plan p = plans.get(i);
        var r = history.getRow(i + 1);
        r.getCell(0).setText("第 " + p.version() + " 版（" + p.author() + "）预计 " + p.expectedRecords() + " 条");
        r.getCell(1).setText(p.approvalOutcome() == null ? "—" : OUTCOMES.getOrDefault(p.approvalOutcome(), p.approvalOutcome())
            + (ApprovalProcess.APPROVED.equals(p.approvalOutcome()) ? "（" + value(p.approvedBy()) + "）" : "：" + value(p.approvalReason()))
            + " " + time(p.reviewedAt()));
        r.getCell(2).setText(p.testOutcome() == null ? "—" : (DataMaintenanceProcess.TEST_PASSED.equals(p.testOutcome())
            ? "通过" : "未通过") + "，影响 " + p.testRecords() + " 条；" + value(p.testResult()) + "（" + value(p.testedBy())
            + " " + time(p.testedAt()) + "）");
        r.getCell(3).setText(p.actualRecords() == null ? "—" : "实际影响 " + p.actualRecords() + " 条"
            + (p.actualRecords() == p.expectedRecords() ? "，与预计一致" : "，与预计不一致") + "；" + value(p.executionNote())
            + "（" + value(p.executedBy()) + " " + time(p.executedAt()) + "）");
        r.getCell(4).setText(p.mismatchDecision() == null ? "—"
            : (DataMaintenanceProcess.ROLL_BACK.equals(p.mismatchDecision()) ? "回退" : "接受差异") + "：" + value(p.mismatchReason())
                + "（" + value(p.mismatchDecidedBy()) + "）" + (p.rolledBackAt() == null ? ""
                : "；已按前镜像恢复 " + p.restoredRecords() + " 条：" + value(p.rollbackNote()) + "（" + value(p.rolledBackBy())
                    + " " + time(p.rolledBackAt()) + "）"));
      }

      heading(doc, "五、用户确认");
      text(doc, (Boolean.TRUE.equals(request.userSatisfied()) ? "用户确认实施无问题" : "用户未确认") + "（回访人 "
          + value(request.confirmedBy()) + "，" + time(request.confirmedAt()) + "）：" + value(request.confirmationNote()));

      heading(doc, "附：处理过程记录");
      for (TicketEventRecord e : events) {
        text(doc, time(e.occurredAt()) + "  " + e.eventType() + (e.detail() == null ? "" : "：" + e.detail())
            + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the processing report of " + ticket.ticketNumber(), e);
    }
  }

  private static String time(LocalDateTime t) {
    return t == null ? "—" : TIME.format(t);
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

  private static void lines(XWPFDocument doc, String text) {
    for (String line : value(text).split("\\R")) {
      text(doc, line);
    }
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
