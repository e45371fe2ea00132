package com.opsflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** When reports fall due and by when they must go out, on a calendar with weekends and a holiday. */
class DeliveryScheduleTest {

  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2033, 9, 30), LocalDate.of(2033, 10, 3));
  static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
      && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);

  final DeliverySchedule schedule = new DeliverySchedule(Map.of("tips", List.of(ReportKind.QUARTERLY),
      "oa", List.of(ReportKind.MONTHLY, ReportKind.ANNUAL)), 5);

  @Test
  void shouldStartNothingBeforeTheMonthsLastWorkingDay() {
    assertThat(schedule.dueOn(LocalDate.of(2033, 4, 28), WORKING)).isEmpty();
    assertThat(schedule.dueOn(LocalDate.of(2033, 4, 30), WORKING)).as("a Saturday").isEmpty();
  }

  @Test
  void shouldStartMonthlyReportsOnTheLastWorkingDayAndQuarterlyOnesAtTheQuarterEnd() {
    assertThat(schedule.dueOn(LocalDate.of(2033, 4, 29), WORKING))
        .containsExactly(new DeliverySchedule.Due("oa", ReportKind.MONTHLY, ReportPeriod.parse("2033-04")));
    // 30 September 2033 is a holiday: the quarter's last working day is the 29th
    assertThat(schedule.dueOn(LocalDate.of(2033, 9, 29), WORKING)).containsExactlyInAnyOrder(
        new DeliverySchedule.Due("oa", ReportKind.MONTHLY, ReportPeriod.parse("2033-09")),
        new DeliverySchedule.Due("tips", ReportKind.QUARTERLY, ReportPeriod.parse("2033-Q3")));
    assertThat(schedule.dueOn(LocalDate.of(2033, 12, 30), WORKING)).containsExactlyInAnyOrder(
        new DeliverySchedule.Due("oa", ReportKind.MONTHLY, ReportPeriod.parse("2033-12")),
        new DeliverySchedule.Due("oa", ReportKind.ANNUAL, ReportPeriod.parse("2033")),
        new DeliverySchedule.Due("tips", ReportKind.QUARTERLY, ReportPeriod.parse("2033-Q4")));
  }

  @Test
  void shouldGiveTheDeadlineAsTheEndOfTheFifthWorkingDayAfterThePeriod() {
    assertThat(schedule.deadline(ReportPeriod.parse("2033-06"), WORKING)).isEqualTo(LocalDateTime.of(2033, 7, 8, 0, 0));
    // 3 October 2033 (Monday) is a holiday: 4, 5, 6, 7, 10 October
    assertThat(schedule.deadline(ReportPeriod.parse("2033-Q3"), WORKING))
        .isEqualTo(LocalDateTime.of(2033, 10, 11, 0, 0));
  }
}
