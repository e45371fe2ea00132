package com.opsflow.release;

import com.opsflow.text.Labels;
import static com.opsflow.document.DocxWriter.field;
import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The patch report (补丁升级报告, B-2.5 文档管理: "对补丁升级进行记录并形成补丁升级报告"), written from the
 * register and what the tasks recorded, as a DOCX kept with the ticket.
 */
@Service
public class ReleaseReport {

  public static final String FILE_SUFFIX = "-补丁升级报告.docx";

  private final TicketService tickets;
  private final ReleaseRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  ReleaseReport(TicketService tickets, ReleaseRegister register, TicketReports reports, TicketTime time) {
    this.tickets = tickets;
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  /** Writes the report and keeps it with the ticket. */
  public byte[] issue(String number, Map<String, Object> recorded, String actor) {
    Ticket ticket = tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
    ReleaseRegister.Release release = register.find(number).orElseThrow(() -> new IllegalStateException("No release " + number));
    byte[] docx = write(ticket, release, register.problems(number), tickets.events(number), recorded);
    return reports.keep(number, ReleaseProcess.REPORT_KIND, FILE_SUFFIX, docx, actor);
  }

  byte[] write(Ticket ticket, ReleaseRegister.Release release, List<ReleaseRegister.LinkedProblem> problems,
      List<TicketEventRecord> events, Map<String, Object> recorded) {
    boolean rolledBack = ReleaseProcess.ROLLED_BACK.equals(release.status());
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("补丁升级报告");
      doc.fields(
          field("发布单号", release.releaseNumber()),
          field("系统", SupportedSystems.name(release.system())),
          field("发布类型", ReleaseService.KIND_NAMES.getOrDefault(release.kind(), release.kind())),
          field("版本号或补丁编号", release.version()),
          field("补丁或版本名称", ticket.summary()),
          field("受影响单位", value(release.affectedOffices())),
          field("升级窗口", show(release.windowStart()) + " 至 " + show(release.windowEnd())),
          field("方案编写人 / 审批人", value(release.planAuthor()) + " / " + value(release.approvedBy())),
          field("升级结果", rolledBack ? "升级失败，已回退" : "升级成功，发布检验通过"),
          field("报告时间", ReleaseService.SHOWN.format(time.localNow())));

      doc.heading("一、补丁内容");
      doc.text(ticket.description());
      doc.heading("二、影响范围");
      doc.text("影响程度：" + ReleaseService.IMPACT_NAMES.getOrDefault(release.impactLevel(), value(release.impactLevel())));
      doc.text("影响分析：" + value(recorded.get(Var.IMPACT_ANALYSIS)));
      doc.heading("三、测试情况");
      doc.text(value(recorded.get(Var.TEST_NOTE)));
      doc.heading("四、升级过程");
      doc.text("升级方案：" + value(recorded.get(Var.RELEASE_PLAN)));
      doc.text("回退方案：" + value(recorded.get(Var.ROLLBACK_PLAN)));
      doc.text("升级情况：" + value(recorded.get(Var.UPGRADE_NOTE)));
      doc.heading("五、发布检验");
      doc.text(value(recorded.get(Var.VERIFY_NOTE)));
      if (rolledBack) {
        doc.heading("六、回退情况");
        doc.text(value(recorded.get(Var.ROLLBACK_NOTE)));
      }
      doc.heading(rolledBack ? "七、解决的问题" : "六、解决的问题");
      if (problems.isEmpty()) {
        doc.text("无关联问题单");
      }
      for (ReleaseRegister.LinkedProblem p : problems) {
        doc.text(p.problemNumber() + (rolledBack ? "（升级已回退，问题未解决）" : "（已通知问题处理人员验证）"));
      }
      doc.heading("附：处理过程记录");
      for (TicketEventRecord e : events) {
        doc.text(ReleaseService.SHOWN.format(e.occurredAt()) + "  " + Labels.event(e.eventType()) + (e.detail() == null ? "" : "：" + e.detail())
            + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      return doc.bytes();
    }
  }

  private static String show(LocalDateTime t) {
    return t == null ? "—" : ReleaseService.SHOWN.format(t);
  }

  private static String value(Object v) {
    return v == null || v.toString().isBlank() ? "—" : v.toString();
  }
}
