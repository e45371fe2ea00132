package com.opsflow.report;

import com.opsflow.backup.BackupRegister;
import com.opsflow.document.DocxWriter;
import com.opsflow.document.DocxWriter.ChartKind;
import com.opsflow.healthcheck.HealthCheckProcess;
import com.opsflow.healthcheck.HealthCheckRegister;
import com.opsflow.schedule.ScheduleRules;
import com.opsflow.ticket.SupportedSystems;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The report kind {@code health-check} (健康检查报告, SPEC §6; A-3.2.1.1, B-2.3.10, B-2.2 items 5 and 8): for a month,
 * quarter or year, the health checks by schedule (done, overdue, still open), what they found per scope and what each
 * finding opened, the special checks' 运行状况、存在问题、优化建议, and the daily backup checks and monthly audits — all
 * from the registers of the two processes.
 */
@Component
class OperationsReport {

  static final String CHART_CHECKS = "健康检查完成情况（按周期）";
  static final String CHART_FINDINGS = "检查发现问题（按检查范围）";
  static final String CHART_BACKUPS = "每日备份检查结果（按月）";
  static final List<String> DONE = List.of("checked", "closed");

  private final HealthCheckRegister checks;
  private final BackupRegister backups;
  private final ScheduleRules schedules;

  OperationsReport(HealthCheckRegister checks, BackupRegister backups, ScheduleRules schedules) {
    this.checks = checks;
    this.backups = backups;
    this.schedules = schedules;
  }

  /** What the report is made of, read once. */
  record Records(List<HealthCheckRegister.Check> checks, Map<String, List<HealthCheckRegister.Item>> findings,
      List<BackupRegister.Check> backupDays, List<BackupRegister.Audit> audits) {
  }

  Records records(String system, ReportPeriod period) {
    List<HealthCheckRegister.Check> list = checks.between(system, period.from(), period.to());
    List<YearMonth> months = period.months();
    return new Records(list, checks.findings(list.stream().map(HealthCheckRegister.Check::number).toList()),
        backups.checksBetween(system, period.from(), period.to()),
        backups.audits(system, months.get(0), months.get(months.size() - 1)));
  }

  void sheets(SheetWriter xlsx, String system, ReportPeriod period) {
    Records r = records(system, period);
    SheetWriter.Table t = xlsx.sheet("健康检查", List.of("检查单号", "系统", "检查", "周期", "状态", "检查人", "检查时间", "发现问题数",
        "逾期"), 20, 24, 20, 12, 10, 18, 18, 10, 8);
    for (HealthCheckRegister.Check c : r.checks()) {
      t.row(c.number(), SupportedSystems.name(c.system()), scheduleLabel(c), c.periodKey(), statusName(c),
          c.checkedBy(), c.checkedAt(), r.findings().get(c.number()).size(), c.overdueFlaggedAt() == null ? "" : "是");
    }
    t.finish();
    t = xlsx.sheet("发现的问题", List.of("检查单号", "检查范围", "检查项", "测量值", "阈值", "单位", "处置", "关联单号"), 20, 28, 24, 10,
        10, 8, 12, 20);
    for (HealthCheckRegister.Check c : r.checks()) {
      for (HealthCheckRegister.Item i : r.findings().get(c.number())) {
        t.row(c.number(), scopeName(i.scope()), i.label(), i.measured(), i.threshold(), i.unit(),
            followUpName(i.followUp()), i.linkedTicket());
      }
    }
    t.finish();
    t = xlsx.sheet("数据备份", List.of("系统", "月份", "检查天数", "正常", "失败", "漏检", "未完成", "月度审核", "恢复测试", "审核逾期"), 24, 10,
        10, 8, 8, 8, 8, 12, 10, 10);
    for (BackupRow b : backupRows(system, period, r)) {
      t.row(SupportedSystems.name(b.system()), b.month().toString(), b.days(), b.ok(), b.failed(), b.missed(), b.open(),
          b.audit(), b.restore(), b.auditOverdue());
    }
    t.finish();
  }

