package com.opsflow.report;

import com.opsflow.intake.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period (SPEC §6): {@code 2026-11} a month, {@code 2026-Q4} a quarter, {@code 2026} a year; days
 * {@code from}..{@code to} both inclusive.
 */
record ReportPeriod(String code, Span span, LocalDate from, LocalDate to) {

  enum Span { MONTH, QUARTER, YEAR }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  static ReportPeriod parse(String code) {
    if (code != null) {
      Matcher m = MONTH.matcher(code);
      if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new ReportPeriod(code, Span.MONTH, month.atDay(1), month.atEndOfMonth());
      }
      m = QUARTER.matcher(code);
      if (m.matches()) {
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
        return new ReportPeriod(code, Span.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
      }
      if (YEAR.matcher(code).matches()) {
        int year = Integer.parseInt(code);
        return new ReportPeriod(code, Span.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
    }
    throw new InvalidInputException("period", "period 应为月份 2026-11、季度 2026-Q4 或年度 2026，收到 '" + code
        + "' / period must be a month (2026-11), a quarter (2026-Q4) or a year (2026)");
  }

  /** The year the code names (a contract year may start in another month). */
  int year() {
    return Integer.parseInt(code.substring(0, 4));
  }

  /** 2026年11月 / 2026年第4季度 / 2026年度. */
  String label() {
    return switch (span) {
      case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
      case QUARTER -> from.getYear() + "年第" + ((from.getMonthValue() + 2) / 3) + "季度";
      case YEAR -> code + "年度";
    };
  }

  /** The months of the period, in order. */
  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
