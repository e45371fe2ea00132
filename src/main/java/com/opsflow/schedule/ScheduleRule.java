package com.opsflow.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One row of DMN {@code operation-schedule}: the operation {@code schedule} of a process for one system, when
 * in its period it falls ({@code month} within a quarter, half-year or year, {@code day} of the week 1–7 or of the month),
 * which group does it, and how many past working days a daily schedule catches up after an outage.
 */
public record ScheduleRule(String process, String schedule, String system, Frequency frequency, int month, int day,
    String group, int catchUpDays) {

  public ScheduleRule {
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(group, "group");
    switch (frequency) {
      case WEEKLY -> check(day >= 1 && day <= 7, "day of week 1–7");
      case MONTHLY -> check(day >= 1 && day <= 31, "day of month 1–31");
      case QUARTERLY -> check(month >= 1 && month <= 3 && day >= 1 && day <= 31, "month of quarter 1–3, day 1–31");
      case YEARLY -> check(month >= 1 && month <= 12 && day >= 1 && day <= 31, "month 1–12, day 1–31");
      case HALF_YEAR -> check(month >= 1 && month <= 6 && day >= 1 && day <= 31, "month of half-year 1–6, day 1–31");
      case DAILY -> { }
    }
    if (catchUpDays < 0 || catchUpDays > 31) {
      throw new IllegalArgumentException(schedule + ": catchUpDays must be 0–31");
    }
  }

  private void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalArgumentException("operation-schedule " + process + "/" + schedule + "/" + system
          + ": expected " + what + ", got month " + month + " day " + day);
    }
  }

  /** The day the schedule names in the period, before the business calendar moves it (a 31st in a short month is its last day). */
  public LocalDate nominalDate(SchedulePeriod period) {
    LocalDate start = period.start();
    return switch (frequency) {
      case DAILY -> start;
      case WEEKLY -> start.plusDays(day - 1L);
      case MONTHLY -> clamp(YearMonth.from(start), day);
      case QUARTERLY -> clamp(YearMonth.from(start).plusMonths(month - 1L), day);
      case YEARLY -> clamp(YearMonth.of(start.getYear(), month), day);
      case HALF_YEAR -> clamp(YearMonth.from(start).plusMonths(month - 1L), day);
    };
  }

  /** The day the operation is due: the nominal date, or the next working day after it (调休 make-up days count). */
  public LocalDate dueDate(SchedulePeriod period, Predicate<LocalDate> workingDay) {
    LocalDate date = nominalDate(period);
    for (int i = 0; i < 366 && !workingDay.test(date); i++) {
      date = date.plusDays(1);
    }
    return date;
  }

  private static LocalDate clamp(YearMonth month, int day) {
    return month.atDay(Math.min(day, month.lengthOfMonth()));
  }
}
