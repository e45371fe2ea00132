package com.opsflow.backup;

import com.opsflow.engine.CurrentUser;
import com.opsflow.backup.BackupProcess.Var;
import com.opsflow.backup.BackupRegister.Check;
import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.incident.FollowUpIncidents;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.schedule.ScheduleVariables;
import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code backup} ({@code ${backups.…}}, B-2.2 item 8 ★): a daily backup check by first line (done, size,
 * verification, where stored) whose failure or absence by the end of its day opens an incident; the monthly audit
 * by a second-line expert over the month's records, with analysis, advice and a restore test, kept as a DOCX.
 */
@Component("backups")
public class Backups {

  static final String REPORT_SUFFIX = "-备份月度审核报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final BackupRegister register;
  private final TicketService tickets;
  private final TicketTime time;
  private final FollowUpIncidents incidents;
  private final TicketReports reports;

  Backups(BackupRegister register, TicketService tickets, TicketTime time, FollowUpIncidents incidents,
      TicketReports reports) {
    this.register = register;
    this.tickets = tickets;
    this.time = time;
    this.incidents = incidents;
    this.reports = reports;
  }

  /** After the message start: the run's register row and ticket; the daily check's deadline is the end of its day. */
  public void register(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    LocalDate periodStart = LocalDate.parse((String) execution.getVariable(ScheduleVariables.PERIOD_START));
    boolean daily = BackupProcess.DAILY_CHECK.equals(execution.getVariable(ScheduleVariables.SCHEDULE));
    execution.setVariable(Var.DAILY, daily);
    execution.setVariable(ScheduleVariables.SYSTEM_NAME, SupportedSystems.name(system));
    String summary;
    if (daily) {
      register.openCheck(number, execution.getProcessInstanceId(), system, periodStart);
      execution.setVariable(Var.BACKUP_DAY, periodStart.toString());
      execution.setVariable(Var.DEADLINE, Date.from(periodStart.plusDays(1).atStartOfDay(time.zone()).toInstant()));
      summary = "每日备份检查 " + periodStart + "（" + SupportedSystems.name(system) + "）";
    } else {
      YearMonth month = YearMonth.from(periodStart).minusMonths(1);
      List<Check> checks = register.checks(system, month);
      int ok = count(checks, "ok");
      int failed = count(checks, "failed");
      int missed = count(checks, "missed");
      register.openAudit(number, execution.getProcessInstanceId(), system, month, checks.size(), ok, failed, missed);
      execution.setVariable(Var.AUDIT_MONTH, month.toString());
      // B-2.2 item 8: the second-line expert audits every month; the audit of a month is due by the end of the month
      // it starts in (the bureau's to confirm)
      execution.setVariable(Var.AUDIT_DEADLINE, Date.from(YearMonth.from(periodStart).plusMonths(1).atDay(1)
          .atStartOfDay(time.zone()).toInstant()));
      execution.setVariable(Var.MONTH_SUMMARY, monthSummary(month, checks));
      summary = "备份月度审核 " + month + "（" + SupportedSystems.name(system) + "）";
    }
    String by = (String) execution.getVariable(ScheduleVariables.STARTED_BY);
    tickets.register(new NewTicket(number, BackupProcess.TICKET_TYPE, execution.getProcessInstanceId(), system, null,
        by, null, summary, summary, null, null, false, by));
  }

  /** What the auditor reads: every day of the month with its result (missed and failed days first). */
  static String monthSummary(YearMonth month, List<Check> checks) {
    StringBuilder text = new StringBuilder(month + " 共检查 " + checks.size() + " 次：正常 " + count(checks, "ok")
        + " 次，失败 " + count(checks, "failed") + " 次，漏检 " + count(checks, "missed") + " 次，未完成 "
        + count(checks, "open") + " 次。\n");
    for (Check c : checks) {
      text.append(c.day()).append(' ').append(statusName(c.status()));
      if (c.sizeMb() != null) {
        text.append("，").append(c.sizeMb().stripTrailingZeros().toPlainString()).append(" MB");
      }
      if (c.verification() != null) {
        text.append("，校验").append(verificationName(c.verification()));
      }
      if (c.location() != null) {
        text.append("，存放于 ").append(c.location());
      }
      if (c.incidentNumber() != null) {
        text.append("，事件单 ").append(c.incidentNumber());
      }
      text.append('\n');
    }
    return cut(text.toString(), 3900);
  }

  /**
   * The month the audit started in ended and the audit is still open: flagged on the register and the ticket, and the
   * project manager and team lead are told (the task stays; issue 12: a duty not done is visible before the bureau
   * notices).
   */
  public void auditOverdue(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    register.auditOverdue(number);
    String month = (String) execution.getVariable(Var.AUDIT_MONTH);
    String note = "备份月度审核 " + number + "（" + execution.getVariable(ScheduleVariables.SYSTEM_NAME) + "，审核 "
        + month + " 的备份记录）到当月结束仍未完成，请督促二线专家完成审核和恢复测试。";
    execution.setVariable(Var.AUDIT_OVERDUE_NOTE, note);
    tickets.event(number, "backup-audit-overdue", null, note);
  }

