package com.opsflow.datamaintenance;

import com.opsflow.text.Labels;
import static com.opsflow.document.DocxWriter.field;

import com.opsflow.approval.ApprovalProcess;
import com.opsflow.datamaintenance.DataMaintenanceRegister.Plan;
import com.opsflow.datamaintenance.DataMaintenanceRegister.Request;
import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final Map<String, String> OUTCOMES = Map.of(ApprovalProcess.APPROVED, "批准",
      ApprovalProcess.SENT_BACK, "退回修改", ApprovalProcess.REJECTED, "不批准");

  private final TicketService tickets;
  private final DataMaintenanceRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  DataMaintenanceReport(TicketService tickets, DataMaintenanceRegister register, TicketReports reports,
      TicketTime time) {
    this.tickets = tickets;
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  /** Writes the report from the register and keeps it with the ticket. */
  public byte[] issue(String number, String actor) {
    Ticket ticket = tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
    Request request = register.find(number).orElseThrow(() -> new IllegalStateException("No data maintenance " + number));
    byte[] docx = write(ticket, request, register.plans(number), tickets.events(number));
    return reports.keep(number, DataMaintenanceProcess.REPORT_KIND, FILE_SUFFIX, docx, actor);
  }

  byte[] write(Ticket ticket, Request request, List<Plan> plans, List<TicketEventRecord> events) {
    Plan last = plans.isEmpty() ? null : plans.get(plans.size() - 1);
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("数据维护处理报告").fields(
          field("工单号", ticket.ticketNumber()),
          field("系统", SupportedSystems.name(ticket.system())),
          field("关联事件单", value(request.incidentNumber())),
          field("用户", value(ticket.reporter())),
          field("受理时间", time(ticket.createdAt())),
          field("报告时间", TIME.format(time.localNow())),
          field("生产数据类别", DataMaintenanceProcess.DATA_CATEGORY_NAMES.getOrDefault(
              value(request.dataCategory()), value(request.dataCategory()))));

      doc.heading("一、维护原因与沟通确认").text(ticket.summary()).text(ticket.description())
          .text("沟通确认（" + value(request.communicatedBy()) + "）：" + value(request.communicationNote()));

      doc.heading("二、数据分析").text("分析人：" + value(request.analysedBy())).text(value(request.analysisNote()));

      doc.heading("三、维护方案");
      if (last != null) {
        doc.text("实施方案：第 " + last.version() + " 版，编写人 " + last.author() + "，" + time(last.writtenAt()))
            .text("维护语句或步骤：").text(value(last.planSteps()))
            .text("预计影响记录数：" + last.expectedRecords())
            .text("数据前镜像：" + last.beforeImage())
            .text("回退步骤：").text(value(last.rollbackSteps()));
      }

      doc.heading("四、方案审核、测试与实施");
      List<List<String>> rows = new ArrayList<>();
      for (Plan p : plans) {
        rows.add(List.of(
            "第 " + p.version() + " 版（" + p.author() + "）预计 " + p.expectedRecords() + " 条",
            p.approvalOutcome() == null ? "—" : OUTCOMES.getOrDefault(p.approvalOutcome(), p.approvalOutcome())
                + (ApprovalProcess.APPROVED.equals(p.approvalOutcome()) ? "（" + value(p.approvedBy()) + "）"
                    : "：" + value(p.approvalReason()))
                + " " + time(p.reviewedAt()),
            p.testOutcome() == null ? "—" : (DataMaintenanceProcess.TEST_PASSED.equals(p.testOutcome()) ? "通过" : "未通过")
                + "，影响 " + p.testRecords() + " 条；" + value(p.testResult()) + "（" + value(p.testedBy()) + " "
                + time(p.testedAt()) + "）",
            p.actualRecords() == null ? "—" : "实际影响 " + p.actualRecords() + " 条"
                + (p.actualRecords() == p.expectedRecords() ? "，与预计一致" : "，与预计不一致") + "；"
                + value(p.executionNote()) + "（" + value(p.executedBy()) + " " + time(p.executedAt()) + "）",
            p.mismatchDecision() == null ? "—"
                : (DataMaintenanceProcess.ROLL_BACK.equals(p.mismatchDecision()) ? "回退" : "接受差异") + "："
                    + value(p.mismatchReason()) + "（" + value(p.mismatchDecidedBy()) + "）"
                    + (p.rolledBackAt() == null ? "" : "；已按前镜像恢复 " + p.restoredRecords() + " 条："
                        + value(p.rollbackNote()) + "（" + value(p.rolledBackBy()) + " " + time(p.rolledBackAt()) + "）")));
      }
      doc.table(List.of("版本", "方案审核", "测试环境", "生产环境实施", "差异复核与回退"), rows);

      doc.heading("五、用户确认").text((Boolean.TRUE.equals(request.userSatisfied()) ? "用户确认实施无问题" : "用户未确认")
          + "（回访人 " + value(request.confirmedBy()) + "，" + time(request.confirmedAt()) + "）："
          + value(request.confirmationNote()));

      doc.heading("附：处理过程记录");
      for (TicketEventRecord e : events) {
        doc.text(time(e.occurredAt()) + "  " + Labels.event(e.eventType()) + (e.detail() == null ? "" : "：" + e.detail())
            + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      return doc.bytes();
    }
  }

  private static String time(LocalDateTime t) {
    return t == null ? "—" : TIME.format(t);
  }

  private static String value(Object v) {
    return v == null || v.toString().isBlank() ? "—" : v.toString();
  }
}
