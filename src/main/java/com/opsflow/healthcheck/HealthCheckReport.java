package com.opsflow.healthcheck;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.healthcheck.HealthCheckRegister.Check;
import com.opsflow.healthcheck.HealthCheckRegister.Item;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 健康检查报告 (B-2.2 item 5: 运行状况、存在问题、进一步的优化建议; B-2.3.10 plan): the plan, the checklist with measured
 * values and thresholds, the findings and what they opened, as a DOCX kept with the check.
 */
@Service
public class HealthCheckReport {

  public static final String FILE_SUFFIX = "-健康检查报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final HealthCheckRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  HealthCheckReport(HealthCheckRegister register, TicketReports reports, TicketTime time) {
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  public byte[] issue(String number, String scheduleLabel, String actor) {
    return reports.keep(number, HealthCheckProcess.REPORT_KIND, FILE_SUFFIX, write(number, scheduleLabel), actor);
  }

  byte[] write(String number, String scheduleLabel) {
    Check c = register.find(number).orElseThrow(() -> new IllegalStateException("No health check " + number));
    List<Item> items = register.items(number);
    List<List<String>> rows = new ArrayList<>();
    for (Item i : items) {
      rows.add(List.of(HealthCheckProcess.SCOPES.get(i.scope()).name(), i.label(),
          i.measured().stripTrailingZeros().toPlainString() + " " + i.unit(),
          "≤ " + i.threshold().stripTrailingZeros().toPlainString() + " " + i.unit(), i.finding() ? "超出阈值" : "正常"));
    }
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("健康检查报告");
      doc.heading("一、检查计划");
      doc.fields(DocxWriter.field("检查编号", number), DocxWriter.field("系统", SupportedSystems.name(c.system())),
          DocxWriter.field("检查类别", scheduleLabel), DocxWriter.field("检查周期", c.periodKey()),
          DocxWriter.field("检查时间", c.plannedAt() == null ? "—" : TIME.format(c.plannedAt())),
          DocxWriter.field("检查地点", nz(c.place())), DocxWriter.field("检查范围", nz(c.scope())),
          DocxWriter.field("检查方式", nz(c.method())), DocxWriter.field("检查人", nz(c.checkedBy())),
          DocxWriter.field("报告时间", TIME.format(time.localNow())));
      doc.heading("二、运行状况");
      doc.text(nz(c.runState()));
      doc.heading("三、检查清单");
      doc.table(List.of("检查范围", "检查项", "实测值", "阈值", "结论"), rows);
      doc.heading("四、存在问题");
      doc.text(nz(c.problems()));
      List<String> findings = items.stream().filter(Item::finding).map(i -> i.label() + "：" + i.measured()
          .stripTrailingZeros().toPlainString() + " " + i.unit() + "，" + followUpName(i.followUp())
          + (i.linkedTicket() == null ? "" : " " + i.linkedTicket())).toList();
      doc.text(findings.isEmpty() ? "检查清单各项均未超出阈值。" : "超出阈值的检查项：\n" + String.join("\n", findings));
      doc.heading("五、优化建议");
      doc.text(nz(c.advice()));
      return doc.bytes();
    }
  }

  static String followUpName(String followUp) {
    return switch (followUp == null ? "" : followUp) {
      case "incident" -> "已开立事件单";
      case "problem" -> "已开立问题单";
      case "change" -> "已发起调优变更";
      case "host" -> "主机问题，已上报采购方系统管理员";
      default -> "—";
    };
  }

  private static String nz(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
