package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.document.TicketDocuments;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
  private final TicketDocuments documents;
  private final TicketTime time;

  ReleaseReport(TicketService tickets, ReleaseRegister register, TicketDocuments documents, TicketTime time) {
    this.tickets = tickets;
    this.register = register;
    this.documents = documents;
    this.time = time;
  }

  /** Writes the report and keeps it with the ticket. */
  public byte[] issue(String number, Map<String, Object> recorded, String actor) {
    Ticket ticket = tickets.find(number).orElseThrow(() -> new IllegalStateException("No ticket " + number));
    ReleaseRegister.Release release = register.find(number).orElseThrow(() -> new IllegalStateException("No release " + number));
    byte[] docx = write(ticket, release, register.problems(number), tickets.events(number), recorded);
    documents.store(number, ReleaseProcess.REPORT_KIND, number + FILE_SUFFIX, TicketDocuments.DOCX, docx, actor);
    tickets.event(number, "report-issued", actor, number + FILE_SUFFIX);
    return docx;
  }

  byte[] write(Ticket ticket, ReleaseRegister.Release release, List<ReleaseRegister.LinkedProblem> problems,
      List<TicketEventRecord> events, Map<String, Object> recorded) {
    boolean rolledBack = ReleaseProcess.ROLLED_BACK.equals(release.status());
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      run(title, "补丁升级报告", true, 18);
      XWPFTable facts = doc.createTable(10, 2);
      row(facts, 0, "发布单号", release.releaseNumber());
      row(facts, 1, "系统", Releases.SYSTEM_NAMES.getOrDefault(release.system(), release.system()));
      row(facts, 2, "发布类型", Releases.KIND_NAMES.getOrDefault(release.kind(), release.kind()));
      row(facts, 3, "版本号或补丁编号", release.version());
      row(facts, 4, "补丁或版本名称", ticket.summary());
      row(facts, 5, "受影响单位", value(release.affectedOffices()));
      row(facts, 6, "升级窗口", show(release.windowStart()) + " 至 " + show(release.windowEnd()));
      row(facts, 7, "方案编写人 / 审批人", value(release.planAuthor()) + " / " + value(release.approvedBy()));
      row(facts, 8, "升级结果", rolledBack ? "升级失败，已回退" : "升级成功，发布检验通过");
      row(facts, 9, "报告时间", Releases.SHOWN.format(time.localNow()));

      heading(doc, "一、补丁内容");
      text(doc, ticket.description());
      heading(doc, "二、影响范围");
      text(doc, "影响程度：" + Releases.IMPACT_NAMES.getOrDefault(release.impactLevel(), value(release.impactLevel())));
      text(doc, "影响分析：" + value(recorded.get(Var.IMPACT_ANALYSIS)));
      heading(doc, "三、测试情况");
      text(doc, value(recorded.get(Var.TEST_NOTE)));
      heading(doc, "四、升级过程");
      text(doc, "升级方案：" + value(recorded.get(Var.RELEASE_PLAN)));
      text(doc, "回退方案：" + value(recorded.get(Var.ROLLBACK_PLAN)));
      text(doc, "升级情况：" + value(recorded.get(Var.UPGRADE_NOTE)));
      heading(doc, "五、发布检验");
      text(doc, value(recorded.get(Var.VERIFY_NOTE)));
      if (rolledBack) {
        heading(doc, "六、回退情况");
        text(doc, value(recorded.get(Var.ROLLBACK_NOTE)));
      }
      heading(doc, rolledBack ? "七、解决的问题" : "六、解决的问题");
      if (problems.isEmpty()) {
        text(doc, "无关联问题单");
      }
      for (ReleaseRegister.LinkedProblem p : problems) {
        text(doc, p.problemNumber() + (rolledBack ? "（升级已回退，问题未解决）" : "（已通知问题处理人员验证）"));
      }
      heading(doc, "附：处理过程记录");
      for (TicketEventRecord e : events) {
        text(doc, Releases.SHOWN.format(e.occurredAt()) + "  " + e.eventType() + (e.detail() == null ? "" : "：" + e.detail())
            + (e.actor() == null ? "" : "（" + e.actor() + "）"));
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the patch report of " + release.releaseNumber(), e);
    }
  }

  private static String show(LocalDateTime t) {
    return t == null ? "—" : Releases.SHOWN.format(t);
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
