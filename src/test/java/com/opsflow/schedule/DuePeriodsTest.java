package com.opsflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic of schedules, on a calendar with the 2026 National Day holiday and its make-up days. */
class DuePeriodsTest {

  /** 国庆节 2026: 1–7 October off (a Thursday to a Wednesday); Saturday 10 October is a make-up workday (调休). */
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
      LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
  static final Set<LocalDate> MAKE_UP_DAYS = Set.of(LocalDate.of(2026, 10, 10));
  static final Predicate<LocalDate> WORKING = day -> MAKE_UP_DAYS.contains(day)
      || !HOLIDAYS.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;

  static ScheduleRule rule(Frequency frequency, int month, int day) {
    return new ScheduleRule("health-check", "s", "oa", frequency, month, day, "second-line", 0);
  }

  @Test
  void shouldMoveAMonthlyDateOnAHolidayToTheNextWorkingDay() {
    ScheduleRule monthly = rule(Frequency.MONTHLY, 0, 1);
    SchedulePeriod october = SchedulePeriod.containing(Frequency.MONTHLY, LocalDate.of(2026, 10, 15));

    assertThat(october.key()).isEqualTo("2026-10");
    assertThat(monthly.dueDate(october, WORKING)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(DuePeriods.on(monthly, LocalDate.of(2026, 10, 7), WORKING, Optional.empty())).isEmpty();
    assertThat(DuePeriods.on(monthly, LocalDate.of(2026, 10, 8), WORKING, Optional.empty())).containsExactly(october);
  }

  @Test
  void shouldCountAMakeUpSaturdayAsAWorkingDayAndAnOrdinarySaturdayNot() {
    ScheduleRule daily = rule(Frequency.DAILY, 0, 0);

    assertThat(DuePeriods.on(daily, LocalDate.of(2026, 10, 10), WORKING, Optional.empty()))
        .extracting(SchedulePeriod::key).containsExactly("2026-10-10");
    assertThat(DuePeriods.on(daily, LocalDate.of(2026, 10, 17), WORKING, Optional.empty())).isEmpty();
    assertThat(DuePeriods.on(daily, LocalDate.of(2026, 10, 1), WORKING, Optional.empty())).isEmpty();
  }

  @Test
  void shouldKeepAPeriodDueWhenAHolidayPushedItsDateIntoTheNextPeriod() {
    // Friday 2 October is off: the week's Friday check moves to Thursday 8 October, in the next ISO week
    ScheduleRule friday = rule(Frequency.WEEKLY, 0, 5);
    SchedulePeriod week40 = SchedulePeriod.containing(Frequency.WEEKLY, LocalDate.of(2026, 10, 2));

    assertThat(week40.key()).isEqualTo("2026-W40");
    assertThat(friday.dueDate(week40, WORKING)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(DuePeriods.on(friday, LocalDate.of(2026, 10, 8), WORKING, Optional.empty())).containsExactly(week40);
    assertThat(DuePeriods.on(friday, LocalDate.of(2026, 10, 9), WORKING, Optional.empty()))
        .extracting(SchedulePeriod::key).containsExactly("2026-W40", "2026-W41");
  }

  @Test
  void shouldDueAQuarterlyCheckFromItsDateUntilTheQuarterEnds() {
    ScheduleRule special = rule(Frequency.QUARTERLY, 2, 1);
    SchedulePeriod q4 = SchedulePeriod.containing(Frequency.QUARTERLY, LocalDate.of(2026, 11, 20));

    assertThat(q4.key()).isEqualTo("2026-Q4");
    assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(special.dueDate(q4, WORKING)).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(DuePeriods.on(special, LocalDate.of(2026, 10, 30), WORKING, Optional.empty())).isEmpty();
    assertThat(DuePeriods.on(special, LocalDate.of(2026, 12, 31), WORKING, Optional.empty())).containsExactly(q4);
  }

  @Test
  void shouldCatchUpTheWorkingDaysAnOutageSkippedButNoneBeforeTheFirstStart() {
    ScheduleRule daily = new ScheduleRule("backup", "daily-check", "oa", Frequency.DAILY, 0, 0, "service-desk", 10);

    List<SchedulePeriod> afterHoliday = DuePeriods.on(daily, LocalDate.of(2026, 10, 9), WORKING,
        Optional.of(LocalDate.of(2026, 9, 1)));
    assertThat(afterHoliday).extracting(SchedulePeriod::key).containsExactly("2026-09-29", "2026-09-30", "2026-10-08",
        "2026-10-09");
    assertThat(DuePeriods.on(daily, LocalDate.of(2026, 10, 9), WORKING, Optional.of(LocalDate.of(2026, 10, 8))))
        .extracting(SchedulePeriod::key).containsExactly("2026-10-08", "2026-10-09");
    assertThat(DuePeriods.on(daily, LocalDate.of(2026, 10, 9), WORKING, Optional.empty()))
        .extracting(SchedulePeriod::key).containsExactly("2026-10-09");
  }

  @Test
  void shouldTakeTheLastDayOfAShortMonthForADayItDoesNotHave() {
    ScheduleRule yearly = rule(Frequency.YEARLY, 2, 30);

    assertThat(yearly.nominalDate(SchedulePeriod.containing(Frequency.YEARLY, LocalDate.of(2027, 5, 1))))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void shouldRefuseARowWithADayOutsideItsPeriod() {
    assertThatThrownBy(() -> rule(Frequency.WEEKLY, 0, 8)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day of week");
    assertThatThrownBy(() -> rule(Frequency.QUARTERLY, 4, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month of quarter");
  }

  @Test
  void shouldSplitTheYearIntoTwoHalvesWithTheirKeys() {
    SchedulePeriod second = SchedulePeriod.containing(Frequency.HALF_YEAR, LocalDate.of(2026, 10, 15));
    SchedulePeriod first = SchedulePeriod.containing(Frequency.HALF_YEAR, LocalDate.of(2026, 6, 30));

    assertThat(second.key()).isEqualTo("2026-H2");
    assertThat(second.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(second.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(first.key()).isEqualTo("2026-H1");
    assertThat(first.end()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(second.previous()).isEqualTo(first);
    assertThat(SchedulePeriod.containing(Frequency.HALF_YEAR, LocalDate.of(2027, 1, 1)).previous()).isEqualTo(second);
  }

  @Test
  void shouldMoveAHalfYearlyDateOnTheNationalDayHolidayToTheNextWorkingDay() {
    // the drill of the second half-year on 1 October (the bureau's to confirm) falls into 国庆节: due Thursday 8 October
    ScheduleRule drill = rule(Frequency.HALF_YEAR, 4, 1);
    SchedulePeriod h2 = SchedulePeriod.containing(Frequency.HALF_YEAR, LocalDate.of(2026, 10, 1));

    assertThat(drill.nominalDate(h2)).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(drill.dueDate(h2, WORKING)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(DuePeriods.on(drill, LocalDate.of(2026, 10, 7), WORKING, Optional.empty())).isEmpty();
    assertThat(DuePeriods.on(drill, LocalDate.of(2026, 10, 8), WORKING, Optional.empty())).containsExactly(h2);
    assertThat(DuePeriods.on(drill, LocalDate.of(2026, 12, 31), WORKING, Optional.empty())).containsExactly(h2);
    assertThat(drill.dueDate(h2.previous(), WORKING)).as("1 April 2026 is a Wednesday")
        .isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void shouldDueAHalfYearlyDrillOnAMakeUpSaturdayButNotOnAnOrdinaryOne() {
    ScheduleRule onTenth = rule(Frequency.HALF_YEAR, 4, 10);
    ScheduleRule onSeventeenth = rule(Frequency.HALF_YEAR, 4, 17);
    SchedulePeriod h2 = SchedulePeriod.containing(Frequency.HALF_YEAR, LocalDate.of(2026, 10, 10));

    assertThat(onTenth.dueDate(h2, WORKING)).as("Saturday 10 October is a 调休 workday").isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(DuePeriods.on(onTenth, LocalDate.of(2026, 10, 9), WORKING, Optional.empty())).isEmpty();
    assertThat(DuePeriods.on(onTenth, LocalDate.of(2026, 10, 10), WORKING, Optional.empty())).containsExactly(h2);
    assertThat(onSeventeenth.dueDate(h2, WORKING)).as("an ordinary Saturday moves to Monday")
        .isEqualTo(LocalDate.of(2026, 10, 19));
    assertThatThrownBy(() -> rule(Frequency.HALF_YEAR, 7, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month of half-year");
  }
}
