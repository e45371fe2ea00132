package com.opsflow.drdrill;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.drdrill.DrDrillRegister.Drill;
import com.opsflow.text.Display;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 灾备演练报告 (contract C 系统灾备): the plan and its approval, the backup and restore of application and base
 * environment, measured RTO/RPO against the targets, the result, problems and improvement measures, as a DOCX kept
 * with the drill.
 */
@Service
public class DrDrillReport {

  public static final String FILE_SUFFIX = "-灾备演练报告.docx";
  static final String SCOPE_APPLICATION = "系统应用";
  static final String SCOPE_BASE = "基础环境";

  private final DrDrillRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  DrDrillReport(DrDrillRegister register, TicketReports reports, TicketTime time) {
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  public byte[] issue(String number, String actor) {
    return reports.keep(number, DrDrillProcess.REPORT_KIND, FILE_SUFFIX, write(number), actor);
  }

  byte[] write(String number) {
    Drill d = register.find(number).orElseThrow(() -> new IllegalStateException("No drill " + number));
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("灾备演练报告");
      doc.heading("一、演练计划");
      doc.fields(DocxWriter.field("演练编号", number), DocxWriter.field("系统", SupportedSystems.name(d.system())),
          DocxWriter.field("演练周期", d.periodKey()), DocxWriter.field("演练时间", Display.dateTime(d.plannedAt())),
          DocxWriter.field("演练范围", nz(d.scope())), DocxWriter.field("演练方式", nz(d.method())),
          DocxWriter.field("参与人员", nz(d.participants())), DocxWriter.field("计划编制人", nz(d.plannedBy())),
          DocxWriter.field("计划审批人", nz(d.approvedBy())), DocxWriter.field("审批时间", Display.dateTime(d.approvedAt())),
          DocxWriter.field("恢复目标", "RTO ≤ " + d.rtoTargetMinutes() + " 分钟，RPO ≤ " + d.rpoTargetMinutes() + " 分钟"));
      doc.heading("二、备份和恢复过程");
      doc.text(nz(d.backupNote()));
      doc.fields(DocxWriter.field("系统应用已恢复", yesNo(d.applicationRestored())),
          DocxWriter.field("基础环境已恢复", yesNo(d.baseRestored())), DocxWriter.field("实施人", nz(d.drilledBy())),
          DocxWriter.field("登记时间", Display.dateTime(d.drilledAt())));
      doc.heading("三、实测恢复时间和数据丢失");
      doc.table(List.of("指标", "目标", "实测", "结论"), List.of(
          List.of("恢复时间 RTO", "≤ " + d.rtoTargetMinutes() + " 分钟", minutes(d.rtoMinutes()),
              met(d.rtoMinutes(), d.rtoTargetMinutes())),
          List.of("数据丢失 RPO", "≤ " + d.rpoTargetMinutes() + " 分钟", minutes(d.rpoMinutes()),
              met(d.rpoMinutes(), d.rpoTargetMinutes()))));
      doc.text("演练结论：" + (DrDrillProcess.PASSED.equals(d.result()) ? "通过" : "未通过") + "（" + nz(d.resultReason())
          + "）" + (d.problemNumber() == null ? "" : "，已开立问题单 " + d.problemNumber()));
      doc.heading("四、存在问题");
      doc.text(nz(d.problems()));
      doc.heading("五、改进措施");
      doc.text(nz(d.improvements()));
      doc.text("报告时间：" + Display.dateTime(time.localNow()));
      return doc.bytes();
    }
  }

  private static String met(Integer measured, int target) {
    return measured == null ? "—" : measured <= target ? "达到目标" : "未达到目标";
  }

  private static String minutes(Integer value) {
    return value == null ? "—" : value + " 分钟";
  }

  private static String yesNo(Boolean value) {
    return value == null ? "—" : value ? "是" : "否";
  }

  private static String nz(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
