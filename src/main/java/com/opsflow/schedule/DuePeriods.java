package com.opsflow.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which periods of a schedule are due on a day, on the business calendar: a period is due from its due date (the
 * nominal date or the next working day after it) on. A daily schedule is due on working days only, and catches up
 * the working days an outage skipped (at most {@link ScheduleRule#catchUpDays()}, never before its first start).
 * A period whose due date a holiday pushed into the next period stays due there.
 */
public final class DuePeriods {

  private DuePeriods() {
  }

  public static List<SchedulePeriod> on(ScheduleRule rule, LocalDate today, Predicate<LocalDate> workingDay,
      Optional<LocalDate> firstStart) {
    List<SchedulePeriod> due = new ArrayList<>();
    if (rule.frequency() == Frequency.DAILY) {
      if (firstStart.isPresent()) {
        for (int back = rule.catchUpDays(); back >= 1; back--) {
          LocalDate day = today.minusDays(back);
          if (!day.isBefore(firstStart.get()) && workingDay.test(day)) {
            due.add(SchedulePeriod.containing(Frequency.DAILY, day));
          }
        }
      }
      if (workingDay.test(today)) {
        due.add(SchedulePeriod.containing(Frequency.DAILY, today));
      }
      return due;
    }
    SchedulePeriod current = SchedulePeriod.containing(rule.frequency(), today);
    SchedulePeriod previous = current.previous();
    LocalDate previousDue = rule.dueDate(previous, workingDay);
    if (!previousDue.isBefore(current.start()) && !previousDue.isAfter(today)) {
      due.add(previous);
    }
    if (!rule.dueDate(current, workingDay).isAfter(today)) {
      due.add(current);
    }
    return due;
  }
}
