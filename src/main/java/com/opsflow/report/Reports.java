package com.opsflow.report;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.DocxWriter.ChartKind;
import com.opsflow.evaluation.Scorecards;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.knowledge.KnowledgeProcess;
import com.opsflow.knowledge.KnowledgeStatistics;
import com.opsflow.kpi.KpiFigures;
import com.opsflow.kpi.Kpis;
import com.opsflow.report.ReportPeriod.Span;
import com.opsflow.scoring.ContractYears;
import com.opsflow.scoring.ScoringDecisions;
import com.opsflow.report.SheetWriter.Percent;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketFilter;
import com.opsflow.ticket.TicketList;
import com.opsflow.ticket.TicketTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The period reports of SPEC §6, made from the records (never typed by hand): the same figures as an XLSX workbook
 * (one sheet per table) and as a DOCX document in Chinese with native charts. Every figure comes from {@link Kpis}
 * or the registers ({@link ReportRecords}, {@link TicketList}, {@link Scorecards}, {@link KnowledgeStatistics}).
 */
@Service
class Reports {

  record Rendered(String title, byte[] bytes) {
  }

  static final String CHART_WEEKLY = "每周事件数（按系统）";
  static final String CHART_MONTHLY = "每月事件数";
  static final String CHART_SLA_TREND = "服务时限达标率趋势（%）";
  static final String CHART_PRIORITY = "事件优先级分布";
  static final String CHART_CATEGORY = "事件分类分布";
  static final String CHART_BACKLOG = "积压事件账龄";
  static final String CHART_SCORES = "各期考核得分";
  static final String CHART_PROBLEMS = "问题数（按系统和类型）";
  static final String CHART_KNOWLEDGE = "知识库每月统计";
  static final List<String> BACKLOG_AGES = List.of("1天以内", "1至3天", "3至7天", "7天以上");
  static final String NONE = "本期无记录。";
  static final TicketList.Sort OLDEST_FIRST = new TicketList.Sort(TicketList.SortColumn.CREATED_AT, false);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Kpis kpis;
  private final TicketList tickets;
  private final IncidentListSheet incidentSheet;
  private final ReportRecords records;
  private final Scorecards scorecards;
  private final KnowledgeStatistics knowledge;
  private final TicketTime time;
  private final ContractYears contractYears;

  private final OperationsReport operations;

  Reports(Kpis kpis, TicketList tickets, IncidentListSheet incidentSheet, ReportRecords records, Scorecards scorecards,
      KnowledgeStatistics knowledge, TicketTime time, ContractYears contractYears, OperationsReport operations) {
    this.operations = operations;
    this.contractYears = contractYears;
    this.kpis = kpis;
    this.tickets = tickets;
    this.incidentSheet = incidentSheet;
    this.records = records;
    this.scorecards = scorecards;
    this.knowledge = knowledge;
    this.time = time;
  }

  Rendered render(ReportKind kind, String system, ReportPeriod requested, ReportFormat format) {
    ReportPeriod period = contractYear(kind, system, requested);
    if (!kind.accepts(period)) {
      throw new InvalidInputException("period", kind.title(period) + "不适用于期间 " + period.code() + " / report "
          + kind.code() + " is not made for period " + period.code());
    }
    String title = (system == null ? "" : SupportedSystems.name(system)) + kind.title(period);
    String fileName = title + "（" + period.label() + "）";
    Context c = new Context(kind, system, period, title);
    if (format == ReportFormat.XLSX) {
      try (SheetWriter xlsx = new SheetWriter()) {
        switch (kind) {
          case INCIDENT_LIST -> incidentSheet.write(xlsx, incidents(c), OLDEST_FIRST);
          case PROBLEM_SUMMARY -> problemSheets(xlsx, c);
          case KNOWLEDGE -> knowledgeSheets(xlsx, c);
          case HEALTH_CHECK -> operations.sheets(xlsx, c.system(), c.period());
          default -> workReportSheets(xlsx, c);
        }
        return new Rendered(fileName, xlsx.bytes());
      }
    }
    try (DocxWriter docx = new DocxWriter()) {
      docx.title(title);
      docx.text("报告期间：" + period.label() + "（" + period.from() + " 至 " + period.to() + "）\n范围："
          + (system == null ? "全部系统（" + String.join("、", SupportedSystems.NAMES.values()) + "）"
          : SupportedSystems.name(system)) + "\n编制：OpsFlow 根据工单及各登记簿记录生成，" + time.localNow().format(MINUTE));
      switch (kind) {
        case INCIDENT_LIST -> incidentDocument(docx, c);
        case PROBLEM_SUMMARY -> problemDocument(docx, c);
        case KNOWLEDGE -> knowledgeDocument(docx, c);
        case HEALTH_CHECK -> operations.document(docx, c.system(), c.period());
        default -> workReportDocument(docx, c);
      }
      return new Rendered(fileName, docx.bytes());
    }
  }

