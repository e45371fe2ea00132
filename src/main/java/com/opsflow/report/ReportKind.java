package com.opsflow.report;

import com.opsflow.report.ReportPeriod.Span;
import java.util.EnumSet;
import java.util.Set;

/** The reports of SPEC §6 (kinds are the contract) with their Chinese titles and the periods each is made for. */
enum ReportKind {
  /** item 1 《事件处理清单》. */
  INCIDENT_LIST("incident-list", "事件处理清单", EnumSet.allOf(Span.class)),
  /** B-2.5.3 《工作月报》. */
  MONTHLY("monthly", "工作月报", EnumSet.of(Span.MONTH)),
  /** B-2.5.3 《应用系统问题汇总》 (monthly; a quarter or year summarises the same way). */
  PROBLEM_SUMMARY("problem-summary", "应用系统问题汇总", EnumSet.allOf(Span.class)),
  /** item 2 《运维季报》. */
  QUARTERLY("quarterly", "运维季报", EnumSet.of(Span.QUARTER)),
  /** A-5.3(2) 《年度运行维护支持工作报告》. */
  ANNUAL("annual", "年度运行维护支持工作报告", EnumSet.of(Span.YEAR)),
  /** A-5.3(2) 《项目验收工作总结报告》 over the service period's year. */
  ACCEPTANCE("acceptance", "项目验收工作总结报告", EnumSet.of(Span.YEAR)),
  /** A-3.2.1.1, B-2.3.10, B-2.2 items 5 and 8: health checks and backups of the period (健康检查报告). */
  HEALTH_CHECK("health-check", "健康检查报告", EnumSet.of(Span.MONTH, Span.QUARTER, Span.YEAR)),
  /** B-2.4.6.1 知识库管理月报告和年报告. */
  KNOWLEDGE("knowledge", "知识库管理报告", EnumSet.of(Span.MONTH, Span.YEAR));

  private final String code;
  private final String title;
  private final Set<Span> spans;

  ReportKind(String code, String title, Set<Span> spans) {
    this.code = code;
    this.title = title;
    this.spans = spans;
  }

  String code() {
    return code;
  }

  /** The Chinese title for the period (知识库管理月报告 / 年报告). */
  String title(ReportPeriod period) {
    if (this == KNOWLEDGE) {
      return period.span() == Span.YEAR ? "知识库管理年报告" : "知识库管理月报告";
    }
    return title;
  }

  boolean accepts(ReportPeriod period) {
    return spans.contains(period.span());
  }

  static ReportKind of(String code) {
    for (ReportKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    return null;
  }
}
