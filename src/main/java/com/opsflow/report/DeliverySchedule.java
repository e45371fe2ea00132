package com.opsflow.report;

import com.opsflow.report.ReportPeriod.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which reports fall due on a day (engine-free): on the last working day of a month every system's monthly reports,
 * on the last working day of a quarter also its quarterly ones, on the last working day of the year its annual ones;
 * and by when each must be delivered: the given number of working days after the period's end.
 */
final class DeliverySchedule {

  record Due(String system, ReportKind kind, ReportPeriod period) {
  }

  private final Map<String, List<ReportKind>> kindsBySystem;
  private final int workingDaysToDeliver;

  DeliverySchedule(Map<String, List<ReportKind>> kindsBySystem, int workingDaysToDeliver) {
    this.kindsBySystem = kindsBySystem;
    this.workingDaysToDeliver = workingDaysToDeliver;
  }

  /** The reports whose period ends with {@code today}'s last working day (none on other days). */
  List<Due> dueOn(LocalDate today, Predicate<LocalDate> workingDay) {
    List<Due> due = new ArrayList<>();
    if (!workingDay.test(today) || !lastWorkingDayOfMonth(today, workingDay)) {
      return due;
    }
    YearMonth month = YearMonth.from(today);
    kindsBySystem.forEach((system, kinds) -> {
      for (ReportKind kind : kinds) {
        ReportPeriod period = periodEnding(kind, month);
        if (period != null) {
          due.add(new Due(system, kind, period));
        }
      }
    });
    return due;
  }

  /** The end of the {@code n}-th working day after the period's last day: the start of the following day. */
  java.time.LocalDateTime deadline(ReportPeriod period, Predicate<LocalDate> workingDay) {
    LocalDate day = period.to();
    int counted = 0;
    while (counted < workingDaysToDeliver) {
      day = day.plusDays(1);
      if (workingDay.test(day)) {
        counted++;
      }
    }
    return day.plusDays(1).atStartOfDay();
  }

  private static boolean lastWorkingDayOfMonth(LocalDate day, Predicate<LocalDate> workingDay) {
    for (LocalDate next = day.plusDays(1); next.getMonth() == day.getMonth(); next = next.plusDays(1)) {
      if (workingDay.test(next)) {
        return false;
      }
    }
    return true;
  }

  private static ReportPeriod periodEnding(ReportKind kind, YearMonth month) {
    Span span = kind == ReportKind.QUARTERLY ? Span.QUARTER
        : kind == ReportKind.ANNUAL || kind == ReportKind.ACCEPTANCE ? Span.YEAR : Span.MONTH;
    return switch (span) {
      case MONTH -> ReportPeriod.parse(month.toString());
      case QUARTER -> month.getMonthValue() % 3 == 0
          ? ReportPeriod.parse(month.getYear() + "-Q" + month.getMonthValue() / 3) : null;
      case YEAR -> month.getMonthValue() == 12 ? ReportPeriod.parse(String.valueOf(month.getYear())) : null;
    };
  }
}