  /**
   * The annual and acceptance reports of one contract cover its contract year (the scores are kept per contract
   * year, {@code opsflow.scoring.contract-start.*}); without a system, or for other kinds, the calendar year.
   */
  private ReportPeriod contractYear(ReportKind kind, String system, ReportPeriod period) {
    if (system == null || period.span() != Span.YEAR
        || (kind != ReportKind.ANNUAL && kind != ReportKind.ACCEPTANCE)) {
      return period;
    }
    return ScoringDecisions.Contract.of(system)
        .map(contract -> new ReportPeriod(period.code(), Span.YEAR, contractYears.yearStart(contract, period.year()),
            contractYears.yearEnd(contract, period.year()).minusDays(1))) // yearEnd is exclusive
        .orElse(period);
  }

  private record Context(ReportKind kind, String system, ReportPeriod period, String title) {
    LocalDate from() {
      return period.from();
    }

    LocalDate to() {
      return period.to();
    }

    boolean byMonth() {
      return period.span() != Span.MONTH;
    }

    boolean withScores() {
      return kind == ReportKind.ANNUAL || kind == ReportKind.ACCEPTANCE;
    }

    List<String> systems() {
      return system == null ? SupportedSystems.CODES : List.of(system);
    }
  }

  private static TicketFilter incidents(Context c) {
    return TicketFilter.incidentsCreated(c.system(), c.from().atStartOfDay(), c.to().plusDays(1).atStartOfDay());
  }

  // ---- work reports: monthly, quarterly, annual, acceptance

  private record Trend(YearMonth month, KpiFigures figures) {
  }

  private List<Trend> trend(Context c) {
    List<Trend> trend = new ArrayList<>();
    for (YearMonth m : c.period().months()) {
      trend.add(new Trend(m, kpis.figures(c.system(), m.atDay(1), m.atEndOfMonth())));
    }
    return trend;
  }