  /** Complete listener of 每日备份检查: done, size, verification and location (when done) are required. */
  public void checked(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    boolean done = required(v, Var.BACKUP_DONE, "当天备份已完成");
    if (done) {
      BigDecimal size = positive(v.get(Var.SIZE_MB), Var.SIZE_MB, "备份大小（MB）");
      task.setVariable(Var.SIZE_MB, size.doubleValue());
      task.setVariable(Var.VERIFICATION, Fields.oneOf(v, Var.VERIFICATION, "校验结果",
          new LinkedHashSet<>(BackupProcess.VERIFICATIONS)));
      task.setVariable(Var.LOCATION, Fields.requiredText(v, Var.LOCATION, "备份存放位置", 200));
    }
    String note = Fields.optionalLines(v, Var.NOTE, "说明", 2000);
    if (!done && (note == null || note.isBlank())) {
      throw new InvalidInputException(Var.NOTE, "字段 backupNote（说明）：备份未完成时必须说明原因");
    }
    task.setVariable(Var.NOTE, note == null ? "" : note);
    task.setVariable("checkedBy", CurrentUser.of(task));
  }

  /** After the check: the day is ok only when the backup was done and its verification passed. */
  public void recordCheck(DelegateExecution execution) {
    boolean done = Boolean.TRUE.equals(execution.getVariable(Var.BACKUP_DONE));
    String verification = done ? (String) execution.getVariable(Var.VERIFICATION) : null;
    boolean ok = done && "passed".equals(verification);
    Object size = execution.getVariable(Var.SIZE_MB);
    register.checked(execution.getProcessBusinessKey(), done, size == null ? null : new BigDecimal(size.toString()),
        verification, done ? (String) execution.getVariable(Var.LOCATION) : null,
        (String) execution.getVariable(Var.NOTE), ok, (String) execution.getVariable("checkedBy"));
    execution.setVariable(Var.BACKUP_OK, ok);
    if (!ok) {
      execution.setVariable(Var.FAILURE, !done ? "当天备份未完成：" + execution.getVariable(Var.NOTE)
          : "备份校验结果：" + verificationName(verification) + "。" + execution.getVariable(Var.NOTE));
    }
    tickets.event(execution.getProcessBusinessKey(), "backup-checked", (String) execution.getVariable("checkedBy"),
        ok ? "备份正常" : (String) execution.getVariable(Var.FAILURE));
  }

  /** The deadline passed with no check recorded: the day counts as missed. */
  public void recordMissed(DelegateExecution execution) {
    register.missed(execution.getProcessBusinessKey());
    execution.setVariable(Var.BACKUP_OK, false);
    execution.setVariable(Var.FAILURE, "截至 " + execution.getVariable(Var.BACKUP_DAY) + " 当天结束，未登记备份检查（漏检）");
    tickets.event(execution.getProcessBusinessKey(), "backup-missed", null, (String) execution.getVariable(Var.FAILURE));
  }

  /** A failed, missed or unrestorable backup opens an incident on the system, linked both ways. */
  public void raiseIncident(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    String system = (String) execution.getVariable(ScheduleVariables.SYSTEM);
    boolean daily = Boolean.TRUE.equals(execution.getVariable(Var.DAILY));
    String summary = daily ? "备份异常：" + execution.getVariable(Var.BACKUP_DAY) + " 备份失败或漏检"
        : "备份恢复测试失败：" + execution.getVariable(Var.AUDIT_MONTH);
    String detail = daily ? (String) execution.getVariable(Var.FAILURE)
        : "恢复测试（" + execution.getVariable(Var.RESTORE_SCOPE) + "）未通过：" + execution.getVariable(Var.RESTORE_NOTE);
    String incident = incidents.open(execution, new FollowUpIncidents.Request(system, "备份检查 " + number,
        cut(summary, 200), cut("由备份检查 " + number + " 开立（B-2.2 第8项）。\n" + detail, 4000), "province", "high"));
    register.checkIncident(number, incident);
    execution.setVariable(Var.INCIDENT, incident);
    tickets.event(number, "incident-opened", null, incident);
    tickets.event(incident, "opened-by-check", null, number);
  }

  /** Complete listener of 备份月度审核: analysis, advice and the restore test are required. */
  public void audited(DelegateTask task) {
    Map<String, Object> v = task.getVariables();
    task.setVariable(Var.ANALYSIS, Fields.requiredLines(v, Var.ANALYSIS, "备份数据分析", 3900));
    task.setVariable(Var.ADVICE, Fields.requiredLines(v, Var.ADVICE, "系统优化及调优建议", 3900));
    Fields.requiredDateTime(v.get(Var.RESTORE_AT), Var.RESTORE_AT, "恢复测试时间", time.zone());
    task.setVariable(Var.RESTORE_SCOPE, Fields.requiredText(v, Var.RESTORE_SCOPE, "恢复测试范围", 500));
    task.setVariable(Var.RESTORE_RESULT, Fields.oneOf(v, Var.RESTORE_RESULT, "恢复测试结果",
        new LinkedHashSet<>(BackupProcess.RESTORE_RESULTS)));
    String note = Fields.optionalLines(v, Var.RESTORE_NOTE, "恢复测试记录", 2000);
    task.setVariable(Var.RESTORE_NOTE, note == null ? "" : note);
    task.setVariable("auditedBy", CurrentUser.of(task));
  }