  void document(DocxWriter docx, String system, ReportPeriod period) {
    Records r = records(system, period);
    docx.heading("一、健康检查完成情况");
    Map<String, int[]> bySchedule = new LinkedHashMap<>(); // label → done, overdue, open
    for (HealthCheckRegister.Check c : r.checks()) {
      int[] n = bySchedule.computeIfAbsent(scheduleLabel(c), k -> new int[3]);
      n[DONE.contains(c.status()) ? 0 : 2]++;
      if (c.overdueFlaggedAt() != null) {
        n[1]++;
      }
    }
    long done = r.checks().stream().filter(c -> DONE.contains(c.status())).count();
    long overdue = r.checks().stream().filter(c -> c.overdueFlaggedAt() != null).count();
    docx.text("本期应做健康检查 " + r.checks().size() + " 次，已完成 " + done + " 次，逾期 " + overdue + " 次，尚在办理 "
        + (r.checks().size() - done) + " 次。");
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put("已完成", bySchedule.values().stream().map(n -> n[0]).toList());
    series.put("逾期", bySchedule.values().stream().map(n -> n[1]).toList());
    series.put("办理中", bySchedule.values().stream().map(n -> n[2]).toList());
    docx.chart(ChartKind.BAR, CHART_CHECKS, new ArrayList<>(bySchedule.keySet()), series, Reports.NONE);

    docx.heading("二、发现的问题及处置");
    Map<String, Integer> byScope = new LinkedHashMap<>();
    HealthCheckProcess.SCOPES.forEach((code, scope) -> byScope.put(scope.name(), 0));
    List<List<String>> rows = new ArrayList<>();
    for (HealthCheckRegister.Check c : r.checks()) {
      for (HealthCheckRegister.Item i : r.findings().get(c.number())) {
        byScope.merge(scopeName(i.scope()), 1, Integer::sum);
        rows.add(List.of(c.number(), SupportedSystems.name(c.system()), i.label(), i.measured().toPlainString() + " "
            + i.unit() + "（阈值 " + i.threshold().toPlainString() + "）", followUpName(i.followUp()),
            i.linkedTicket() == null ? "—" : i.linkedTicket()));
      }
    }
    if (rows.isEmpty()) {
      docx.text("本期健康检查未发现超过阈值的问题。");
    } else {
      docx.text("本期共发现问题 " + rows.size() + " 项，均已按处置方式开立事件、问题或变更单，主机问题已转采购方系统管理员。");
      docx.chart(ChartKind.BAR, CHART_FINDINGS, new ArrayList<>(byScope.keySet()),
          Map.of("问题数", new ArrayList<>(byScope.values())), Reports.NONE);
      docx.table(List.of("检查单号", "系统", "检查项", "测量值", "处置", "关联单号"), rows);
    }

    docx.heading("三、专项检查：运行状况、存在问题、优化建议");
    List<HealthCheckRegister.Check> special = r.checks().stream().filter(c -> DONE.contains(c.status())
        && (HealthCheckProcess.SPECIAL_APPLICATION.equals(c.schedule())
        || HealthCheckProcess.SPECIAL_DATABASE.equals(c.schedule()))).toList();
    if (special.isEmpty()) {
      docx.text("本期无已完成的专项检查。");
    }
    for (HealthCheckRegister.Check c : special) {
      docx.text(SupportedSystems.name(c.system()) + " " + scheduleLabel(c) + "（" + c.number() + "，" + c.periodKey()
          + "）\n运行状况：" + dash(c.runState()) + "\n存在问题：" + dash(c.problems()) + "\n优化建议：" + dash(c.advice()));
    }

    docx.heading("四、数据备份");
    List<BackupRow> backupRows = backupRows(system, period, r);
    int ok = backupRows.stream().mapToInt(BackupRow::ok).sum();
    int failed = backupRows.stream().mapToInt(BackupRow::failed).sum();
    int missed = backupRows.stream().mapToInt(BackupRow::missed).sum();
    docx.text("本期每日备份检查 " + backupRows.stream().mapToInt(BackupRow::days).sum() + " 次：正常 " + ok + " 次，失败 "
        + failed + " 次，漏检 " + missed + " 次（失败和漏检均已自动开立事件单）。月度审核 " + r.audits().size() + " 次，其中逾期 "
        + r.audits().stream().filter(a -> a.overdueFlaggedAt() != null).count() + " 次。");
    Map<String, List<? extends Number>> backupSeries = new LinkedHashMap<>();
    List<YearMonth> months = period.months();
    backupSeries.put("正常", months.stream().map(m -> sum(backupRows, m, BackupRow::ok)).toList());
    backupSeries.put("失败", months.stream().map(m -> sum(backupRows, m, BackupRow::failed)).toList());
    backupSeries.put("漏检", months.stream().map(m -> sum(backupRows, m, BackupRow::missed)).toList());
    docx.chart(ChartKind.BAR, CHART_BACKUPS, months.stream().map(YearMonth::toString).toList(), backupSeries,
        Reports.NONE);
    docx.table(List.of("系统", "月份", "正常", "失败", "漏检", "月度审核", "恢复测试"), backupRows.stream()
        .map(b -> List.of(SupportedSystems.name(b.system()), b.month().toString(), String.valueOf(b.ok()),
            String.valueOf(b.failed()), String.valueOf(b.missed()), b.audit(), b.restore())).toList());
  }