  private static List<Object[]> overview(KpiFigures k) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"新增事件数", k.incidentsCreated(), "登记时间在本期"});
    rows.add(new Object[] {"解决事件数", k.incidentsResolved(), "解决时间在本期"});
    rows.add(new Object[] {"关闭事件数", k.incidentsClosed(), "关闭时间在本期"});
    rows.add(new Object[] {"一线解决率", pct(k.firstLevelResolutionRate()),
        "目标 ≥ " + percentText(k.firstLevelResolutionGoal()) + "（本级解决率）"});
    rows.add(new Object[] {"升级率", pct(k.escalationRate()), "目标 ≤ " + percentText(k.escalationGoal()) + "（上升运维问题率）"});
    rows.add(new Object[] {"响应时限达标率", pct(k.responseSlaCompliance()), "本期判定的响应时限"});
    rows.add(new Object[] {"解决时限达标率", pct(k.resolutionSlaCompliance()), "本期判定的解决时限"});
    rows.add(new Object[] {"平均响应时长（工作分钟）", k.meanTimeToRespondMinutes(), "按业务日历计算"});
    rows.add(new Object[] {"平均解决时长（工作分钟）", k.meanTimeToResolveMinutes(), "按业务日历计算"});
    rows.add(new Object[] {"重开率", pct(k.reopenRate()), "本期关闭事件中曾重开的比例"});
    rows.add(new Object[] {"期末积压事件数", k.backlog().total(), "期末未解决、未关闭"});
    rows.add(new Object[] {"期末积压平均账龄（天）", k.backlog().meanAgeDays(), null});
    rows.add(new Object[] {"重大事件数", k.majorIncidents().total(), null});
    rows.add(new Object[] {"重大事件处置时限达标率", pct(k.majorIncidents().dutyComplianceRate()),
        "通知联系人、二线响应、首次报告、现场恢复均按时"});
    rows.add(new Object[] {"变更数", k.changes().total(), null});
    rows.add(new Object[] {"变更回退率", pct(k.changes().rollbackRate()), "回退 / 已实施"});
    rows.add(new Object[] {"补丁升级数", k.releases().total(), null});
    rows.add(new Object[] {"补丁升级回退率", pct(k.releases().rollbackRate()), "回退 / 已升级"});
    return rows;
  }

  private void workReportSheets(SheetWriter xlsx, Context c) {
    KpiFigures k = kpis.figures(c.system(), c.from(), c.to());
    SheetWriter.Table t = xlsx.sheet("概览", List.of("指标", "数值", "说明"), 28, 14, 44);
    overview(k).forEach(t::row);
    t.finish();
    t = xlsx.sheet("服务时限达标", List.of("系统", "优先级", "响应达标数", "响应判定数", "响应达标率", "解决达标数", "解决判定数",
        "解决达标率"), 24, 8, 12, 12, 12, 12, 12, 12);
    for (KpiFigures.SlaCompliance s : k.slaCompliance()) {
      t.row(ReportLabels.system(s.system()), s.priority(), s.responseMet(), s.responseTotal(), pct(s.responseRate()),
          s.resolveMet(), s.resolveTotal(), pct(s.resolveRate()));
    }
    t.finish();
    if (c.byMonth()) {
      t = xlsx.sheet("月度趋势", List.of("月份", "新增事件数", "响应达标率", "解决达标率", "一线解决率", "升级率"), 10, 12, 12, 12,
          12, 12);
      for (Trend m : trend(c)) {
        KpiFigures f = m.figures();
        t.row(m.month().toString(), f.incidentsCreated(), pct(f.responseSlaCompliance()),
            pct(f.resolutionSlaCompliance()), pct(f.firstLevelResolutionRate()), pct(f.escalationRate()));
      }
      t.finish();
    }
    if (c.period().span() != Span.YEAR) {
      Map<LocalDate, Map<String, Integer>> weeks = kpis.incidentsPerWeek(c.system(), c.from(), c.to());
      List<String> headers = new ArrayList<>(List.of("周起始日"));
      c.systems().forEach(s -> headers.add(ReportLabels.system(s)));
      headers.add("合计");
      t = xlsx.sheet("每周事件数", headers, 12, 24, 24, 24, 10);
      for (Map.Entry<LocalDate, Map<String, Integer>> w : weeks.entrySet()) {
        List<Object> row = new ArrayList<>(List.of(w.getKey()));
        c.systems().forEach(s -> row.add(w.getValue().getOrDefault(s, 0)));
        row.add(w.getValue().values().stream().mapToInt(Integer::intValue).sum());
        t.row(row.toArray());
      }
      t.finish();
    }
    t = xlsx.sheet("优先级分布", List.of("优先级", "事件数"), 10, 10);
    kpis.priorityMix(c.system(), c.from(), c.to()).forEach(t::row);
    t.finish();
    t = xlsx.sheet("按系统分类优先级", List.of("系统", "分类", "优先级", "事件数"), 24, 24, 10, 10);
    for (Kpis.CategoryCount n : kpis.categoryMix(c.system(), c.from(), c.to())) {
      t.row(ReportLabels.system(n.system()), categoryName(n.category()), n.priority(), n.incidents());
    }
    t.finish();
    t = xlsx.sheet("积压账龄", List.of("账龄", "事件数"), 12, 10);
    List<Integer> ages = backlogAges(k);
    for (int i = 0; i < ages.size(); i++) {
      t.row(BACKLOG_AGES.get(i), ages.get(i));
    }
    t.finish();
    incidentSheet.write(xlsx, incidents(c), OLDEST_FIRST);
    t = xlsx.sheet("培训情况", List.of("培训编号", "系统", "主题", "培训时间", "讲师", "状态", "通过率"), 22, 24, 30, 17, 10, 10, 10);
    for (ReportRecords.Training r : records.trainings(c.system(), c.from(), c.to())) {
      t.row(r.number(), ReportLabels.system(r.system()), r.topic(), r.at(), r.teacher(), r.status(), passRate(r.passRate()));
    }
    t.finish();
    t = xlsx.sheet("数据整改情况", List.of("工单编号", "系统", "摘要", "数据类别", "状态", "登记时间", "用户确认时间"), 22, 24, 36,
        10, 12, 17, 17);
    for (ReportRecords.DataFix r : records.dataFixes(c.system(), c.from(), c.to())) {
      t.row(r.number(), ReportLabels.system(r.system()), r.summary(), r.category(), r.status(), r.created(), r.confirmed());
    }
    t.finish();
    for (String type : List.of("change", "release")) {
      t = xlsx.sheet("change".equals(type) ? "变更" : "补丁升级", List.of("工单编号", "系统", "摘要", "状态", "登记时间", "是否回退"),
          22, 24, 36, 10, 17, 10);
      for (ReportRecords.Change r : records.changes(type, c.system(), c.from(), c.to())) {
        t.row(r.number(), ReportLabels.system(r.system()), r.summary(), ReportLabels.status(r.status()), r.created(),
            r.rolledBack() ? "是" : "否");
      }
      t.finish();
    }
    problemTable(xlsx, "未关闭问题", records.openProblems(c.system(), c.to()));
    if (c.withScores()) {
      t = xlsx.sheet("考核得分", List.of("合同", "期间", "工程师", "得分", "处理"), 24, 10, 20, 10, 16);
      for (String contract : c.systems()) {
        for (ReportRecords.Score s : records.scores(contract, c.from(), c.to())) {
          t.row(ReportLabels.system(contract), s.period(), s.engineer(), s.score(), s.action());
        }
      }
      t.finish();
      t = xlsx.sheet("年度考核", List.of("合同", "年度考核分", "是否全额支付", "合同金额（元）", "扣款（元）", "说明"), 24, 12, 12, 14,
          12, 40);
      for (String contract : c.systems()) {
        Annual a = annual(contract, c.period().year());
        t.row(ReportLabels.system(contract), a.score(), a.paysInFull(), a.amount(), a.deduction(), a.note());
      }
      t.finish();
    }
    if (c.kind() == ReportKind.ACCEPTANCE) {
      t = xlsx.sheet("交付物", List.of("交付物", "数量", "说明"), 30, 10, 50);
      deliverables(c).forEach(t::row);
      t.finish();
    }
  }

  private void workReportDocument(DocxWriter docx, Context c) {
    KpiFigures k = kpis.figures(c.system(), c.from(), c.to());
    int section = 0;
    docx.heading(chapter(++section) + "总体情况");
    docx.table(List.of("指标", "数值", "说明"), overview(k).stream()
        .map(r -> List.of((String) r[0], text(r[1]), r[2] == null ? "" : (String) r[2])).toList());
    docx.heading(chapter(++section) + "事件处理情况");
    if (c.period().span() == Span.YEAR) {
      List<Trend> trend = trend(c);
      docx.chart(ChartKind.BAR, CHART_MONTHLY, trend.stream().map(m -> m.month().toString()).toList(),
          Map.of("新增事件数", trend.stream().map(m -> m.figures().incidentsCreated()).toList()), NONE);
    } else {
      weeklyChart(docx, c);
    }
    Map<String, Integer> mix = kpis.priorityMix(c.system(), c.from(), c.to());
    docx.chart(ChartKind.PIE, CHART_PRIORITY, List.copyOf(mix.keySet()), Map.of("事件数", List.copyOf(mix.values())),
        "本期无新增事件。");
    List<Kpis.CategoryCount> categories = kpis.categoryMix(c.system(), c.from(), c.to());
    Map<String, Integer> byCategory = new LinkedHashMap<>();
    categories.forEach(n -> byCategory.merge(categoryName(n.category()), n.incidents(), Integer::sum));
    docx.chart(ChartKind.BAR, CHART_CATEGORY, List.copyOf(byCategory.keySet()),
        Map.of("事件数", List.copyOf(byCategory.values())), "本期无新增事件。");
    if (!categories.isEmpty()) {
      docx.text("事件按系统、分类和优先级统计（分类在结案时选定，未结案的计为未分类）：");
      docx.table(List.of("系统", "分类", "优先级", "事件数"), categories.stream().map(n -> List.of(
          ReportLabels.system(n.system()), categoryName(n.category()), n.priority(), String.valueOf(n.incidents())))
          .toList());
    }
    docx.text("服务时限达标情况（按系统和优先级）：");
    docx.table(List.of("系统", "优先级", "响应达标/判定", "响应达标率", "解决达标/判定", "解决达标率"), k.slaCompliance().stream()
        .map(s -> List.of(ReportLabels.system(s.system()), s.priority(), s.responseMet() + "/" + s.responseTotal(),
            text(pct(s.responseRate())), s.resolveMet() + "/" + s.resolveTotal(), text(pct(s.resolveRate())))).toList());
    if (c.byMonth()) {
      List<Trend> trend = trend(c);
      Map<String, List<? extends Number>> series = new LinkedHashMap<>();
      series.put("响应达标率", trend.stream().map(m -> percentPoints(m.figures().responseSlaCompliance())).toList());
      series.put("解决达标率", trend.stream().map(m -> percentPoints(m.figures().resolutionSlaCompliance())).toList());
      docx.chart(ChartKind.LINE, CHART_SLA_TREND, trend.stream().map(m -> m.month().toString()).toList(), series, NONE);
    }
    docx.chart(ChartKind.BAR, CHART_BACKLOG, BACKLOG_AGES, Map.of("事件数", backlogAges(k)), NONE);
    docx.text("重大事件 " + k.majorIncidents().total() + " 起，处置时限全部达标 " + k.majorIncidents().allDutiesMet()
        + " 起；未按时通知联系人 " + k.majorIncidents().notifyMissed() + " 起，二线未按时响应 "
        + k.majorIncidents().responseMissed() + " 起，未按时提交首次报告 " + k.majorIncidents().firstReportMissed()
        + " 起，未按时现场恢复 " + k.majorIncidents().onsiteRestoreMissed() + " 起。");
    docx.heading(chapter(++section) + "培训情况");
    List<ReportRecords.Training> trainings = records.trainings(c.system(), c.from(), c.to());
    if (trainings.isEmpty()) {
      docx.text(NONE);
    } else {
      docx.table(List.of("培训编号", "主题", "培训时间", "讲师", "通过率"), trainings.stream().map(r -> List.of(r.number(),
          r.topic(), minute(r.at()), nz(r.teacher()), text(passRate(r.passRate())))).toList());
    }
    docx.heading(chapter(++section) + "数据整改情况");
    List<ReportRecords.DataFix> fixes = records.dataFixes(c.system(), c.from(), c.to());
    if (fixes.isEmpty()) {
      docx.text(NONE);
    } else {
      docx.table(List.of("工单编号", "摘要", "状态", "登记时间"), fixes.stream().map(r -> List.of(r.number(),
          nz(r.summary()), nz(r.status()), minute(r.created()))).toList());
    }
    docx.heading(chapter(++section) + "变更与补丁升级");
    docx.text("变更 " + k.changes().total() + " 项，已实施 " + k.changes().implemented() + " 项，回退 "
        + k.changes().rolledBack() + " 项，回退率 " + text(pct(k.changes().rollbackRate())) + "；补丁升级 "
        + k.releases().total() + " 项，已升级 " + k.releases().implemented() + " 项，回退 " + k.releases().rolledBack()
        + " 项，回退率 " + text(pct(k.releases().rollbackRate())) + "。");
    List<ReportRecords.Change> changes = new ArrayList<>(records.changes("change", c.system(), c.from(), c.to()));
    changes.addAll(records.changes("release", c.system(), c.from(), c.to()));
    if (!changes.isEmpty()) {
      docx.table(List.of("工单编号", "类型", "摘要", "登记时间", "是否回退"), changes.stream().map(r -> List.of(r.number(),
          "change".equals(r.kind()) ? "变更" : "补丁升级", nz(r.summary()), minute(r.created()),
          r.rolledBack() ? "是" : "否")).toList());
    }
    docx.heading(chapter(++section) + "未关闭问题");
    List<ReportRecords.Problem> open = records.openProblems(c.system(), c.to());
    if (open.isEmpty()) {
      docx.text("期末无未关闭问题。");
    } else {
      docx.table(List.of("问题编号", "系统", "摘要", "状态", "登记时间"), open.stream().map(p -> List.of(p.number(),
          ReportLabels.system(p.system()), nz(p.summary()), nz(p.status()), minute(p.created()))).toList());
    }
    if (c.withScores()) {
      docx.heading(chapter(++section) + "服务质量考核");
      for (String contract : c.systems()) {
        List<ReportRecords.Score> scores = records.scores(contract, c.from(), c.to());
        Annual a = annual(contract, c.period().year());
        docx.text(ReportLabels.system(contract) + "：年度考核分 " + (a.score() == null ? "—" : a.score().toPlainString())
            + (a.deduction() == null ? "" : "，扣款 " + a.deduction().toPlainString() + " 元")
            + (Boolean.TRUE.equals(a.paysInFull()) ? "，全额支付" : "") + (a.note() == null ? "" : "（" + a.note() + "）"));
        scoreChart(docx, contract, scores);
      }
    }
    if (c.kind() == ReportKind.ACCEPTANCE) {
      docx.heading(chapter(++section) + "交付物与遗留事项");
      docx.table(List.of("交付物", "数量", "说明"), deliverables(c).stream()
          .map(r -> List.of((String) r[0], text(r[1]), (String) r[2])).toList());
      docx.text("遗留事项：期末未解决事件 " + k.backlog().total() + " 件，未关闭问题 " + open.size() + " 个（明细见上文及清单）。");
    }
  }

  private void weeklyChart(DocxWriter docx, Context c) {
    Map<LocalDate, Map<String, Integer>> weeks = kpis.incidentsPerWeek(c.system(), c.from(), c.to());
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    for (String s : c.systems()) {
      series.put(ReportLabels.system(s), weeks.values().stream().map(w -> w.getOrDefault(s, 0)).toList());
    }
    docx.chart(ChartKind.BAR, CHART_WEEKLY, weeks.keySet().stream().map(LocalDate::toString).toList(), series, NONE);
  }

  private static void scoreChart(DocxWriter docx, String contract, List<ReportRecords.Score> scores) {
    Set<String> periods = new LinkedHashSet<>();
    Set<String> engineers = new LinkedHashSet<>();
    scores.forEach(s -> {
      periods.add(s.period());
      engineers.add(s.engineer());
    });
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    for (String engineer : engineers) {
      series.put(engineer, periods.stream().map(p -> scores.stream()
          .filter(s -> s.period().equals(p) && s.engineer().equals(engineer)).map(ReportRecords.Score::score)
          .findFirst().orElse(null)).toList());
    }
    docx.chart(ChartKind.BAR, CHART_SCORES + "（" + ReportLabels.system(contract) + "）", List.copyOf(periods), series,
        "本年度尚无考核得分。");
  }

  record Annual(BigDecimal score, Boolean paysInFull, BigDecimal amount, BigDecimal deduction, String note) {
  }

  private Annual annual(String contract, int year) {
    try {
      Scorecards.VendorScorecard card = scorecards.vendorScorecard(contract, year);
      Scorecards.PaymentCard payment = card.payment();
      String note = card.missingPeriods().isEmpty() ? null : "缺少考核期间：" + String.join("、", card.missingPeriods());
      return new Annual(card.annual() == null ? null : card.annual().score(),
          payment == null ? null : payment.paysInFull(), payment == null ? null : payment.contractAmount(),
          payment == null ? null : payment.deduction(), note);
    } catch (InvalidInputException | IllegalArgumentException e) {
      return new Annual(null, null, null, null, e.getMessage());
    }
  }

  private List<Object[]> deliverables(Context c) {
    int incidents = (int) tickets.page(incidents(c), null, 0, 1).total();
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"《事件处理清单》", incidents, "本期全部事件（OpsFlow 导出）"});
    rows.add(new Object[] {"《运维季报》", 4, "每季度一份（A-5.4.1），由 OpsFlow 生成"});
    rows.add(new Object[] {"《工作月报》", 12, "每月一份（B-2.5.3），由 OpsFlow 生成"});
    rows.add(new Object[] {"《应用系统问题汇总》", records.problems(c.system(), c.from(), c.to()).size(), "本期登记的问题数"});
    rows.add(new Object[] {"《年度运行维护支持工作报告》", 1, "A-5.3(2)"});
    return rows;
  }

  // ---- problem summary

  private void problemSheets(SheetWriter xlsx, Context c) {
    problemTable(xlsx, "应用系统问题汇总", records.problems(c.system(), c.from(), c.to()));
  }

  private static void problemTable(SheetWriter xlsx, String name, List<ReportRecords.Problem> problems) {
    SheetWriter.Table t = xlsx.sheet(name, List.of("问题编号", "类型", "系统", "状态", "摘要", "问题原因", "临时解决方案",
        "最终解决方案", "关联事件数", "登记时间", "解决时间"), 22, 10, 24, 12, 36, 40, 40, 40, 10, 17, 17);
    for (ReportRecords.Problem p : problems) {
      t.row(p.number(), problemType(p.type()), ReportLabels.system(p.system()), p.status(), p.summary(), p.cause(),
          p.workaround(), p.solution(), p.incidents(), p.created(), p.resolved());
    }
    t.finish();
  }

  private void problemDocument(DocxWriter docx, Context c) {
    List<ReportRecords.Problem> problems = records.problems(c.system(), c.from(), c.to());
    docx.heading("一、问题概况");
    docx.text("本期登记问题 " + problems.size() + " 个，其中程序问题 " + problems.stream().filter(p -> "program"
        .equals(p.type())).count() + " 个、需求问题 " + problems.stream().filter(p -> "requirement".equals(p.type()))
        .count() + " 个；关联事件 " + problems.stream().mapToInt(ReportRecords.Problem::incidents).sum() + " 件。");
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    for (String type : List.of("program", "requirement")) {
      series.put(problemType(type), c.systems().stream().map(s -> (int) problems.stream()
          .filter(p -> s.equals(p.system()) && type.equals(p.type())).count()).toList());
    }
    docx.chart(ChartKind.BAR, CHART_PROBLEMS, c.systems().stream().map(ReportLabels::system).toList(),
        problems.isEmpty() ? Map.of() : series, NONE);
    docx.heading("二、问题及原因");
    if (problems.isEmpty()) {
      docx.text(NONE);
    }
    for (ReportRecords.Problem p : problems) {
      docx.fields(DocxWriter.field("问题编号", p.number()), DocxWriter.field("类型", problemType(p.type())),
          DocxWriter.field("系统", ReportLabels.system(p.system())), DocxWriter.field("状态", p.status()),
          DocxWriter.field("摘要", p.summary()), DocxWriter.field("问题原因", p.cause()),
          DocxWriter.field("临时解决方案", p.workaround()), DocxWriter.field("最终解决方案", p.solution()),
          DocxWriter.field("关联事件数", String.valueOf(p.incidents())));
    }
  }

  private static String problemType(String type) {
    return "program".equals(type) ? "程序问题" : "requirement".equals(type) ? "需求问题" : type;
  }

  // ---- knowledge

  private void knowledgeSheets(SheetWriter xlsx, Context c) {
    SheetWriter.Table t = xlsx.sheet("知识库统计", List.of("月份", "新增", "更新", "引用", "退役"), 10, 10, 10, 10, 10);
    for (YearMonth m : c.period().months()) {
      Map<String, Integer> n = counts(knowledge.month(m), c.system());
      t.row(m.toString(), n.get("new"), n.get("updated"), n.get("used"), n.get("retired"));
    }
    t.finish();
    SheetWriter.Table categories = xlsx.sheet("按类别", List.of("类别", "新增", "更新", "引用", "退役"), 16, 10, 10, 10, 10);
    Map<String, Map<String, Integer>> byCategory = new LinkedHashMap<>();
    for (YearMonth m : c.period().months()) {
      knowledge.month(m).byCategory().forEach((cat, n) -> n.forEach((measure, v) ->
          byCategory.computeIfAbsent(cat, x -> new LinkedHashMap<>()).merge(measure, v, Integer::sum)));
    }
    if (c.system() == null) {
      byCategory.forEach((cat, n) -> categories.row(KnowledgeProcess.CATEGORIES.getOrDefault(cat, cat), n.get("new"),
          n.get("updated"), n.get("used"), n.get("retired")));
    }
    categories.finish();
  }

  private void knowledgeDocument(DocxWriter docx, Context c) {
    List<YearMonth> months = c.period().months();
    Map<String, List<Integer>> measures = new LinkedHashMap<>();
    for (String measure : List.of("new", "updated", "used", "retired")) {
      measures.put(measure, new ArrayList<>());
    }
    int published = 0;
    for (YearMonth m : months) {
      KnowledgeStatistics.Statistics s = knowledge.month(m);
      published = s.publishedNow();
      Map<String, Integer> n = counts(s, c.system());
      measures.forEach((measure, list) -> list.add(n.get(measure)));
    }
    docx.heading("一、知识库整理情况");
    docx.text("本期新增知识 " + sum(measures.get("new")) + " 条、更新 " + sum(measures.get("updated")) + " 条、被工单引用 "
        + sum(measures.get("used")) + " 次、退役 " + sum(measures.get("retired")) + " 条；当前已发布知识共 " + published
        + " 条。");
    Map<String, List<? extends Number>> series = new LinkedHashMap<>();
    series.put("新增", measures.get("new"));
    series.put("更新", measures.get("updated"));
    series.put("引用", measures.get("used"));
    series.put("退役", measures.get("retired"));
    docx.chart(ChartKind.BAR, CHART_KNOWLEDGE, months.stream().map(YearMonth::toString).toList(), series, NONE);
    docx.table(List.of("月份", "新增", "更新", "引用", "退役"), java.util.stream.IntStream.range(0, months.size())
        .mapToObj(i -> List.of(months.get(i).toString(), String.valueOf(measures.get("new").get(i)),
            String.valueOf(measures.get("updated").get(i)), String.valueOf(measures.get("used").get(i)),
            String.valueOf(measures.get("retired").get(i)))).toList());
  }

  private static String categoryName(String code) {
    return com.opsflow.text.Labels.of(com.opsflow.text.Labels.Kind.CATEGORY, code);
  }

  private static Map<String, Integer> counts(KnowledgeStatistics.Statistics s, String system) {
    if (system == null) {
      return s.total();
    }
    return s.bySystem().getOrDefault(system, Map.of("new", 0, "updated", 0, "used", 0, "retired", 0));
  }

  private static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

  // ---- incident list as a document

  private void incidentDocument(DocxWriter docx, Context c) {
    weeklyChart(docx, c);
    List<Ticket> list = tickets.all(incidents(c), OLDEST_FIRST);
    docx.text("本期事件共 " + list.size() + " 件。");
    if (!list.isEmpty()) {
      docx.table(List.of("工单编号", "系统", "优先级", "登记时间", "解决时间", "时限", "处理人", "解决方案"), list.stream()
          .map(t -> List.of(t.ticketNumber(), ReportLabels.system(t.system()), nz(t.priority()), minute(t.createdAt()),
              minute(t.resolvedAt()), slaText(t), nz(t.handler()), nz(t.solution()))).toList());
    }
  }

  private static String slaText(Ticket t) {
    if (Boolean.FALSE.equals(t.responseSlaMet()) || Boolean.FALSE.equals(t.resolveSlaMet())) {
      return "未达标";
    }
    return Boolean.TRUE.equals(t.resolveSlaMet()) ? "达标" : "";
  }

  // ---- formatting

  private static List<Integer> backlogAges(KpiFigures k) {
    return List.of(k.backlog().upToOneDay(), k.backlog().oneToThreeDays(), k.backlog().threeToSevenDays(),
        k.backlog().overSevenDays());
  }

  private static String chapter(int n) {
    return List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十").get(n - 1) + "、";
  }

  static Percent pct(Double rate) {
    return rate == null ? null : new Percent(rate);
  }

  private static Percent passRate(BigDecimal percent) {
    return percent == null ? null : new Percent(percent.doubleValue() / 100);
  }

  private static Double percentPoints(Double rate) {
    return rate == null ? null : Math.round(rate * 1000) / 10.0;
  }

  private static String percentText(double rate) {
    return String.format(Locale.ROOT, "%.0f%%", rate * 100);
  }

  /** A figure as the document shows it: 80.0%, 12, 37.5; no figure: —. */
  static String text(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Percent p) {
      return String.format(Locale.ROOT, "%.1f%%", p.value() * 100);
    }
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return value.toString();
  }

  private static String minute(LocalDateTime t) {
    return t == null ? "" : t.format(MINUTE);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
