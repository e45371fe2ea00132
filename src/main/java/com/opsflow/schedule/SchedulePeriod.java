package com.opsflow.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One period of a schedule: a day, an ISO week (Monday–Sunday), a month, a quarter, a year or a half-year, with a key
 * that names it ({@code 2026-12-03}, {@code 2026-W49}, {@code 2026-12}, {@code 2026-Q4}, {@code 2026},
 * {@code 2026-H2}).
 */
public record SchedulePeriod(Frequency frequency, LocalDate start, LocalDate end, String key) {

  public SchedulePeriod {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(key, "key");
  }

  /** The period of the given frequency that contains {@code day}. */
  public static SchedulePeriod containing(Frequency frequency, LocalDate day) {
    Objects.requireNonNull(day, "day");
    return switch (frequency) {
      case DAILY -> new SchedulePeriod(frequency, day, day, day.toString());
      case WEEKLY -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new SchedulePeriod(frequency, monday, monday.plusDays(6), String.format("%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
      }
      case MONTHLY -> {
        LocalDate first = day.withDayOfMonth(1);
        yield new SchedulePeriod(frequency, first, first.plusMonths(1).minusDays(1),
            String.format("%d-%02d", first.getYear(), first.getMonthValue()));
      }
      case QUARTERLY -> {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        LocalDate first = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        yield new SchedulePeriod(frequency, first, first.plusMonths(3).minusDays(1), day.getYear() + "-Q" + quarter);
      }
      case YEARLY -> new SchedulePeriod(frequency, LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31),
          String.valueOf(day.getYear()));
      case HALF_YEAR -> {
        int half = day.getMonthValue() <= 6 ? 1 : 2;
        LocalDate first = LocalDate.of(day.getYear(), half == 1 ? 1 : 7, 1);
        yield new SchedulePeriod(frequency, first, first.plusMonths(6).minusDays(1), day.getYear() + "-H" + half);
      }
    };
  }

  public SchedulePeriod previous() {
    return containing(frequency, start.minusDays(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