  /** One system's month of backups: the daily checks counted, and the audit of that month. */
  record BackupRow(String system, YearMonth month, int days, int ok, int failed, int missed, int open, String audit,
      String restore, String auditOverdue) {
  }

  private static List<BackupRow> backupRows(String system, ReportPeriod period, Records r) {
    List<BackupRow> rows = new ArrayList<>();
    for (String s : system == null ? SupportedSystems.CODES : List.of(system)) {
      for (YearMonth m : period.months()) {
        List<BackupRegister.Check> days = r.backupDays().stream()
            .filter(c -> c.system().equals(s) && YearMonth.from(c.day()).equals(m)).toList();
        BackupRegister.Audit audit = r.audits().stream().filter(a -> a.system().equals(s) && a.month().equals(m
            .toString())).findFirst().orElse(null);
        if (days.isEmpty() && audit == null) {
          continue;
        }
        rows.add(new BackupRow(s, m, days.size(), count(days, "ok"), count(days, "failed"), count(days, "missed"),
            count(days, "open"), audit == null ? "未发起" : "audited".equals(audit.status()) ? "已完成" : "办理中",
            audit == null || audit.restoreResult() == null ? "—" : "passed".equals(audit.restoreResult()) ? "通过" : "未通过",
            audit != null && audit.overdueFlaggedAt() != null ? "是" : ""));
      }
    }
    return rows;
  }

  private static int sum(List<BackupRow> rows, YearMonth m, java.util.function.ToIntFunction<BackupRow> f) {
    return rows.stream().filter(b -> b.month().equals(m)).mapToInt(f).sum();
  }

  private static int count(List<BackupRegister.Check> days, String status) {
    return (int) days.stream().filter(c -> status.equals(c.status())).count();
  }

  // one decision evaluation per system and schedule, not per check
  private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

  private String scheduleLabel(HealthCheckRegister.Check c) {
    return labels.computeIfAbsent(c.system() + "/" + c.schedule(), k -> {
      String label = schedules.label(HealthCheckProcess.KEY, c.system(), c.schedule());
      return label == null || label.isBlank() ? c.schedule() : label;
    });
  }

  private static String statusName(HealthCheckRegister.Check c) {
    return switch (c.status()) {
      case "planning" -> "待制定计划";
      case "planned" -> "待检查";
      case "checked" -> "已检查";
      case "closed" -> "已完成";
      default -> c.status();
    };
  }

  private static String scopeName(String scope) {
    HealthCheckProcess.Scope s = HealthCheckProcess.SCOPES.get(scope);
    return s == null ? scope : s.name();
  }

  private static String followUpName(String followUp) {
    if (followUp == null) {
      return "—";
    }
    return switch (followUp) {
      case "incident" -> "开立事件";
      case "problem" -> "开立问题";
      case "change" -> "调优变更";
      case "host" -> "转采购方系统管理员";
      default -> followUp;
    };
  }

  private static String dash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