  /** After the audit: register, report (DOCX kept with the audit), restore test result for the gateway. */
  public void recordAudit(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    LocalDateTime restoreAt = time.local(Fields.requiredDateTime(execution.getVariable(Var.RESTORE_AT), Var.RESTORE_AT,
        "恢复测试时间", time.zone()));
    String user = (String) execution.getVariable("auditedBy");
    register.audited(number, (String) execution.getVariable(Var.ANALYSIS), (String) execution.getVariable(Var.ADVICE),
        restoreAt, (String) execution.getVariable(Var.RESTORE_SCOPE), (String) execution.getVariable(Var.RESTORE_RESULT),
        (String) execution.getVariable(Var.RESTORE_NOTE), user);
    execution.setVariable(Var.RESTORE_OK, "passed".equals(execution.getVariable(Var.RESTORE_RESULT)));
    reports.keep(number, BackupProcess.REPORT_KIND, REPORT_SUFFIX, auditReport(number), user);
    tickets.event(number, "backup-audited", user, "恢复测试" + ("passed".equals(execution.getVariable(Var.RESTORE_RESULT))
        ? "通过" : "未通过"));
  }

  byte[] auditReport(String number) {
    BackupRegister.Audit a = register.audit(number).orElseThrow(() -> new IllegalStateException("No audit " + number));
    List<List<String>> rows = new ArrayList<>();
    for (Check c : register.checks(a.system(), YearMonth.parse(a.month()))) {
      rows.add(List.of(c.day().toString(), statusName(c.status()),
          c.sizeMb() == null ? "—" : c.sizeMb().stripTrailingZeros().toPlainString(),
          c.verification() == null ? "—" : verificationName(c.verification()), c.location() == null ? "—" : c.location(),
          c.incidentNumber() == null ? "—" : c.incidentNumber()));
    }
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("备份月度审核报告");
      doc.fields(DocxWriter.field("审核编号", number), DocxWriter.field("系统", SupportedSystems.name(a.system())),
          DocxWriter.field("审核月份", a.month()), DocxWriter.field("审核人", a.auditedBy()),
          DocxWriter.field("报告时间", TIME.format(time.localNow())));
      doc.heading("一、每日备份记录");
      doc.text("共检查 " + a.daysChecked() + " 次：正常 " + a.daysOk() + " 次，失败 " + a.daysFailed() + " 次，漏检 "
          + a.daysMissed() + " 次。");
      doc.table(List.of("日期", "结果", "大小（MB）", "校验", "存放位置", "事件单"), rows);
      doc.heading("二、备份数据分析");
      doc.text(a.analysis());
      doc.heading("三、系统优化及调优建议");
      doc.text(a.advice());
      doc.heading("四、恢复测试");
      doc.fields(DocxWriter.field("测试时间", TIME.format(a.restoreTestedAt())), DocxWriter.field("范围", a.restoreScope()),
          DocxWriter.field("结果", "passed".equals(a.restoreResult()) ? "通过" : "未通过"),
          DocxWriter.field("记录", a.restoreNote() == null || a.restoreNote().isBlank() ? "—" : a.restoreNote()));
      return doc.bytes();
    }
  }

  public void close(DelegateExecution execution) {
    Object incident = execution.getVariable(Var.INCIDENT);
    tickets.recordClosure(execution.getProcessBusinessKey(), false,
        incident == null ? "完成" : "完成，已开立事件单 " + incident, null);
  }

  static String statusName(String status) {
    return switch (status) {
      case "ok" -> "正常";
      case "failed" -> "失败";
      case "missed" -> "漏检";
      default -> "未完成";
    };
  }

  static String verificationName(String verification) {
    return switch (verification) {
      case "passed" -> "通过";
      case "failed" -> "未通过";
      default -> "未校验";
    };
  }

  private static int count(List<Check> checks, String status) {
    return (int) checks.stream().filter(c -> c.status().equals(status)).count();
  }

  private static boolean required(Map<String, Object> v, String field, String label) {
    Object value = v.get(field);
    if (value instanceof Boolean b) {
      return b;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return Boolean.parseBoolean((String) value);
    }
    throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必填 / field '" + field + "' is required");
  }

  private static BigDecimal positive(Object value, String field, String label) {
    try {
      BigDecimal n = new BigDecimal(String.valueOf(value).strip());
      if (n.signum() > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(field, "字段 " + field + "（" + label + "）必须是大于 0 的数 / field '" + field
        + "' must be a positive number");
  }


  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
